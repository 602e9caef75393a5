// The live room under load, for `npm run bench` (scripts/bench.mjs): runs bench/liveLoad.ts (a live server on
// 127.0.0.1 in a child process, simulated phones on @colyseus/sdk clients) and writes its figures as BENCH.md's
// "Live room load" section. The load prints its progress on stderr and its JSON summary as the last line of stdout.
import { execSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';

/** The phone page's JS and CSS as its page loads them, gzip level 9 (its own build in dist/phone/; target ≤ 60 KB). */
export function phonePageSize(dist = 'dist') {
  const page = join(dist, 'phone', 'index.html');
  if (!existsSync(page)) return null;
  const files = [...readFileSync(page, 'utf8').matchAll(/(?:src|href)="(\.\.?\/[^"]+\.(?:js|css))"/g)].map((m) => join(dist, 'phone', m[1]));
  let raw = 0;
  let gzip = 0;
  for (const f of files) {
    const buf = readFileSync(f);
    raw += buf.length;
    gzip += gzipSync(buf, { level: 9 }).length;
  }
  return { raw, gzip };
}

/** The scale-out demonstration (scripts/live-redis-demo.mjs): its output, or why it did not run. */
export function runRedisDemo() {
  if (!process.env.REDIS_URL && spawnSync('which', ['redis-server']).status !== 0)
    return { skipped: 'redis-server is not installed here (apt install redis-server), and REDIS_URL is not set' };
  const r = spawnSync('node', ['scripts/live-redis-demo.mjs'], { encoding: 'utf8', timeout: 90_000 });
  return { status: r.status, output: `${r.stdout ?? ''}${r.stderr ?? ''}`.trim() };
}

/** Puts the live room's section into BENCH.md in place of the one there (BENCH_ONLY=live). */
export function replaceLiveSection(section, file = 'BENCH.md') {
  const doc = existsSync(file) ? readFileSync(file, 'utf8') : '';
  const start = doc.indexOf('## Live room load');
  const next = start < 0 ? -1 : doc.indexOf('\n## ', start + 3);
  const out = start < 0 ? `${doc.trimEnd()}\n\n${section}` : `${doc.slice(0, start)}${section.trimEnd()}\n${next < 0 ? '' : doc.slice(next)}`;
  writeFileSync(file, out.endsWith('\n') ? out : `${out}\n`);
}

/** Runs the load (half a minute at most on a quiet machine); its summary, or the error that stopped it. */
export function runLiveLoad() {
  try {
    const out = execSync('npx tsx bench/liveLoad.ts', { stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8', timeout: 180_000 });
    return JSON.parse(out.trim().split('\n').at(-1));
  } catch (e) {
    return { error: String(e instanceof Error ? e.message : e).split('\n')[0] };
  }
}

const met = (ok) => (ok ? '(met)' : '(**not met**)');
const ms = (x) => `${x} ms`;

/** BENCH.md's section (also what `BENCH_ONLY=live` writes). */
export function liveSection(r, phone = phonePageSize(), redis = runRedisDemo()) {
  const phoneLine = phone
    ? `The phone page (\`dist/phone/\`, its own build): ${(phone.gzip / 1024).toFixed(1)} KB gzip, JS and CSS (${(phone.raw / 1024).toFixed(1)} KB raw); target ≤ 60 KB ${met(phone.gzip <= 60 * 1024)}. Of it, the Colyseus client (\`@colyseus/sdk\` with \`@colyseus/schema\` as one 93 KB module and msgpackr) is about 58 KB gzip on its own; zod/mini (the message checks) about 5 KB, the words and their formatter about 4 KB.`
    : 'The phone page was not built (run npm run build).';
  const redisText = redis.skipped ? `Not run: ${redis.skipped}.` : `\`npm run live:redis-demo\` (exit ${redis.status}):\n\n\`\`\`\n${redis.output}\n\`\`\``;
  const tail = `\n${phoneLine}\n\n### Several processes, one Redis\n\n${redisText}\n`;
  const head = `## Live room load

\`npx tsx bench/liveLoad.ts\`: the live server (\`server/app.ts\`, no arcade files) in a child process on 127.0.0.1; a
trainer's window and simulated phones (\`@colyseus/sdk\` clients) in the bench's own process. In each room the phones
join 20 at a time; for each of 3 cards every phone answers once, at a random moment within a second, then the trainer
reveals and moves on. Latency: from a phone's send to the moment the trainer's view of \`answered\` counts it (answers
matched to counts in send order); Colyseus sends state every 50 ms, so up to 50 ms of each figure is that interval.
Server memory per room: the server's heap after a full GC (and its RSS) at its highest, rooms open with everyone in,
less before the rooms opened, divided by the rooms (a small warm-up room is played first and not counted). Server CPU:
the server process's CPU time over the load (joins and 3 cards), as a share of one core. Checked after each card: the
trainer's \`answered\` equals the phones, each phone's own answer came back to it, the trainer's seat record holds
it from exactly one message, and each team's vote is its members' majority.`;
  if (r.error) return `${head}\n\nThe load did not finish: ${r.error}\n${tail}`;
  const rows = r.loads.map(
    (l) =>
      `| ${l.name} | ${l.answers} | ${ms(l.latencyMs.p50)} | ${ms(l.latencyMs.p95)} | ${ms(l.latencyMs.max)} | ${l.lost} / ${l.duplicated} | ${l.memoryPerRoomKB.heap} KB / ${l.memoryPerRoomKB.rss} KB | ${l.serverCpuPct}% | ${l.clientCpuPct}% | ${l.joinSeconds} s / ${l.seconds} s |`,
  );
  const one = r.loads[0];
  const problems = r.loads.flatMap((l) => l.problems.map((p) => `- ${l.name}: ${p}`));
  return `${head}

| load | answers | latency p50 | latency p95 | latency max | lost / duplicated | server memory per room (heap / RSS) | server CPU (one core) | clients' CPU | joins / whole load |
|---|---|---|---|---|---|---|---|---|---|
${rows.join('\n')}

| target | measured |
|---|---|
| latency p95 ≤ 100 ms with 300 phones in one room | ${ms(one.latencyMs.p95)} ${met(r.targets.p95Met)} |
| no lost or duplicated answer | ${r.loads.map((l) => `${l.lost} lost, ${l.duplicated} duplicated`).join('; ')} ${met(r.targets.noLostOrDuplicated)} |

Node ${r.node}; ${r.teams} teams. RSS is rough: memory the first load took is kept by the process, so later loads add less.
${problems.length ? `\nProblems seen:\n${problems.join('\n')}\n` : ''}${tail}`;
}
