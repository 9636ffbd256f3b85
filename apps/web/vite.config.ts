import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

const root = fileURLToPath(new URL('.', import.meta.url));

/**
 * The web app's build (`npm run build:web`: static files in dist/web, served by the API at `/`) and its component
 * tests (Vitest in happy-dom, files `*.test.ts(x)`). `npm run dev:web` serves it with hot reload and sends /graphql
 * to the API on port 3000.
 */
export default defineConfig({
  root,
  plugins: [react()],
  // The matching core's vocabulary (locales, statuses, roles), imported as the API imports it: one definition each.
  resolve: { alias: [{ find: /^#matching\/(.*)\.js$/, replacement: fileURLToPath(new URL('../../matching/$1.ts', import.meta.url)) }] },
  build: {
    outDir: fileURLToPath(new URL('../../dist/web', import.meta.url)),
    emptyOutDir: true,
    // No inline module-preload polyfill script: the site's Content-Security-Policy allows scripts from files only.
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 600,
  },
  server: { proxy: { '/graphql': { target: 'http://localhost:3000', ws: true } } },
  test: { environment: 'happy-dom', include: ['src/**/*.test.{ts,tsx}'], root },
});
