// A live room on the server: the authority for the workshop room's rules (src/core/room, src/core/live), with every
// participant's phone answering. The trainer's window opens it with the deck and teams (or opens it again after a
// restart with its record) and alone may act on it: it proves it with the host secret it was given. Every message
// is checked with the shared schemas (src/core/liveMessages) and a refused one changes nothing. The room keeps
// nothing after it closes: it lives in this process's memory only.
import { createHash, randomBytes, scrypt } from 'node:crypto';
import { ArraySchema } from '@colyseus/schema';
import { CloseCode, Room, matchMaker, type Client } from '@colyseus/core';
import { currentItem, ruleOf, startRoom, type RoomRule, type RoomState } from '../src/core/room';
import { resumeRoom } from '../src/core/roomResume';
import {
  answerLive,
  actLive,
  answeredPeople,
  joinSeat,
  majority,
  moveSeat,
  peopleTally,
  placeSeat,
  withinRate,
  LIVE_MAX_NICK,
  LIVE_MAX_PEOPLE,
  type LiveState,
} from '../src/core/live';
import { isInvalid } from '../src/core/round';
import { tidyNickname } from '../src/core/nickname';
import {
  CODE_ALPHABET,
  actOn,
  hostCreate,
  hostDeck,
  hostJoin,
  phoneAnswer,
  phoneJoin,
  roomAction,
  type HostCreate,
  type LiveDeck,
} from '../src/core/liveMessages';
import * as z from 'zod/mini';
import { AcceptedView, BarView, LiveView, OptionView, TeamView } from './publicState';

/** How long a sleeping phone's or the trainer's connection is held for it to come back (seconds). */
const PHONE_RECONNECT_SECONDS = 600;
const HOST_RECONNECT_SECONDS = 1800;
/** A room whose trainer has gone (and not come back) closes after this long: phones left open keep nothing alive. */
const HOST_ABSENT_MS = 2 * 60 * 60 * 1000;
/** The clock is looked at four times a second, on wall time. */
const CLOCK_MS = 250;

export const secret = (): string => randomBytes(18).toString('base64url');
export const hash = (s: string): string => createHash('sha256').update(s).digest('hex');
/** A room's join code comes from its host secret: a room opened again after a restart keeps its code, and nobody
 * without the secret can open a room under a code they read off the projector. The code is short (about 40 bits),
 * so it comes through scrypt (32 MB and tens of milliseconds a try): searching for a secret that gives a known code
 * is out of reach, where a plain hash would take minutes on a graphics card. */
export async function codeOf(hostSecret: string): Promise<string> {
  const bytes = await new Promise<Buffer>((resolve, reject) =>
    scrypt(hostSecret, 'learning-arcade/live-code', 8, { N: 2 ** 15, r: 8, p: 1, maxmem: 64 * 1024 * 1024 }, (e, key) => (e ? reject(e) : resolve(key))),
  );
  return Array.from(bytes, (b) => CODE_ALPHABET[b % CODE_ALPHABET.length]).join('');
}

type Refusal = 'slow' | 'closed' | 'unknownOption' | 'paused' | 'notVoting';

export class LiveRoom extends Room<{ state: LiveView }> {
  // The phones, the trainer's window, and one more for a trainer's reload while the old connection is held.
  // Sockets, not seats (a reload holds its old connection while the new one joins): the seats are limited by the
  // room's own rule (core/live joinSeat), so a full room of held connections never locks the trainer out.
  override maxClients = LIVE_MAX_PEOPLE * 2 + 10;
  // Far above what a person taps; a client sending more is dropped by Colyseus.
  override maxMessagesPerSecond = 20;

  private live!: LiveState;
  private deck!: LiveDeck;
  private rules: RoomRule[] = [];
  private storyOptions: string[] = [];
  private teamNames = new Map<string, string>();
  private hostKey = '';
  /** The trainer's secret, handed to the first client (the one that opened the room) and to no one else. */
  private hostSecret = '';
  /** The window that opened the room proves it with a one-time nonce (or its host secret, reopening): a phone that
   * joins between the room's creation and the trainer's first connection gets no host role. */
  private creatorProof = '';
  private host: Client | null = null;
  private absent: { clear(): void } | null = null;
  private seatOf = new Map<string, string>();
  private seatByKey = new Map<string, string>();
  private answerTimes = new Map<string, number[]>();
  /** The clock's last look, on a monotonic clock: a system clock set back or forward never jumps the countdown. */
  private lastLook = performance.now();
  private carry = 0;
  private seatCount = 0;

  override async onCreate(options: unknown): Promise<void> {
    const o = hostCreate.parse(options);
    this.hostSecret = o.resume?.host ?? secret();
    const code = await codeOf(this.hostSecret);
    if (o.resume && code !== o.resume.code) throw new Error('not this room');
    // Opened again after a restart: only while no room holds the code (a second process, or a double click).
    if ((await matchMaker.query({ roomId: code })).length > 0) throw new Error('room already open');
    const room = this.useDeck(o, o.resume?.room);
    let live: LiveState = { room, seats: {} };
    // A seat whose team is gone is placed in another (never dropped: its id stays its own).
    for (const [id, seat] of Object.entries(o.resume?.seats ?? {})) {
      const team = room.teams.includes(seat.team) ? seat.team : (placeSeat(live) ?? room.teams[0]!);
      live = { room, seats: { ...live.seats, [id]: { ...seat, team } } };
    }
    this.live = live;
    for (const [id, seat] of Object.entries(live.seats)) this.seatByKey.set(seat.key, id);
    // New seats are numbered after the highest kept one: a resumed record may have gaps.
    this.seatCount = Math.max(0, ...Object.keys(live.seats).map((id) => Number(id.slice(1)) || 0));
    this.hostKey = hash(this.hostSecret);
    this.creatorProof = hash(o.nonce ?? o.resume?.host ?? secret());
    this.roomId = code;
    // Found by its code only: never by its name (join or joinOrCreate 'live' would seat anyone in it).
    await this.setPrivate(true);
    const view = new LiveView();
    view.code = this.roomId;
    this.setState(view);
    this.showDeck(o);

    this.onMessage('answer', (client, raw) => this.onAnswer(client, raw));
    this.onMessage('team', (client, raw) => this.onTeam(client, raw));
    this.onMessage('act', (client, raw) => this.onAct(client, raw));
    this.onMessage('end', (client) => client === this.host && void this.disconnect());
    // Anything else is ignored: a stray or hostile message changes nothing.
    this.onMessage('*', () => undefined);
    this.clock.setInterval(() => this.look(), CLOCK_MS);
  }

  /** The deck's rules and words, and the room on it (the one given, when it fits the deck, else a fresh start). */
  private useDeck(o: Pick<HostCreate, 'levelId' | 'teams' | 'cardSeconds' | 'deck'>, given: unknown): RoomState {
    this.deck = o.deck;
    this.rules = o.deck.cards.map((c) => ({ id: c.id, options: c.options.map((x) => x.id), credit: c.credit }));
    this.storyOptions = o.deck.storyOptions.map((x) => x.id);
    this.teamNames = new Map(o.teams.map((t) => [t.id, t.name]));
    const ids = { levelId: o.levelId, teams: o.teams.map((t) => t.id), items: o.deck.cards.map((c) => c.id), storyOptions: this.storyOptions };
    return resumeRoom(given, ids) ?? startRoom({ ...ids, cardSeconds: o.cardSeconds });
  }

  private showDeck(o: Pick<HostCreate, 'teams' | 'deck'>): void {
    this.state.lang = o.deck.lang;
    this.state.unit = o.deck.unit;
    this.state.teams = new ArraySchema(...o.teams.map((t) => new TeamView({ id: t.id, name: t.name, members: 0 })));
    this.sync(true);
  }

  /** The trainer moved to another level (or a check's poll): the phones stay in their seats, and follow. Called from
   * the HTTP route (server/app.ts), on whichever process holds the room; false when the secret is not the host's. */
  setDeck(raw: unknown): boolean {
    const o = hostDeck.safeParse(raw);
    if (!o.success || hash(o.data.host) !== this.hostKey) return false;
    const before = this.live.room;
    const fresh = this.useDeck(o.data, o.data.room);
    // The same level again (the trainer's window came back to it): the room as the server holds it goes on.
    const same =
      fresh.levelId === before.levelId && fresh.teams.join() === before.teams.join() && before.items.slice(0, fresh.items.length).join() === fresh.items.join();
    const room = same ? before : fresh;
    const seats: LiveState['seats'] = {};
    let live: LiveState = { room, seats };
    // Each phone keeps its team where the teams are the same; otherwise it is placed again.
    for (const [id, seat] of Object.entries(this.live.seats)) {
      const team = room.teams.includes(seat.team) ? seat.team : (placeSeat(live) ?? room.teams[0]!);
      // Another level (or the same one from its start): last time's answers are not this time's.
      live = { room, seats: { ...live.seats, [id]: { ...seat, team, answers: same ? seat.answers : {} } } };
    }
    this.live = live;
    this.restartClock();
    this.showDeck(o.data);
    this.toHost();
    for (const c of this.clients) if (c !== this.host) this.toPhone(c, null);
    return true;
  }

  override onJoin(client: Client, options: unknown): void {
    const made = hostCreate.safeParse(options);
    const creating = this.creatorProof !== '' && made.success && hash(made.data.nonce ?? made.data.resume?.host ?? '') === this.creatorProof;
    if (creating) this.creatorProof = '';
    const asHost = hostJoin.safeParse(options);
    if (creating || (asHost.success && hash(asHost.data.host) === this.hostKey)) {
      // Another window of the trainer's (a second tab) takes over: the one before is told, and let go.
      const before = this.host;
      if (before && before !== client) {
        try {
          before.send('replaced', {});
          before.leave(CloseCode.CONSENTED);
        } catch {
          // Its connection was already gone (a reload): nothing to tell.
        }
      }
      this.host = client;
      this.absent?.clear();
      this.state.hostHere = true;
      client.send('host', { code: this.roomId, host: this.hostSecret });
      this.toHost();
      return;
    }
    if (asHost.success || made.success) throw new Error('not the host');
    const p = phoneJoin.safeParse(options ?? {});
    if (!p.success) throw new Error('malformed join');
    const mine = p.data.seat ? this.seatByKey.get(hash(p.data.seat)) : undefined;
    if (mine) {
      this.seatOf.set(client.sessionId, mine);
      return this.toPhone(client, p.data.seat!);
    }
    const seatSecret = secret();
    const seatId = `s${++this.seatCount}`;
    const nick = [...tidyNickname(p.data.nick ?? '')].slice(0, LIVE_MAX_NICK).join('');
    const r = joinSeat(this.live, seatId, { key: hash(seatSecret), team: p.data.team, nick });
    if (isInvalid(r)) throw new Error('room full');
    this.live = r as LiveState;
    this.seatByKey.set(hash(seatSecret), seatId);
    this.seatOf.set(client.sessionId, seatId);
    this.changed(seatId);
    this.toPhone(client, seatSecret);
  }

  override async onDrop(client: Client): Promise<void> {
    if (client === this.host) this.state.hostHere = false;
    try {
      await this.allowReconnection(client, client === this.host ? HOST_RECONNECT_SECONDS : PHONE_RECONNECT_SECONDS);
    } catch {
      // Not back in time: onLeave follows.
    }
  }

  override onReconnect(client: Client): void {
    if (client.sessionId === this.host?.sessionId) {
      this.host = client;
      this.absent?.clear();
      this.state.hostHere = true;
      this.toHost();
    } else this.toPhone(client, null);
  }

  override onLeave(client: Client): void {
    // The seat stays when it has answered (its answers count, and the phone may come back to it with its secret); a
    // seat that never answered is freed, so joining and leaving cannot fill the room.
    const seatId = this.seatOf.get(client.sessionId);
    this.seatOf.delete(client.sessionId);
    const seat = seatId ? this.live.seats[seatId] : undefined;
    if (seatId && seat && Object.keys(seat.answers).length === 0 && ![...this.seatOf.values()].includes(seatId)) {
      const { [seatId]: _gone, ...seats } = this.live.seats;
      this.live = { ...this.live, seats };
      this.seatByKey.delete(seat.key);
      this.answerTimes.delete(seatId);
      this.sync(false);
      this.host?.send('seat', { id: seatId, seat: null });
    }
    if (client === this.host) {
      this.host = null;
      this.state.hostHere = false;
      this.absent = this.clock.setTimeout(() => void this.disconnect(), HOST_ABSENT_MS);
    }
  }

  // --- messages ----------------------------------------------------------------------------------------------------

  private onAnswer(client: Client, raw: unknown): void {
    const seatId = this.seatOf.get(client.sessionId);
    const m = phoneAnswer.safeParse(raw);
    if (!seatId || !m.success) return;
    const now = Date.now();
    const times = this.answerTimes.get(seatId) ?? [];
    if (!withinRate(times, now)) return this.refuse(client, 'slow');
    this.answerTimes.set(seatId, [...times.filter((t) => now - t < 60_000), now]);
    const r = answerLive(this.live, this.rules, this.storyOptions, seatId, m.data.option, now);
    if (isInvalid(r)) {
      const reason = (r as { code: string }).code;
      return this.refuse(client, reason === 'paused' || reason === 'unknownOption' ? reason : 'notVoting');
    }
    this.live = r as LiveState;
    this.changed(seatId);
    this.toPhone(client, null);
  }

  private onTeam(client: Client, raw: unknown): void {
    const seatId = this.seatOf.get(client.sessionId);
    const m = z.object({ team: z.string().check(z.maxLength(64)) }).safeParse(raw);
    if (!seatId || !m.success) return;
    // A move counts against the same limit as an answer (it can change two teams' answers).
    const now = Date.now();
    const times = this.answerTimes.get(seatId) ?? [];
    if (!withinRate(times, now)) return this.refuse(client, 'slow');
    this.answerTimes.set(seatId, [...times.filter((t) => now - t < 60_000), now]);
    const before = this.live.room.votes;
    const r = moveSeat(this.live, seatId, m.data.team);
    if (isInvalid(r)) return;
    this.live = r as LiveState;
    this.changed(seatId);
    // The teams' answers changed with the move: the trainer's window takes the room as it now is.
    if (this.live.room.votes !== before) this.host?.send('room', { room: this.live.room });
    this.toPhone(client, null);
  }

  private onAct(client: Client, raw: unknown): void {
    if (client !== this.host) return;
    const a = roomAction.safeParse(raw);
    // Refused: the trainer's window (which applied the action itself first) takes the room back as it is.
    if (!a.success) return client.send('room', { room: this.live.room, refused: 'malformed' });
    const before = this.live.room;
    // Made on the card the trainer saw: an action queued while the link was down, replayed on another card, is not
    // applied there (Next twice would skip a card).
    const on = actOn.safeParse(raw);
    if (on.success && on.data.on && (on.data.on.index !== before.index || on.data.on.phase !== before.phase))
      return client.send('room', { room: this.live.room, refused: 'stale' });
    const r = actLive(this.live, this.rules, this.storyOptions, a.data);
    if (isInvalid(r)) return client.send('room', { room: this.live.room, refused: (r as { code: string }).code });
    this.live = r as LiveState;
    if (r.room.index !== before.index || r.room.phase !== before.phase) this.restartClock();
    this.changed(null);
    // Each phone hears its own answer to the card now on screen (a new card: none yet).
    for (const c of this.clients) if (c !== this.host) this.toPhone(c, null);
  }

  private refuse(client: Client, reason: Refusal): void {
    this.toPhone(client, null, reason);
  }

  // --- the clock ---------------------------------------------------------------------------------------------------

  private restartClock(): void {
    this.lastLook = performance.now();
    this.carry = 0;
  }

  private look(): void {
    const now = performance.now();
    const s = this.live.room;
    const running = s.secondsLeft !== null && s.secondsLeft > 0 && s.phase === 'vote' && !s.paused;
    const ms = now - this.lastLook + this.carry;
    this.lastLook = now;
    if (!running) return void (this.carry = 0);
    const seconds = Math.floor(ms / 1000);
    this.carry = ms - seconds * 1000;
    if (seconds === 0) return;
    const r = actLive(this.live, this.rules, this.storyOptions, { type: 'tick', seconds });
    if (isInvalid(r)) return;
    this.live = r as LiveState;
    this.state.secondsLeft = r.room.secondsLeft ?? -1;
    this.host?.send('clock', { secondsLeft: r.room.secondsLeft });
  }

  // --- what each one is told ---------------------------------------------------------------------------------------

  /** After a change: the public view, and the trainer's window its record (the room, and the seat that changed). */
  private changed(seatId: string | null): void {
    this.sync(false);
    if (!this.host) return;
    if (seatId) this.host.send('seat', { id: seatId, seat: this.live.seats[seatId] });
    else this.host.send('room', { room: this.live.room });
  }

  private toHost(): void {
    this.host?.send('record', { room: this.live.room, seats: this.live.seats });
  }

  /** A phone's own: its seat's secret (on a join, to keep), its team and its answer to the card on screen. */
  private toPhone(client: Client, seatSecret: string | null, refused?: Refusal): void {
    const seatId = this.seatOf.get(client.sessionId);
    const seat = seatId ? this.live.seats[seatId] : undefined;
    if (!seat) return void client.leave(CloseCode.WITH_ERROR);
    const item = currentItem(this.live.room);
    client.send('you', {
      seat: seatSecret ?? '',
      team: seat.team,
      teamName: this.teamNames.get(seat.team) ?? seat.team,
      mine: (item && seat.answers[item]?.option) ?? null,
      ...(refused ? { refused } : {}),
    });
  }

  private sync(force: boolean): void {
    const s = this.live.room;
    const v = this.state;
    const item = currentItem(s);
    v.phase = s.phase;
    v.index = s.index;
    v.total = s.items.length;
    v.paused = s.paused;
    v.secondsLeft = s.secondsLeft ?? -1;
    const counts = answeredPeople(this.live, item ?? '');
    v.people = counts.people;
    v.answered = counts.answered;
    for (const tv of v.teams) tv.members = Object.values(this.live.seats).filter((x) => x.team === tv.id).length;
    if (force || v.cardId !== (item ?? '')) this.showCard(item);
    this.showReveal(item);
  }

  private showCard(item: string | undefined): void {
    const v = this.state;
    v.cardId = item ?? '';
    const card = this.deck.cards.find((c) => c.id === item);
    const story = this.live.room.stories.find((x) => x.id === item);
    v.text = card?.text ?? story?.text ?? '';
    v.question = card?.question || this.deck.question;
    const opts = card ? card.options : story ? this.deck.storyOptions : [];
    v.options = new ArraySchema(...opts.map((o) => new OptionView({ id: o.id, label: o.label, mark: o.mark, text: o.text ?? '' })));
  }

  private showReveal(item: string | undefined): void {
    const v = this.state;
    const s = this.live.room;
    if (s.phase !== 'reveal' || !item) {
      if (v.bars.length) v.bars = new ArraySchema();
      if (v.accepted.length) v.accepted = new ArraySchema();
      v.explanation = '';
      return;
    }
    const rule = ruleOf(s, this.rules, this.storyOptions, item);
    if (!rule) return;
    const people = peopleTally(this.live, rule, item);
    const teamOf = new Map<string, { option: string; tied: string[] }>();
    for (const team of s.teams) {
      const m = majority(
        Object.values(this.live.seats)
          .filter((x) => x.team === team && x.answers[item])
          .map((x) => x.answers[item]!),
      );
      const keyed = s.votes[item]?.[team];
      if (m) teamOf.set(team, { option: m.vote.option, tied: m.tied });
      else if (keyed) teamOf.set(team, { option: keyed.option, tied: [] });
    }
    const bars = rule.options.map((option) => {
      const teams = [...teamOf.values()];
      return new BarView({
        option,
        people: people[option] ?? 0,
        teams: teams.filter((x) => x.tied.length === 0 && x.option === option).length,
        tiedTeams: teams.filter((x) => x.tied.includes(option)).length,
      });
    });
    v.bars = new ArraySchema(...bars);
    const card = this.deck.cards.find((c) => c.id === item);
    const story = s.stories.find((x) => x.id === item);
    if (this.deck.withhold) v.accepted = new ArraySchema();
    else if (card) v.accepted = new ArraySchema(...card.accepted.map((a) => new AcceptedView(a)));
    else if (story?.accepted) v.accepted = new ArraySchema(new AcceptedView({ option: story.accepted, credit: 1, why: story.why }));
    v.explanation = this.deck.withhold ? '' : (card?.explanation ?? '');
  }
}
