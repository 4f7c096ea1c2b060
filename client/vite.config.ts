import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

// Libraries that change rarely get chunks of their own, so a new release of the app does not
// make browsers download them again.
const vendorChunks = [
  { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler|react-router)[\\/]/ },
  { name: 'mantine', test: /node_modules[\\/](@mantine|@floating-ui|@tabler)[\\/]/ },
  { name: 'apollo', test: /node_modules[\\/](@apollo|@wry|graphql|optimism|rxjs)[\\/]/ },
];

// The gateway serves client/dist at `/` with an SPA fallback, so assets resolve from the root.
/**
 * The trusted documents manifest (docs/decisions/019) goes out with the build it belongs to:
 * the gateway serving this dist resolves the hashes of exactly these bundles.
 */
const persistedDocuments = (): Plugin => ({
  name: 'persisted-documents',
  generateBundle() {
    const manifest = new URL('src/__generated__/persisted-documents.json', import.meta.url);
    this.emitFile({
      type: 'asset',
      fileName: 'persisted-documents.json',
      source: readFileSync(manifest, 'utf8'),
    });
  },
});

export default defineConfig({
  base: '/',
  plugins: [react(), persistedDocuments()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    rolldownOptions: {
      // The app, and the GraphQL explorer the gateway serves at /explorer (docs/partner-guide.md).
      input: {
        main: fileURLToPath(new URL('index.html', import.meta.url)),
        explorer: fileURLToPath(new URL('explorer.html', import.meta.url)),
      },
      output: { codeSplitting: { groups: vendorChunks } },
    },
  },
  server: {
    proxy: {
      '/graphql': { target: process.env.GATEWAY_URL ?? 'http://127.0.0.1:4000', ws: true },
    },
  },
});
