import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// Libraries that change rarely get chunks of their own, so a new release of the app does not
// make browsers download them again.
const vendorChunks = [
  { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler|react-router)[\\/]/ },
  { name: 'mantine', test: /node_modules[\\/](@mantine|@floating-ui|@tabler)[\\/]/ },
  { name: 'apollo', test: /node_modules[\\/](@apollo|@wry|graphql|optimism|rxjs)[\\/]/ },
];

// The gateway serves client/dist at `/` with an SPA fallback, so assets resolve from the root.
export default defineConfig({
  base: '/',
  plugins: [react()],
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
