import { useEffect, useState } from 'preact/hooks';
import { patternChoices } from '../../shared/exercises/resolve-pattern.ts';
import type { Settings } from '../../shared/settings/types.ts';
import { call, useBridge } from '../lib/bridge.ts';
import { useT } from '../lib/i18n.ts';
import { askBreakSession, type LoadedBreak } from './ask-break-session.ts';
import { BreathingBreak } from './breathing-break.tsx';
import { StretchBreak } from './stretch-break.tsx';

export interface BreakSessionViewProps {
  readonly settings: Settings;
  readonly reducedMotion: boolean;
  /** The break as the page asked for it before its first render; without it the view asks. */
  readonly loaded?: LoadedBreak;
}

/** The break itself. What to show always comes from main (`break:session`), never from the URL. */
export function BreakSessionView({ settings, reducedMotion, loaded: early }: BreakSessionViewProps) {
  const bridge = useBridge();
  const t = useT();
  const [loaded, setLoaded] = useState<LoadedBreak | null>(early ?? null);

  useEffect(() => {
    if (early) return;
    let alive = true;
    void askBreakSession(bridge).then((answer) => alive && setLoaded(answer));
    return () => {
      alive = false;
    };
  }, [bridge, early]);

  if (!loaded) {
    return (
      <p class="break-message" data-testid="loading" aria-busy="true">
        {t('pacer.loading')}
      </p>
    );
  }
  const { session } = loaded;
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
  if (session.kind === 'stretch') return <StretchBreak session={session} />;
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
