import { resolve } from 'node:path';
import preact from '@preact/preset-vite';
import { defineConfig } from 'electron-vite';

const root = import.meta.dirname;

// Three targets: main (ESM, Node), preload (CommonJS: a sandboxed preload cannot be ESM),
// renderer (Preact, one HTML page per window kind).
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
    plugins: [preact()],
    build: {
      outDir: resolve(root, 'out/renderer'),
      emptyOutDir: true,
      modulePreload: { polyfill: false },
      minify: true,
      rolldownOptions: {
        input: {
          index: resolve(root, 'renderer/index.html'),
          break: resolve(root, 'renderer/break.html'),
          panel: resolve(root, 'renderer/panel.html'),
        },
      },
    },
  },
});
