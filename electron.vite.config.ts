import { resolve } from 'node:path';
import preact from '@preact/preset-vite';
import { defineConfig } from 'electron-vite';
import { selfContainedPage } from './build/self-contained-page.ts';

const root = import.meta.dirname;

// Three targets: main (ESM, Node), preload (CommonJS: a sandboxed preload cannot be ESM),
// renderer (Preact, one HTML page per window kind). The break window's page is built on its own,
// as one file with its script and styles inline, so its first frame waits for no second request.
export default defineConfig({
  main: {
    build: {
      outDir: resolve(root, 'out/main'),
      rolldownOptions: {
        input: { index: resolve(root, 'main/index.ts') },
      },
    },
  },
  preload: {
    build: {
      outDir: resolve(root, 'out/preload'),
      // Bundle everything the preload imports: a sandboxed preload can only require 'electron'.
      externalizeDeps: false,
      rolldownOptions: {
        input: { index: resolve(root, 'main/preload.ts') },
        external: ['electron'],
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(root, 'renderer'),
    base: './',
    plugins: [
      preact(),
      selfContainedPage({
        root: resolve(root, 'renderer'),
        page: 'break.html',
        outDir: resolve(root, 'out/renderer'),
        plugins: () => [preact()],
      }),
    ],
    build: {
      outDir: resolve(root, 'out/renderer'),
      emptyOutDir: true,
      modulePreload: { polyfill: false },
      minify: true,
      rolldownOptions: {
        input: {
          index: resolve(root, 'renderer/index.html'),
          panel: resolve(root, 'renderer/panel.html'),
        },
      },
    },
  },
});
