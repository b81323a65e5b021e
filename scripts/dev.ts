/**
 * `npm run dev`: the API (restarted on change) on API_PORT (8081) and Vite's dev
 * server with hot reload on PORT (5173), which proxies /api to it.
 */
import { spawn } from 'node:child_process';
import { createServer } from 'vite';

const apiPort = process.env.API_PORT ?? '8081';
const api = spawn(process.execPath, ['--import', 'tsx', '--watch', 'scripts/start.ts'], {
  stdio: 'inherit',
  env: { ...process.env, PORT: apiPort },
});
const vite = await createServer({ configFile: 'vite.config.ts' });
await vite.listen();
vite.printUrls();

const stop = async () => {
  api.kill('SIGTERM');
  await vite.close();
  process.exit(0);
};
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
