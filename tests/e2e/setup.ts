// Serves the built dist/ for the whole browser test run; tests read the address from ARCADE_URL.
import { existsSync } from 'node:fs';
import { serve } from '../../scripts/serve.mjs';

export default async function setup(): Promise<() => Promise<void>> {
  if (!existsSync('dist/index.html')) throw new Error('dist/ is missing: run `npm run build` first (npm test does).');
  const s = await serve('dist');
  process.env.ARCADE_URL = s.url;
  return s.close;
}
