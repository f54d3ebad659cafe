import { render } from 'preact';
import { askBreakSession } from './break/ask-break-session.ts';
import { BreakPage, breakViewFromSearch } from './break/break-page.tsx';
import { breakNamespaces } from './break/namespaces.ts';
import { AppRoot } from './lib/app-root.tsx';
import { windowBridge } from './lib/bridge.ts';
import { askWindowStart } from './lib/window-start.ts';
import './styles/tokens.css';
import './break/break.css';

// Break window: the pre-break notice (?view=notice) and the break itself (?view=break).
// Settings, app info and (for the break) the session are asked of main at once, before the first
// render, so the first frame with content is the break itself in the right theme and language.
const mount = document.getElementById('app');
const view = breakViewFromSearch(window.location.search);
if (mount) {
  const bridge = windowBridge();
  void Promise.all([askWindowStart(bridge), view === 'break' ? askBreakSession(bridge) : undefined]).then(
    ([start, loaded]) =>
      render(
        <AppRoot bridge={bridge} namespaces={breakNamespaces} start={start}>
          {(settings, reducedMotion) => (
            <BreakPage
              view={view}
              settings={settings}
              reducedMotion={reducedMotion}
              {...(loaded ? { loaded } : {})}
            />
          )}
        </AppRoot>,
        mount,
      ),
  );
}
