import { defineConfig } from 'vite';
import { resolve } from 'node:path';

// The renderer is a static page loaded from a file by Electron: relative asset paths, no dev server needed.
export default defineConfig({
  root: resolve(__dirname),
  base: './',
  esbuild: { jsx: 'automatic' },
  build: {
    outDir: resolve(__dirname, '..', 'dist', 'renderer'),
    emptyOutDir: true,
    sourcemap: false,
    target: 'chrome120',
  },
});
