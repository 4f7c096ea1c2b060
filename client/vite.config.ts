import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The gateway serves client/dist at `/` with an SPA fallback, so assets resolve from the root.
export default defineConfig({
  base: '/',
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true },
  server: {
    proxy: {
      '/graphql': { target: process.env.GATEWAY_URL ?? 'http://127.0.0.1:4000', ws: true },
    },
  },
});
