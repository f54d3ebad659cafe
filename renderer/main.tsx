import { render } from 'preact';
import { AppRoot } from './lib/app-root.tsx';
import { windowBridge } from './lib/bridge.ts';
import './styles/tokens.css';

// App window: routes for preferences, statistics, check-in, learn, welcome and about.
const mount = document.getElementById('app');
if (mount) render(<AppRoot bridge={windowBridge()}>{() => <main>Breathing Room</main>}</AppRoot>, mount);
