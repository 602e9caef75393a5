// The live room under load (`npx tsx bench/liveLoad.ts`, or `BENCH_ONLY=live npm run bench`): the live server
// (server/app.ts, no arcade files) in a child process on 127.0.0.1, and in this process a trainer's window and its
// simulated phones on @colyseus/sdk clients. Two loads: one room of 300 phones, then 20 rooms of 40 phones at once.
// In each room the phones join 20 at a time, then for each of 3 cards every phone answers once (spread at random
// over a second), the trainer reveals and moves on. Measured: time from a phone's send to the moment the trainer's
// view of `answered` counts it (answers matched to counts in send order), the server's memory per room and its CPU.
// Checked: no answer lost or counted twice (each phone's own 'you', the trainer's seat records and the team votes).
// Human-readable lines on stderr; the last line on stdout is the JSON summary. Stops by itself (120 s at most).
import { fork, type ChildProcess } from 'node:child_process';
import { createHash, randomUUID } from 'node:crypto';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { matchMaker } from '@colyseus/core';
import { Client, type Room } from '@colyseus/sdk';
import { liveServer } from '../server/app';
import { majority, type Seat } from '../src/core/live';
import type { HostCreate, LiveDeck } from '../src/core/liveMessages';

const TIMEOUT_MS = 120_000;
const JOIN_BATCH = 20;
/** Every phone answers within this window after a card opens. */
const SPREAD_MS = 1_000;
/** The room's state is sent to clients every 50 ms (Colyseus's default patch rate): part of every latency. */
const PATCH_MS = 50;
/** First, a small room played through and discarded: the server's one-time costs (code compiled on first use,
 * buffers) are not counted as the first load's memory. */
const WARM_UP = { name: 'warm-up', rooms: 1, phones: 20 };
const LOADS = [
  { name: 'one room, 300 phones', rooms: 1, phones: 300 },
  { name: '20 rooms of 40 phones at once', rooms: 20, phones: 40 },
];

const log = (...a: unknown[]): void => console.error('[live-load]', ...a);
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

// ---- the server, in a child process ---------------------------------------------------------------------------

interface Sample {
  heapUsed: number;
  rss: number;
  /** process.cpuUsage(), user + system, µs. */
  cpu: number;
  at: number;
  rooms: number;
  /** Whether a full GC ran before the heap was read. */
  gc: boolean;
}
type FromServer = ({ type: 'ready'; port: number } | ({ type: 'sample' } & Sample)) & { id?: number };

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.on('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

async function serverMain(): Promise<void> {
  const server = await liveServer();
  const port = await freePort();
  await server.listen(port, '127.0.0.1');
  const send = (m: FromServer): void => void process.send!(m);
  // The parent gone: nothing left to serve.
  process.on('disconnect', () => process.exit(1));
  process.on('message', async (m: { type: string; id?: number }) => {
    if (m.type === 'sample') {
      const gc = (globalThis as { gc?: () => void }).gc;
      gc?.();
      const mem = process.memoryUsage();
      const cpu = process.cpuUsage();
      const rooms = (await matchMaker.query({})).length;
      send({ type: 'sample', id: m.id, heapUsed: mem.heapUsed, rss: mem.rss, cpu: cpu.user + cpu.system, at: performance.now(), rooms, gc: !!gc });
    } else if (m.type === 'stop') {
      await server.gracefullyShutdown(false);
      process.exit(0);
    }
  });
  send({ type: 'ready', port });
}

class ServerProcess {
  private waiting = new Map<number, (s: Sample) => void>();
  private nextId = 0;
  constructor(
    private child: ChildProcess,
    readonly port: number,
  ) {
    child.on('message', (m: FromServer) => {
      if (m.type === 'sample' && m.id !== undefined) this.waiting.get(m.id)?.(m);
    });
  }

  static async start(): Promise<ServerProcess> {
    // The same loader this process runs under (tsx), and a GC to call before reading the heap.
    const child = fork(fileURLToPath(import.meta.url), ['--server'], {
      execArgv: [...process.execArgv, '--expose-gc'],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    const port = await new Promise<number>((resolve, reject) => {
      child.once('error', reject);
      child.once('exit', (code) => reject(new Error(`the server exited (${code}) before listening`)));
      child.on('message', (m: FromServer) => m.type === 'ready' && resolve(m.port));
    });
    child.removeAllListeners('exit');
    return new ServerProcess(child, port);
  }

  /** The server's heap after a full GC, its RSS, its CPU time so far and how many rooms it holds. */
  sample(): Promise<Sample> {
    const id = ++this.nextId;
    return new Promise((resolve) => {
      this.waiting.set(id, (s) => {
        this.waiting.delete(id);
        resolve(s);
      });
      this.child.send({ type: 'sample', id });
    });
  }

  async stop(): Promise<void> {
    const exited = new Promise<void>((r) => this.child.once('exit', () => r()));
    this.child.send({ type: 'stop' });
    await Promise.race([exited, sleep(10_000)]);
    if (this.child.exitCode === null) this.child.kill();
  }

  kill(): void {
    this.child.kill();
  }
}

// ---- a room: the trainer's window and its phones --------------------------------------------------------------

const OPTIONS = ['clear', 'complicated', 'complex', 'chaotic'].map((id, i) => ({ id, label: `Option ${id}`, mark: String(i + 1) }));
const deck: LiveDeck = {
  lang: 'en',
  question: 'Which domain is this?',
  unit: 'card',
  unscored: false,
  withhold: false,
  storyOptions: OPTIONS,
  cards: ['c1', 'c2', 'c3'].map((id, i) => ({
    id,
    text: `Situation ${i + 1}`,
    question: '',
    options: OPTIONS,
    credit: { [OPTIONS[i]!.id]: 1, [OPTIONS[i + 1]!.id]: 0.5 },
    accepted: [{ option: OPTIONS[i]!.id, credit: 1, why: `Because of ${id}` }],
    explanation: `Explained ${id}`,
  })),
};
const createOptions: HostCreate = {
  levelId: 'level-1',
  teams: ['Harbour', 'Hill', 'River', 'Market'].map((name, i) => ({ id: `t${i + 1}`, name })),
  cardSeconds: null,
  deck,
};

/** The public view, as the trainer's window reads it. */
interface View {
  phase: string;
  cardId: string;
  answered: number;
  people: number;
}
interface You {
  seat: string;
  team: string;
  mine: string | null;
  refused?: string;
}
interface Phone {
  room: Room;
  /** The seat's secret, from its first 'you'. */
  secret: string;
  last: You | null;
  /** What it sent for the card on screen. */
  sent: string | null;
}
interface Host {
  room: Room;
  code: string;
  /** seatId -> the trainer's copy of the seat, from 'seat' messages. */
  seats: Map<string, Seat>;
  /** 'seat' messages per seat since the card opened (one answer each: one message each). */
  seatMessages: Map<string, number>;
  lastRoom: { phase: string; index: number; votes: Record<string, Record<string, { option: string }>> } | null;
  refused: string[];
}
interface Outcome {
  latencies: number[];
  lost: number;
  duplicated: number;
  problems: string[];
}

/** A seeded random source (mulberry32): the same answers and timings on every run. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Waits until `ok`, polling every 10 ms; false after `ms`. */
async function until(ok: () => boolean, ms = 10_000): Promise<boolean> {
  const end = performance.now() + ms;
  while (!ok()) {
    if (performance.now() > end) return false;
    await sleep(10);
  }
  return true;
}
async function must(ok: () => boolean, what: string, ms = 10_000): Promise<void> {
  if (!(await until(ok, ms))) throw new Error(`timed out waiting for ${what}`);
}

const view = (r: Room): View => r.state as View;
const keyOf = (secret: string): string => createHash('sha256').update(secret).digest('hex');

async function openHost(client: Client): Promise<Host> {
  // A nonce of its own per room: the one-time proof that this client opened it (and becomes its host).
  const room = await client.create('live', { ...createOptions, nonce: `bench-${randomUUID()}` });
  room.reconnection.enabled = false;
  const host: Host = { room, code: '', seats: new Map(), seatMessages: new Map(), lastRoom: null, refused: [] };
  room.onMessage('*', (type, payload) => {
    const p = payload as Record<string, unknown>;
    if (type === 'host') host.code = String(p.code);
    else if (type === 'seat') {
      const id = String(p.id);
      host.seats.set(id, p.seat as Seat);
      host.seatMessages.set(id, (host.seatMessages.get(id) ?? 0) + 1);
    } else if (type === 'room') {
      host.lastRoom = p.room as Host['lastRoom'];
      // A refused action: the room sent back as it is, with why.
      if (p.refused) host.refused.push(String(p.refused));
    } else if (type === 'refused') host.refused.push(String(p.reason));
  });
  await must(() => host.code !== '', "the trainer's 'host' message");
  return host;
}

async function joinPhone(client: Client, code: string): Promise<Phone> {
  const room = await client.joinById(code, {});
  room.reconnection.enabled = false;
  const phone: Phone = { room, secret: '', last: null, sent: null };
  room.onMessage('you', (m: You) => {
    phone.last = m;
    if (m.seat) phone.secret = m.seat;
  });
  await must(() => phone.secret !== '', "a phone's first 'you'");
  return phone;
}

interface OpenRoom {
  host: Host;
  phones: Phone[];
}

async function openRoom(client: Client, phones: number): Promise<OpenRoom> {
  const host = await openHost(client);
  const out: Phone[] = [];
  // In batches, as people scanning a code do: not every phone in the same millisecond.
  for (let i = 0; i < phones; i += JOIN_BATCH) {
    const n = Math.min(JOIN_BATCH, phones - i);
    out.push(...(await Promise.all(Array.from({ length: n }, () => joinPhone(client, host.code)))));
  }
  await must(() => view(host.room).people === phones && host.seats.size === phones, `${phones} people in room ${host.code}`);
  return { host, phones: out };
}

/** The 3 cards of a room: every phone answers once, the trainer's view counts, the trainer reveals and moves on. */
async function playRoom(r: OpenRoom, seed: number): Promise<Outcome> {
  const { host, phones } = r;
  const random = rng(seed);
  const out: Outcome = { latencies: [], lost: 0, duplicated: 0, problems: [] };
  const n = phones.length;
  const seatIdOf = new Map([...host.seats].map(([id, seat]) => [seat.key, id]));
  for (const card of deck.cards.map((c) => c.id)) {
    await must(() => view(host.room).cardId === card && view(host.room).phase === 'vote' && view(host.room).answered === 0, `card ${card} open`);
    host.seatMessages.clear();
    // Send times in order; each rise of the trainer's `answered` is matched to the earliest sends not yet counted.
    const sends: number[] = [];
    let counted = 0;
    let most = 0;
    const onState = (): void => {
      const now = performance.now();
      const answered = view(host.room).answered;
      most = Math.max(most, answered);
      while (counted < answered && counted < sends.length) out.latencies.push(now - sends[counted++]!);
    };
    host.room.onStateChange(onState);
    const plan = phones.map((p) => ({ p, at: random() * SPREAD_MS, option: OPTIONS[Math.floor(random() * OPTIONS.length)]!.id }));
    await Promise.all(
      plan.map(
        ({ p, at, option }) =>
          new Promise<void>((resolve) =>
            setTimeout(() => {
              p.sent = option;
              sends.push(performance.now());
              p.room.send('answer', { option });
              resolve();
            }, at),
          ),
      ),
    );
    const all = await until(() => view(host.room).answered >= n);
    // Each phone hears its own answer back.
    await until(() => phones.every((p) => p.last?.mine === p.sent), 5_000);
    await sleep(2 * PATCH_MS);
    host.room.onStateChange.remove(onState);
    if (!all) out.problems.push(`${card}: the trainer's view counted ${view(host.room).answered} of ${n}`);
    if (most > n) out.problems.push(`${card}: answered reached ${most} with ${n} phones`);
    for (const p of phones) {
      const seatId = seatIdOf.get(keyOf(p.secret));
      const seat = seatId ? host.seats.get(seatId) : undefined;
      const messages = seatId ? (host.seatMessages.get(seatId) ?? 0) : 0;
      const recorded = seat?.answers[card]?.option;
      if (p.last?.mine !== p.sent || recorded !== p.sent || messages === 0) out.lost++;
      else if (messages > 1) out.duplicated++;
      if (p.last?.refused) out.problems.push(`${card}: a phone was refused (${p.last.refused})`);
    }
    host.room.send('act', { type: 'reveal' });
    await must(() => host.lastRoom?.phase === 'reveal' && view(host.room).phase === 'reveal', `the reveal of ${card}`);
    // Each team's vote is its members' majority, as the trainer's records have them.
    const votes = host.lastRoom!.votes[card] ?? {};
    for (const team of createOptions.teams.map((t) => t.id)) {
      const answers = [...host.seats.values()].filter((s) => s.team === team && s.answers[card]).map((s) => s.answers[card]!);
      const want = majority(answers)?.vote.option;
      if (votes[team]?.option !== want) out.problems.push(`${card}: team ${team} voted ${votes[team]?.option} where its members' majority is ${want}`);
    }
    host.room.send('act', { type: 'next' });
  }
  await must(() => view(host.room).phase === 'end', 'the end summary');
  if (host.refused.length) out.problems.push(`the trainer's actions were refused: ${host.refused.join(', ')}`);
  return out;
}

async function closeRoom(r: OpenRoom): Promise<void> {
  await Promise.all(r.phones.map((p) => p.room.leave(true).catch(() => 0)));
  await r.host.room.leave(true).catch(() => 0);
}

// ---- the loads ------------------------------------------------------------------------------------------------

/** Nearest-rank percentile. */
function percentile(xs: readonly number[], p: number): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))]!;
}
const round1 = (x: number): number => Math.round(x * 10) / 10;

interface LoadResult {
  name: string;
  rooms: number;
  phonesPerRoom: number;
  answers: number;
  latencyMs: { p50: number; p95: number; max: number };
  lost: number;
  duplicated: number;
  problems: string[];
  memoryPerRoomKB: { heap: number; rss: number };
  serverCpuPct: number;
  clientCpuPct: number;
  seconds: number;
  joinSeconds: number;
}

async function runLoad(server: ServerProcess, load: (typeof LOADS)[number], seed: number): Promise<LoadResult> {
  const client = new Client(`ws://127.0.0.1:${server.port}`);
  const before = await server.sample();
  if (before.rooms !== 0) throw new Error(`${before.rooms} rooms still open before "${load.name}"`);
  if (!before.gc) log('no GC exposed in the server process: memory figures include garbage');
  const clientCpu = process.cpuUsage();
  const t0 = performance.now();
  const rooms = await Promise.all(Array.from({ length: load.rooms }, () => openRoom(client, load.phones)));
  const joined = await server.sample();
  const joinSeconds = (performance.now() - t0) / 1000;
  log(`${load.name}: ${load.rooms * load.phones} phones joined in ${joinSeconds.toFixed(1)} s`);
  const outcomes = await Promise.all(rooms.map((r, i) => playRoom(r, seed + i)));
  const played = await server.sample();
  const clientUsed = process.cpuUsage(clientCpu);
  const wallMs = performance.now() - t0;
  await Promise.all(rooms.map(closeRoom));
  // The rooms close once everyone has left: the next load starts from an empty server.
  for (let i = 0; i < 100 && (await server.sample()).rooms > 0; i++) await sleep(50);
  const latencies = outcomes.flatMap((o) => o.latencies);
  // Memory at its highest point: rooms open, people in, every answer kept.
  const peakHeap = Math.max(joined.heapUsed, played.heapUsed);
  const peakRss = Math.max(joined.rss, played.rss);
  return {
    name: load.name,
    rooms: load.rooms,
    phonesPerRoom: load.phones,
    answers: load.rooms * load.phones * deck.cards.length,
    latencyMs: { p50: round1(percentile(latencies, 50)), p95: round1(percentile(latencies, 95)), max: round1(percentile(latencies, 100)) },
    lost: outcomes.reduce((n, o) => n + o.lost, 0),
    duplicated: outcomes.reduce((n, o) => n + o.duplicated, 0),
    problems: outcomes.flatMap((o) => o.problems).slice(0, 20),
    memoryPerRoomKB: { heap: Math.round((peakHeap - before.heapUsed) / 1024 / load.rooms), rss: Math.round((peakRss - before.rss) / 1024 / load.rooms) },
    serverCpuPct: round1(((played.cpu - before.cpu) / 1000 / (played.at - before.at)) * 100),
    clientCpuPct: round1(((clientUsed.user + clientUsed.system) / 1000 / wallMs) * 100),
    seconds: round1(wallMs / 1000),
    joinSeconds: round1(joinSeconds),
  };
}

async function main(): Promise<void> {
  const server = await ServerProcess.start();
  const timer = setTimeout(() => {
    log(`gave up after ${TIMEOUT_MS / 1000} s`);
    server.kill();
    process.exit(1);
  }, TIMEOUT_MS);
  try {
    log(`server: a child process (tsx) on 127.0.0.1:${server.port}; clients: this process`);
    const warm = await runLoad(server, WARM_UP, 1);
    log(`warm-up: ${warm.answers} answers, lost ${warm.lost}, duplicated ${warm.duplicated} (not counted)`);
    const results: LoadResult[] = [];
    for (const [i, load] of LOADS.entries()) {
      const r = await runLoad(server, load, 1000 * (i + 1));
      results.push(r);
      log(
        `${r.name}: ${r.answers} answers, latency p50 ${r.latencyMs.p50} ms, p95 ${r.latencyMs.p95} ms, max ${r.latencyMs.max} ms; ` +
          `lost ${r.lost}, duplicated ${r.duplicated}; server memory per room ${r.memoryPerRoomKB.heap} KB heap, ${r.memoryPerRoomKB.rss} KB RSS; ` +
          `server CPU ${r.serverCpuPct}% of one core, clients ${r.clientCpuPct}% over ${r.seconds} s`,
      );
      for (const p of r.problems) log(`  problem: ${p}`);
    }
    const one = results[0]!;
    const summary = {
      node: process.version,
      server: 'child process (tsx), 127.0.0.1; the simulated phones and the trainer share this process',
      patchRateMs: PATCH_MS,
      spreadMs: SPREAD_MS,
      cards: deck.cards.length,
      teams: createOptions.teams.length,
      targets: {
        p95Ms300: 100,
        p95Met: one.latencyMs.p95 <= 100,
        noLostOrDuplicated: results.every((r) => r.lost === 0 && r.duplicated === 0 && r.problems.length === 0),
      },
      loads: results,
    };
    await server.stop();
    clearTimeout(timer);
    console.log(JSON.stringify(summary));
    process.exit(0);
  } catch (e) {
    log('failed:', e instanceof Error ? e.message : e);
    server.kill();
    process.exit(1);
  }
}

if (process.argv[2] === '--server') await serverMain();
else await main();
