import { defineConfig } from 'electron-vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { resolve } from 'node:path';
import { CONTENT_SECURITY_POLICY } from './src/common/security';

const root = import.meta.dirname;

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      rollupOptions: { input: { main: resolve(root, 'electron/main.ts') } },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // A sandboxed preload must be a single CommonJS file.
      externalizeDeps: false,
      isolatedEntries: true,
      rollupOptions: {
        input: { preload: resolve(root, 'electron/preload.ts') },
        external: ['electron'],
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(root, 'renderer'),
    plugins: [
      svelte(),
      {
        // One policy for Electron (this meta tag plus a response header) and browser mode (header).
        name: 'kelisim-csp',
        transformIndexHtml: (html) =>
          html.replace(
            '<meta charset="UTF-8" />',
            `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY.replace(/; frame-ancestors 'none'/, '')}" />`,
          ),
      },
    ],
    build: {
      outDir: resolve(root, 'out/renderer'),
      emptyOutDir: true,
      // Fonts stay files: the policy allows no data: fonts.
      assetsInlineLimit: (file: string) => (/\.woff2?$/.test(file) ? false : undefined),
      rollupOptions: { input: resolve(root, 'renderer/index.html') },
    },
  },
});
