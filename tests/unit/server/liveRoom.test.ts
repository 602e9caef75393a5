// The live room's server, through Colyseus's own test client on a loopback server: what a trainer and the phones in
// a room would notice (joining, answering and changing, the reveal, a dropped phone coming back, a restart, and the
// refusals: someone else's controls, a bad message, too many answers, a guessed code).
import { afterAll, beforeAll, afterEach, describe, expect, test } from 'vitest';
import type { ColyseusTestServer } from '@colyseus/testing';
import { matchMaker } from '@colyseus/core';
import type { Room as SdkRoom } from '@colyseus/sdk';
import { bootLive, create, deck, inbox } from './liveFixture';
import { LIVE_RATE_COUNT } from '../../../src/core/live';
import { LIVE_MAX_MESSAGE } from '../../../src/core/liveMessages';
import type { LiveRoom } from '../../../server/liveRoom';

let t: ColyseusTestServer;
beforeAll(async () => {
  t = await bootLive();
});
const port = (): number => (t.server as unknown as { port: number }).port;
afterEach(async () => {
  await t.cleanup();
});
afterAll(async () => {
  await t.shutdown();
});

const settle = (ms = 60): Promise<void> => new Promise((r) => setTimeout(r, ms));
async function until(ok: () => boolean): Promise<void> {
  for (let i = 0; i < 300 && !ok(); i++) await settle(10);
  expect(ok()).toBe(true);
}

interface Hello {
  code: string;
  host: string;
}
interface You {
  seat: string;
  team: string;
  teamName: string;
  mine: string | null;
  refused?: string;
}

async function openRoom(o = create()) {
  const host = await t.sdk.create('live', o);
  const box = inbox(host);
  const hello = (await box.last('host')) as Hello;
  return { host, box, hello };
}

async function phone(code: string, options: Record<string, unknown> = {}) {
  const room = await t.sdk.joinById(code, options);
  const box = inbox(room);
  const you = (await box.last('you')) as You;
  return { room, box, you, lastYou: () => box.all.get('you')!.at(-1) as You };
}

/** The public view, as every phone (and anyone with the code) sees it. */
const view = (r: SdkRoom) =>
  r.state as {
    phase: string;
    answered: number;
    people: number;
    bars: Array<{ option: string; people: number; teams: number; tiedTeams: number }>;
    accepted: Array<{ option: string; why: string }>;
    cardId: string;
    teams: Array<{ id: string; members: number }>;
  };

describe('joining', () => {
  test('a room opens with an eight-character code for phones, and the trainer alone gets the host secret', async () => {
    const { hello, host } = await openRoom();
    expect(hello.code).toMatch(/^[A-HJKMNP-Z2-9]{8}$/);
    expect(hello.host.length).toBeGreaterThanOrEqual(16);
    const p = await phone(hello.code);
    expect(p.box.all.has('host')).toBe(false);
    expect(JSON.stringify(p.room.state)).not.toContain(hello.host);
    await until(() => view(host).people === 1);
  });

  test('phones are placed in the team with fewest members, or in the team they pick; a nickname is optional', async () => {
    const { hello, box } = await openRoom();
    const a = await phone(hello.code);
    const b = await phone(hello.code, { nick: 'Ana' });
    const c = await phone(hello.code, { team: 't2' });
    expect([a.you.team, b.you.team, c.you.team]).toEqual(['t1', 't2', 't2']);
    expect(b.you.teamName).toBe('Hill');
    await until(() => (box.all.get('seat') ?? []).some((m) => (m as { seat: { nick: string } }).seat.nick === 'Ana'));
  });

  test('a room is found by its code only: joining by the room type finds nothing', async () => {
    await openRoom();
    await expect(t.sdk.join('live', {})).rejects.toThrow();
  });

  test('only the window that opened the room becomes its host, even when a phone connects first', async () => {
    const options = create();
    const listing = await matchMaker.createRoom('live', options);
    const early = await phone(listing.roomId);
    expect(early.box.all.has('host')).toBe(false);
    const trainer = await t.sdk.joinById(listing.roomId, options);
    const box = inbox(trainer);
    expect(((await box.last('host')) as Hello).code).toBe(listing.roomId);
    // The same options a second time (the nonce is used up) make a phone at most: refused as a host.
    await expect(t.sdk.joinById(listing.roomId, options)).rejects.toThrow();
  });

  test('a phone that leaves without answering frees its seat: joining and leaving cannot fill the room', async () => {
    const { hello, host } = await openRoom();
    for (let i = 0; i < 12; i++) {
      const p = await phone(hello.code);
      await p.room.leave();
    }
    await until(() => view(host).people === 0);
    const stays = await phone(hello.code);
    stays.room.send('answer', { option: 'clear' });
    await until(() => view(host).answered === 1);
    await stays.room.leave();
    await settle();
    // One who answered keeps their seat: their answer counts.
    expect(view(host).people).toBe(1);
  });

  test('a second window with the host secret takes the room over; the first is told and let go', async () => {
    const { hello, box, host } = await openRoom();
    let left = false;
    host.onLeave(() => (left = true));
    const second = await t.sdk.joinById(hello.code, { host: hello.host });
    const box2 = inbox(second);
    expect(((await box2.last('host')) as Hello).code).toBe(hello.code);
    await box.last('replaced');
    await until(() => left);
    second.send('act', { type: 'skip' });
    await until(() => view(second).cardId === 'c2');
  });

  test('a wrong host secret is refused, and a code that is not open finds nothing', async () => {
    const { hello } = await openRoom();
    await expect(t.sdk.joinById(hello.code, { host: 'x'.repeat(24) })).rejects.toThrow();
    await expect(t.sdk.joinById('ABCDEFGH', {})).rejects.toThrow();
  });
});

describe('answering', () => {
  test('a phone answers and changes its answer until the reveal; the public view counts, never says what', async () => {
    const { hello, host, box } = await openRoom();
    const p = await phone(hello.code);
    p.room.send('answer', { option: 'complex' });
    await until(() => p.lastYou().mine === 'complex');
    p.room.send('answer', { option: 'clear' });
    await until(() => p.lastYou().mine === 'clear');
    await until(() => view(host).answered === 1);
    const seen = JSON.stringify(view(p.room));
    expect(seen).not.toContain('"bars":[{');
    expect(view(p.room).accepted).toHaveLength(0);
    // The trainer's record has the phone's answer, and the team's vote is its member's.
    await until(() => (box.all.get('seat') ?? []).length >= 3);
    host.send('act', { type: 'reveal' });
    const room = (await box.last('room')) as { room: { votes: Record<string, Record<string, { option: string }>>; phase: string } };
    await until(() => view(p.room).phase === 'reveal');
    expect(((box.all.get('room') ?? []).at(-1) as typeof room).room.votes.c1!.t1!.option).toBe('clear');
    // After the reveal the phone can no longer change it.
    p.room.send('answer', { option: 'chaotic' });
    await until(() => p.lastYou().refused === 'notVoting');
    expect(p.lastYou().mine).toBe('clear');
  });

  test('at the reveal the bars count people and teams; a team split evenly shows as a tie, and phones see the why', async () => {
    const { hello, host } = await openRoom();
    const ps = await Promise.all([phone(hello.code), phone(hello.code), phone(hello.code), phone(hello.code), phone(hello.code)]);
    // t1: 3 members, t2: 2 members (placed alternately).
    const t1 = ps.filter((p) => p.you.team === 't1');
    const t2 = ps.filter((p) => p.you.team === 't2');
    expect([t1.length, t2.length]).toEqual([3, 2]);
    t1[0]!.room.send('answer', { option: 'clear' });
    t1[1]!.room.send('answer', { option: 'clear' });
    t1[2]!.room.send('answer', { option: 'chaotic' });
    t2[0]!.room.send('answer', { option: 'complex' });
    t2[1]!.room.send('answer', { option: 'chaotic' });
    await until(() => view(host).answered === 5);
    host.send('act', { type: 'reveal' });
    await until(() => view(ps[0]!.room).phase === 'reveal' && view(ps[0]!.room).bars.length === 4);
    const bars = Object.fromEntries(view(ps[0]!.room).bars.map((b) => [b.option, b]));
    expect(bars.clear).toMatchObject({ people: 2, teams: 1, tiedTeams: 0 });
    expect(bars.chaotic).toMatchObject({ people: 2, teams: 0, tiedTeams: 1 });
    expect(bars.complex).toMatchObject({ people: 1, teams: 0, tiedTeams: 1 });
    expect(view(ps[0]!.room).accepted[0]).toMatchObject({ option: 'clear', why: 'Because of c1' });
  });
});

describe('only the trainer acts on the room', () => {
  test("a phone's reveal, skip or jump changes nothing", async () => {
    const { hello, host } = await openRoom();
    const p = await phone(hello.code);
    for (const a of [{ type: 'reveal' }, { type: 'skip' }, { type: 'jump', index: 2 }]) p.room.send('act', a);
    p.room.send('end', {});
    await settle(150);
    expect(view(host).phase).toBe('vote');
    expect(view(host).cardId).toBe('c1');
    host.send('act', { type: 'skip' });
    await until(() => view(p.room).cardId === 'c2');
  });

  test("an action made on another card than the room's (a replay after the link came back) is not applied", async () => {
    const { host, box } = await openRoom();
    host.send('act', { type: 'skip', on: { index: 0, phase: 'vote' } });
    await until(() => view(host).cardId === 'c2');
    // The same skip again, made when the trainer saw card 1: refused, the room stays on card 2.
    host.send('act', { type: 'skip', on: { index: 0, phase: 'vote' } });
    await until(() => (box.all.get('room') ?? []).some((m) => (m as { refused?: string }).refused === 'stale'));
    expect(view(host).cardId).toBe('c2');
  });

  test('a phone cannot answer for another: its seat is its own connection, whatever it sends', async () => {
    const { hello, box } = await openRoom();
    const a = await phone(hello.code);
    const b = await phone(hello.code);
    a.room.send('answer', { option: 'clear', seat: b.you.seat, team: 't2' });
    await until(() => a.lastYou().mine === 'clear');
    await settle();
    expect(b.lastYou().mine).toBeNull();
    const seats = (box.all.get('seat') ?? []) as Array<{ id: string; seat: { answers: Record<string, unknown> } }>;
    expect(seats.filter((s) => Object.keys(s.seat.answers).length > 0).map((s) => s.id)).toEqual(['s1']);
  });
});

describe('refusals change nothing', () => {
  test('malformed answers and unknown options are refused; the room goes on', async () => {
    const { hello, host } = await openRoom();
    const p = await phone(hello.code);
    for (const bad of [{ option: 12 }, null, 'clear', { option: 'x'.repeat(65) }, { nope: true }]) p.room.send('answer', bad);
    p.room.send('no-such-message', { a: 1 });
    p.room.send('answer', { option: 'not-an-option' });
    await until(() => p.lastYou().refused === 'unknownOption');
    expect(view(host).answered).toBe(0);
    p.room.send('answer', { option: 'complex' });
    await until(() => view(host).answered === 1);
  });

  test('an oversized message closes only that connection; the room and its answers stay', async () => {
    const { hello, host } = await openRoom();
    const keep = await phone(hello.code);
    keep.room.send('answer', { option: 'clear' });
    await until(() => view(host).answered === 1);
    const big = await phone(hello.code);
    big.room.reconnection.enabled = false;
    let left = false;
    big.room.onLeave(() => (left = true));
    big.room.send('answer', { option: 'y'.repeat(LIVE_MAX_MESSAGE * 2) });
    await until(() => left);
    expect(view(host).answered).toBe(1);
    expect(view(host).phase).toBe('vote');
  });

  test('answers are rate-limited: a phone tapping fast is told to slow down, and its last counted answer stands', async () => {
    const { hello } = await openRoom();
    const p = await phone(hello.code);
    const options = ['clear', 'complicated', 'complex', 'chaotic'];
    for (let i = 0; i < LIVE_RATE_COUNT + 2; i++) p.room.send('answer', { option: options[i % 4] });
    await until(() => p.lastYou().refused === 'slow');
    expect(p.lastYou().mine).toBe(options[(LIVE_RATE_COUNT - 1) % 4]);
  });
});

describe('faults lose nothing', () => {
  test('a phone whose connection drops comes back to its seat with its answer (Colyseus reconnection)', async () => {
    const { hello, host } = await openRoom();
    const p = await phone(hello.code);
    p.room.reconnection.minUptime = 0;
    p.room.send('answer', { option: 'complicated' });
    await until(() => view(host).answered === 1);
    let back = false;
    p.room.onReconnect(() => (back = true));
    const server = t.getRoomById(hello.code) as unknown as LiveRoom;
    const mine = server.clients.find((c) => c.sessionId === p.room.sessionId)!;
    (mine.ref as unknown as { terminate(): void }).terminate();
    await until(() => back);
    await until(() => p.lastYou().mine === 'complicated');
    expect(view(host).people).toBe(1);
  });

  test('a phone that closed comes back to its seat with its secret, and is not counted twice', async () => {
    const { hello, host } = await openRoom();
    const p = await phone(hello.code, { team: 't2' });
    p.room.send('answer', { option: 'chaotic' });
    await until(() => view(host).answered === 1);
    await p.room.leave();
    const again = await phone(hello.code, { seat: p.you.seat });
    expect(again.you).toMatchObject({ team: 't2', mine: 'chaotic' });
    expect(view(host).people).toBe(1);
  });

  test("after a server restart the trainer's window opens the room again from its record, under the same code", async () => {
    const first = await openRoom();
    const p = await phone(first.hello.code);
    p.room.send('answer', { option: 'complex' });
    await until(() => view(first.host).answered === 1);
    const record = (await first.box.last('record')) as { room: unknown };
    const seats = (first.box.all.get('seat') ?? []).at(-1) as { id: string; seat: object };
    // The restart: every room gone.
    await t.cleanup();
    const resumed = await openRoom(
      create({ resume: { code: first.hello.code, host: first.hello.host, room: record.room, seats: { [seats.id]: seats.seat } as never } }),
    );
    expect(resumed.hello.code).toBe(first.hello.code);
    const back = await phone(first.hello.code, { seat: p.you.seat });
    expect(back.you.mine).toBe('complex');
    expect(view(resumed.host).answered).toBe(1);
  });

  test('a room opened again from a record with gaps in its seats gives a new phone a seat of its own', async () => {
    const first = await openRoom();
    const a = await phone(first.hello.code);
    const b = await phone(first.hello.code);
    b.room.send('answer', { option: 'complex' });
    await until(() => view(first.host).answered === 1);
    const record = (await first.box.last('record')) as { room: unknown };
    const s2 = ((first.box.all.get('seat') ?? []) as Array<{ id: string; seat: object }>).filter((m) => m.id === 's2').at(-1)!;
    await t.cleanup();
    // Only the second seat is in the record (the first phone's was lost with its team, say).
    const resumed = await openRoom(create({ resume: { code: first.hello.code, host: first.hello.host, room: record.room, seats: { s2: s2.seat } as never } }));
    const c = await phone(first.hello.code);
    expect(c.you.mine).toBeNull();
    await until(() => view(resumed.host).people === 2);
    const back = await phone(first.hello.code, { seat: b.you.seat });
    expect(back.you.mine).toBe('complex');
    expect(a.you.seat).not.toBe(c.you.seat);
  });

  test('an opening request larger than any room needs is refused before it is read', async () => {
    const big = JSON.stringify({ ...create(), padding: 'x'.repeat(2 * 1024 * 1024) });
    const res = await fetch(`http://127.0.0.1:${port()}/matchmake/create/live`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: big });
    expect(res.status).toBe(413);
    // The server goes on: a room opens as before.
    const { hello } = await openRoom();
    expect(hello.code).toMatch(/^[A-HJKMNP-Z2-9]{8}$/);
  });

  test('a code read off the projector cannot open a room without its host secret', async () => {
    const { hello } = await openRoom();
    await t.cleanup();
    await expect(t.sdk.create('live', create({ resume: { code: hello.code, host: 'y'.repeat(24), room: null, seats: {} } }))).rejects.toThrow();
  });
});

describe('moving the room to another level', () => {
  const next = (): typeof deck => ({
    ...deck,
    question: 'Which move?',
    cards: deck.cards.slice(0, 2).map((c) => ({ ...c, id: `n-${c.id}`, text: `Next ${c.text}` })),
  });

  test('the trainer moves the live room to the next level over HTTP: phones stay in their seats and see its first card', async () => {
    const { hello, host } = await openRoom();
    const p = await phone(hello.code, { team: 't2' });
    p.room.send('answer', { option: 'clear' });
    await until(() => view(host).answered === 1);
    const res = await fetch(`http://127.0.0.1:${port()}/live/deck`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ...create({ levelId: 'level-2', deck: next() }), code: hello.code, host: hello.host }),
    });
    expect(res.status).toBe(200);
    await until(() => view(p.room).cardId === 'n-c1');
    expect((p.room.state as { text: string }).text).toBe('Next Situation 1');
    expect(view(host).people).toBe(1);
    await until(() => p.lastYou().mine === null && p.lastYou().team === 't2');
  });

  test('without the host secret, or with a malformed deck, nothing moves', async () => {
    const { hello, host } = await openRoom();
    const post = (body: unknown) =>
      fetch(`http://127.0.0.1:${port()}/live/deck`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    expect((await post({ ...create({ levelId: 'level-2', deck: next() }), code: hello.code, host: 'z'.repeat(24) })).status).toBe(403);
    expect((await post({ code: hello.code, host: hello.host, deck: { cards: 'nope' } })).status).toBe(403);
    expect((await post({ ...create({ levelId: 'level-2', deck: next() }), code: 'ABCDEFGH', host: hello.host })).status).toBe(404);
    expect((await post({ nothing: true })).status).toBe(400);
    await settle();
    expect(view(host).cardId).toBe('c1');
  });
});
