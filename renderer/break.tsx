import { render } from 'preact';
import { AppRoot } from './lib/app-root.tsx';
import { windowBridge } from './lib/bridge.ts';
import './styles/tokens.css';

// Break window: the pre-break notice (?view=notice) and the break itself (?view=break).
const mount = document.getElementById('app');
if (mount) render(<AppRoot bridge={windowBridge()}>{() => <main>Breathing Room</main>}</AppRoot>, mount);
