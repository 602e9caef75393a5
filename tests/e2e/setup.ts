// Serves the built dist/ for the whole browser test run; tests read the address from ARCADE_URL.
import { existsSync } from 'node:fs';
import { serve } from '../../scripts/serve.mjs';

export default async function setup(): Promise<() => Promise<void>> {
  // ARCADE_DIST lets two people test two builds side by side; npm test uses dist/.
  const dir = process.env.ARCADE_DIST ?? 'dist';
  if (!existsSync(`${dir}/index.html`)) throw new Error(`${dir}/ is missing: run \`npm run build\` first (npm test does).`);
  const s = await serve(dir);
  process.env.ARCADE_URL = s.url;
  return s.close;
}
