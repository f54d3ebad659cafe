import type { Settings } from '../../shared/settings/types.ts';
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
}

export function BreakPage({ view, settings, reducedMotion }: BreakPageProps) {
  return (
    <main class={`break-page break-page-${view}`}>
      {view === 'notice' ? (
        <NoticeView />
      ) : (
        <BreakSessionView settings={settings} reducedMotion={reducedMotion} />
      )}
    </main>
  );
}
