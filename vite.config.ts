import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The SPA lives in web/; it shares zod schemas and Vietnamese formatting with the server through src/shared.
export default defineConfig({
  root: 'web',
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 2000 },
  server: { proxy: { '/api': 'http://localhost:3000' } },
});
