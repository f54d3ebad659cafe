import { render } from 'preact';

function App() {
  return <main>Breathing Room</main>;
}

const mount = document.getElementById('app');
if (mount) render(<App />, mount);
