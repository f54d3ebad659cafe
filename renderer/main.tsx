import { render } from 'preact';
import { AppView } from './app/app-view.tsx';
import { appNamespaces } from './app/namespaces.ts';
import { AppRoot } from './lib/app-root.tsx';
import { windowBridge } from './lib/bridge.ts';
import './styles/tokens.css';

// App window: #/preferences, #/statistics, #/checkin, #/learn, #/welcome, #/about.
const mount = document.getElementById('app');
if (mount)
  render(
    <AppRoot bridge={windowBridge()} namespaces={appNamespaces}>
      {(settings) => <AppView settings={settings} />}
    </AppRoot>,
    mount,
  );
