import type { JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { patternChoices } from '../../shared/exercises/resolve-pattern.ts';
import type { BreakSession } from '../../shared/ipc-contract.ts';
import type { Settings } from '../../shared/settings/types.ts';
import { call, useBridge } from '../lib/bridge.ts';
import { useT } from '../lib/i18n.ts';
import { BreathingBreak } from './breathing-break.tsx';
import type { StretchBreakProps } from './stretch-break.tsx';

export interface BreakSessionViewProps {
  readonly settings: Settings;
  readonly reducedMotion: boolean;
}

type StretchComponent = (props: StretchBreakProps) => JSX.Element;

/**
 * The stretch break carries the whole exercise library and its drawings; it loads only when a
 * stretch break is shown, so the breathing break's entry stays small (budget: 30 KB gzip).
 */
export function loadStretchBreak(): Promise<StretchComponent> {
  return import('./stretch-break.tsx').then((module) => module.StretchBreak);
}

type Loaded =
  | { readonly state: 'loading' }
  | { readonly state: 'ready'; readonly session: BreakSession | null };

/** The break itself. What to show always comes from main (`break:session`), never from the URL. */
export function BreakSessionView({ settings, reducedMotion }: BreakSessionViewProps) {
  const bridge = useBridge();
  const t = useT();
  const [loaded, setLoaded] = useState<Loaded>({ state: 'loading' });
  const [Stretch, setStretch] = useState<{ readonly component: StretchComponent } | null>(null);

  useEffect(() => {
    let alive = true;
    call(bridge, 'break:session')
      .then(async (session) => {
        if (session?.kind === 'stretch') {
          const component = await loadStretchBreak();
          if (alive) setStretch({ component });
        }
        if (alive) setLoaded({ state: 'ready', session });
      })
      .catch(() => alive && setLoaded({ state: 'ready', session: null }));
    return () => {
      alive = false;
    };
  }, [bridge]);

  if (loaded.state === 'loading') {
    return (
      <p class="break-message" data-testid="loading" aria-busy="true">
        {t('pacer.loading')}
      </p>
    );
  }
  const session = loaded.session;
  if (!session) {
    return (
      <section class="break-message" data-testid="no-session">
        <p>{t('pacer.no-session')}</p>
        <button type="button" class="button button-quiet" onClick={() => void call(bridge, 'window:close')}>
          {t('action.close')}
        </button>
      </section>
    );
  }
  if (session.kind === 'stretch' && Stretch) return <Stretch.component session={session} />;
  return (
    <BreathingBreak
      session={session}
      sounds={settings.sounds}
      showRing={settings.breathing.ring}
      patterns={patternChoices(settings)}
      reducedMotion={reducedMotion}
    />
  );
}
