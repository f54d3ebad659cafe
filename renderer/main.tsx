import { render } from 'preact';
import { AppView } from './app/app-view.tsx';
import { appNamespaces } from './app/namespaces.ts';
import { AppRoot } from './lib/app-root.tsx';
import { windowBridge } from './lib/bridge.ts';
import { askWindowStart } from './lib/window-start.ts';
import './styles/tokens.css';

// App window: #/preferences, #/statistics, #/checkin, #/learn, #/welcome, #/about.
// Settings and app info are asked of main before the first render (see break.tsx).
const mount = document.getElementById('app');
if (mount) {
  const bridge = windowBridge();
  void askWindowStart(bridge).then((start) =>
    render(
      <AppRoot bridge={bridge} namespaces={appNamespaces} start={start}>
        {(settings) => <AppView settings={settings} />}
      </AppRoot>,
      mount,
    ),
  );
}
