import type { Settings } from '../../shared/settings/types.ts';
import type { LoadedBreak } from './ask-break-session.ts';
import { BreakSessionView } from './break-session-view.tsx';
import { NoticeView } from './notice-view.tsx';

export type BreakView = 'notice' | 'break';

/** `?view=notice` is the notice window; anything else is the break. Other parameters are ignored on purpose. */
export function breakViewFromSearch(search: string): BreakView {
  return new URLSearchParams(search).get('view') === 'notice' ? 'notice' : 'break';
}

export interface BreakPageProps {
  readonly view: BreakView;
  readonly settings: Settings;
  readonly reducedMotion: boolean;
  /** The break, asked for before the first render (the break view only). */
  readonly loaded?: LoadedBreak;
}

export function BreakPage({ view, settings, reducedMotion, loaded }: BreakPageProps) {
  return (
    <main class={`break-page break-page-${view}`}>
      {view === 'notice' ? (
        <NoticeView />
      ) : (
        <BreakSessionView settings={settings} reducedMotion={reducedMotion} {...(loaded ? { loaded } : {})} />
      )}
    </main>
  );
}
