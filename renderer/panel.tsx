import { render } from 'preact';
import { AppRoot } from './lib/app-root.tsx';
import { windowBridge } from './lib/bridge.ts';
import { askWindowStart } from './lib/window-start.ts';
import { panelNamespaces } from './panel/namespaces.ts';
import { PanelView } from './panel/panel-view.tsx';
import './styles/tokens.css';

// Tray panel: a small frameless window main shows next to the tray icon.
// Settings and app info are asked of main before the first render (see break.tsx).
const mount = document.getElementById('app');
if (mount) {
  const bridge = windowBridge();
  void askWindowStart(bridge).then((start) =>
    render(
      <AppRoot bridge={bridge} namespaces={panelNamespaces} start={start}>
        {() => <PanelView />}
      </AppRoot>,
      mount,
    ),
  );
}
