import { render } from 'preact';
import { AppRoot } from './lib/app-root.tsx';
import { windowBridge } from './lib/bridge.ts';
import { panelNamespaces } from './panel/namespaces.ts';
import { PanelView } from './panel/panel-view.tsx';
import './styles/tokens.css';

// Tray panel: a small frameless window main shows next to the tray icon.
const mount = document.getElementById('app');
if (mount)
  render(
    <AppRoot bridge={windowBridge()} namespaces={panelNamespaces}>
      {() => <PanelView />}
    </AppRoot>,
    mount,
  );
