import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The client is built into dist/client and served by the Express server.
// `@contract/*` lets the client parse responses with the server's zod schemas.
export default defineConfig({
  root: fileURLToPath(new URL('./client', import.meta.url)),
  publicDir: fileURLToPath(new URL('./public', import.meta.url)),
  plugins: [react()],
  resolve: {
    alias: { '@contract': fileURLToPath(new URL('./server/contract', import.meta.url)) },
  },
  build: {
    outDir: fileURLToPath(new URL('./dist/client', import.meta.url)),
    emptyOutDir: true,
    // elk's bundle (in the layout worker and the lazy layout chunk) is ~1.4 MB by itself.
    chunkSizeWarningLimit: 1500,
    // `npm start` builds before every start: rolldown's plugin-timing report is noise there (errors still print).
    rolldownOptions: { checks: { bundlerTimings: false } },
  },
  server: {
    proxy: { '/api': 'http://127.0.0.1:8080' },
  },
});
