import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** The browser UI. `npm run build:web` writes web/dist, which the node serves at `/`. */
const root = fileURLToPath(new URL('.', import.meta.url));
/** In `npm run dev:web`, API calls go to a node started with `crosstrust serve` (default port 8080). */
const apiTarget = process.env.CROSSTRUST_API_URL ?? 'http://127.0.0.1:8080';

export default defineConfig({
  root,
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('./dist', import.meta.url)),
    emptyOutDir: true,
  },
  server: {
    proxy: {
      '/api': apiTarget,
      '/credentials': apiTarget,
      '/.well-known': apiTarget,
      '/docs': apiTarget,
      '/openapi.json': apiTarget,
    },
  },
});
