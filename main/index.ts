import { app } from 'electron';

app.whenReady().then(() => {
  // The composition root grows here as the shell lands.
});
