import { render } from 'preact';
import { BreakPage, breakViewFromSearch } from './break/break-page.tsx';
import { breakNamespaces } from './break/namespaces.ts';
import { AppRoot } from './lib/app-root.tsx';
import { windowBridge } from './lib/bridge.ts';
import './styles/tokens.css';
import './break/break.css';

// Break window: the pre-break notice (?view=notice) and the break itself (?view=break).
const mount = document.getElementById('app');
const view = breakViewFromSearch(window.location.search);
if (mount) {
  render(
    <AppRoot bridge={windowBridge()} namespaces={breakNamespaces}>
      {(settings, reducedMotion) => (
        <BreakPage view={view} settings={settings} reducedMotion={reducedMotion} />
      )}
    </AppRoot>,
    mount,
  );
}
