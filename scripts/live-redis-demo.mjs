// Beyond one machine (README, "Live room"): two room-server processes share their rooms through one Redis, as they
// would on two machines behind a load balancer. This starts a Redis of its own on loopback (or uses REDIS_URL), two
// processes of `server/main.ts` on ports 2571 and 2572, opens a room through the first, and has one phone join
// through each; both answers reach the trainer. Prints what happens; stops everything at the end, or after 60 s.
// Needs Debian's redis-server (apt install redis-server) unless REDIS_URL points at one, and a build (npm run build).
// Usage: npm run live:redis-demo
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import WebSocket from 'ws';
import { Client } from '@colyseus/sdk';

// Node 20 has no global WebSocket; the SDK looks for one when it reconnects.
globalThis.WebSocket ??= WebSocket;
const say = (...a) => console.log('[redis-demo]', ...a);
const servers = [];
let redis = null;
/** The servers first (each in a process group of its own: npx, then tsx, then node), then Redis. */
const stop = (code) => {
  for (const c of servers) {
    try {
      process.kill(-c.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  }
  setTimeout(() => {
    redis?.kill('SIGTERM');
    process.exit(code);
  }, 1500);
};
setTimeout(() => {
  say('gave up after 60 s');
  stop(1);
}, 60_000).unref();
// Whatever fails, the processes it started stop with it.
process.on('unhandledRejection', (e) => {
  say(`failed: ${e instanceof Error ? e.message : String(e)}`);
  stop(1);
});

if (!existsSync('dist/index.html')) {
  say('no build in dist/: run npm run build first');
  process.exit(1);
}
let redisUrl = process.env.REDIS_URL;
if (!redisUrl) {
  const dir = mkdtempSync(join(tmpdir(), 'arcade-redis-'));
  redis = spawn('redis-server', ['--port', '6390', '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir], { stdio: 'ignore' });
  redis.on('error', () => {
    say('redis-server is not installed (apt install redis-server), and REDIS_URL is not set');
    stop(1);
  });
  redisUrl = 'redis://127.0.0.1:6390';
  await new Promise((r) => setTimeout(r, 500));
}
say(`Redis at ${redisUrl}`);

function serverProcess(port) {
  const env = { ...process.env, PORT: String(port), HOST: '127.0.0.1', REDIS_URL: redisUrl, PUBLIC_ADDRESS: `127.0.0.1:${port}` };
  const child = spawn('npx', ['tsx', 'server/main.ts'], { env, stdio: ['ignore', 'pipe', 'inherit'], detached: true });
  servers.push(child);
  return new Promise((resolve) => {
    child.stdout.on('data', (d) => {
      if (String(d).includes('live room: serving')) resolve(child);
    });
  });
}
await Promise.all([serverProcess(2571), serverProcess(2572)]);
say('two room-server processes: 127.0.0.1:2571 and 127.0.0.1:2572, one Redis');

const options = ['clear', 'complicated'].map((id, i) => ({ id, label: id, mark: String(i + 1) }));
const deck = {
  lang: 'en',
  question: 'Which domain?',
  unit: 'card',
  unscored: false,
  withhold: false,
  storyOptions: options,
  cards: [
    {
      id: 'c1',
      text: 'A card',
      question: '',
      options,
      credit: { clear: 1 },
      accepted: [{ option: 'clear', credit: 1, why: 'Rules cover it.' }],
      explanation: '',
    },
  ],
};
// The nonce proves this client opened the room: it becomes the host (a phone never can).
const nonce = randomUUID();
const host = await new Client('http://127.0.0.1:2571').create('live', {
  nonce,
  levelId: 'demo',
  teams: [{ id: 't1', name: 'Team 1' }],
  cardSeconds: null,
  deck,
});
host.onMessage('*', () => undefined);
const code = await new Promise((resolve) => host.onMessage('host', (m) => resolve(m.code)));
say(`room ${code} opened through process 1 (2571)`);
const quiet = (room) => (room.onMessage('*', () => undefined), room);
const a = quiet(await new Client('http://127.0.0.1:2571').joinById(code, {}));
say('phone A joined through process 1 (2571)');
const b = quiet(await new Client('http://127.0.0.1:2572').joinById(code, {}));
say('phone B joined through process 2 (2572): the room was found through Redis, and the phone sent to the process that holds it');
a.send('answer', { option: 'clear' });
b.send('answer', { option: 'complicated' });
for (let i = 0; i < 100 && host.state.answered < 2; i++) await new Promise((r) => setTimeout(r, 50));
say(`the trainer sees ${host.state.answered} of ${host.state.people} people answered`);
const ok = host.state.answered === 2 && host.state.people === 2;
for (const r of [a, b, host]) await r.leave().catch(() => undefined);
say(ok ? 'done: both phones answered one room through two processes' : 'FAILED: the answers did not both arrive');
stop(ok ? 0 : 1);
