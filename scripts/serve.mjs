// A tiny static file server for dist/ on 127.0.0.1 (no dependency), used by the browser tests, screenshots and the benchmark.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ogg': 'audio/ogg',
  '.mp3': 'audio/mpeg',
};

/**
 * Serves `dir` at `prefix` (default `/`); a prefix such as `/arcade/` checks the build works from a sub-path.
 * `opts.gzip` compresses text as any real static host does (Lighthouse's simulated network reads transfer sizes).
 * @param {{ gzip?: boolean }} [opts]
 * @returns {Promise<{ url: string, close: () => Promise<void> }>}
 */
export async function serve(dir, port = 0, prefix = '/', opts = {}) {
  const root = resolve(dir);
  const server = createServer(async (req, res) => {
    const full = decodeURIComponent((req.url ?? '/').split('?')[0] ?? '/');
    if (!full.startsWith(prefix)) return void res.writeHead(404).end('not found');
    const path = '/' + full.slice(prefix.length);
    let file = normalize(join(root, path));
    if (!file.startsWith(root)) return void res.writeHead(403).end();
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      const type = TYPES[extname(file)] ?? 'application/octet-stream';
      const zip = opts.gzip && /text|json|svg/.test(type) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
      res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store', ...(zip ? { 'content-encoding': 'gzip' } : {}) });
      res.end(zip ? gzipSync(body, { level: 9 }) : body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise((ok) => server.listen(port, '127.0.0.1', ok));
  const addr = server.address();
  return { url: `http://127.0.0.1:${addr.port}${prefix}`, close: () => new Promise((ok) => server.close(() => ok())) };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const s = await serve(process.argv[2] ?? 'dist', Number(process.argv[3] ?? 4173));
  console.log(`Serving ${process.argv[2] ?? 'dist'} at ${s.url}`);
}
