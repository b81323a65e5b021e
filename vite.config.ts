import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The explorer lives in web/; it is built into dist/web, which the API server serves.
// `npm run dev` serves it with hot reload and proxies /api to the API on API_PORT (8081).
export default defineConfig(({ mode }) => ({
  root: 'web',
  plugins: [react()],
  // The web imports the server's published contract, and only it, by this name.
  resolve: { alias: { '@contract': fileURLToPath(new URL('./server/contract', import.meta.url)) } },
  build: {
    outDir: mode === 'test' ? '../dist/web-test' : '../dist/web',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
  },
  server: {
    port: Number(process.env.PORT ?? 5173),
    proxy: { '/api': `http://127.0.0.1:${process.env.API_PORT ?? 8081}` },
  },
}));
