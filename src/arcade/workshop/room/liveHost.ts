// The trainer's side of a live room: participants answer from their phones through the room server (server/, on the
// same address as this page under `npm run live`). The trainer's window opens the room with the deck in its own
// language, acts on it with the host secret, and keeps the record: the room and every seat, saved here as they come,
// so a reload returns to the room and a server restart opens it again from this record under the same code. The
// Colyseus client loads only when a live room is opened. Every message from the server is checked before use.
import type { Room as SdkRoom } from '@colyseus/sdk';
import type { RoomAction, RoomState } from '../../../core/room';
import { resumeRoom } from '../../../core/roomResume';
import type { Seat } from '../../../core/live';
import { LIVE_ROOM, hostHello, liveSeat, type HostCreate, type LiveDeck } from '../../../core/liveMessages';
import type { RoomDeck, RoomItem } from '../../../games/sdk/room';
import { getLang } from '../../../core/i18n';
import { LIVE_KEY, LIVE_SEATS_KEY, keep, kept } from '../keep';

/** After the server stops answering: try to open the room again this often. */
const REOPEN_MS = 3000;

export interface LiveHooks {
  /** The room as the server holds it (after a join, a trainer's action, or the clock). */
  room(room: RoomState): void;
  /** A phone joined, answered or changed team. */
  seat(): void;
  clock(secondsLeft: number | null): void;
  /** The link to the server was lost (true) or is back (false). */
  lost(lost: boolean): void;
  /** Another window of this trainer's now runs the room (this one lets go, and does not reconnect). */
  replaced(): void;
  /** The phones could not be moved to this screen's level (the room stays on the one before). */
  notMoved(): void;
}

interface Saved {
  code: string;
  host: string;
}

function readSaved(): Saved | null {
  try {
    const s = hostHello.safeParse(JSON.parse(kept(LIVE_KEY) ?? 'null'));
    return s.success ? s.data : null;
  } catch {
    return null;
  }
}

function readSeats(): Record<string, Seat> {
  try {
    const raw = JSON.parse(kept(LIVE_SEATS_KEY) ?? '{}') as Record<string, unknown>;
    const out: Record<string, Seat> = {};
    for (const [id, v] of Object.entries(raw ?? {})) {
      const s = liveSeat.safeParse(v);
      if (s.success && /^s\d{1,6}$/.test(id)) out[id] = s.data;
    }
    return out;
  } catch {
    return {};
  }
}

/** Whether this browser has a live room open (a reload returns to it). */
export function liveKept(): boolean {
  return readSaved() !== null;
}

/** What the phones are shown of the room's deck: its cards' words, options and answers, in the room's language. */
export function phoneDeck(deck: RoomDeck): LiveDeck {
  const lang = getLang();
  const card = (it: RoomItem) => ({
    id: it.id,
    text: it.text.slice(0, 2000),
    question: (it.question ?? '').slice(0, 400),
    options: deck.options
      .filter((o) => it.options.includes(o.id))
      .map((o) => ({
        id: o.id,
        label: o.label.slice(0, 120),
        mark: o.mark.slice(0, 8),
        ...(it.optionText?.[o.id] ? { text: it.optionText[o.id]!.slice(0, 600) } : {}),
      })),
    credit: { ...it.credit },
    accepted: it.accepted.map((a) => ({ option: a.option, credit: a.credit, why: a.why.slice(0, 1200) })),
    explanation: it.explanation.slice(0, 2000),
  });
  return {
    lang: lang === 'fr' || lang === 'es' ? lang : 'en',
    question: deck.question.slice(0, 400),
    unit: deck.unit ?? 'card',
    unscored: Boolean(deck.unscored),
    withhold: Boolean(deck.withhold),
    cards: deck.items.map(card),
    storyOptions: deck.options.map((o) => ({ id: o.id, label: o.label.slice(0, 120), mark: o.mark.slice(0, 8) })),
  };
}

/** The address a phone opens: the phone page beside this arcade, with the room's code. */
export function joinUrl(code: string, href = location.href): string {
  const url = new URL('./phone/', new URL('./', href));
  url.searchParams.set('code', code);
  return url.href;
}

export class LiveHost {
  code = '';
  seats: Record<string, Seat> = readSeats();
  /** Teams whose members answered or moved since the teams' votes were last worked out (the server works out only
   * those, so a trainer's keyed answer for another team stands in both). */
  changed = new Set<string>();
  private link: SdkRoom | null = null;
  private stopped = false;

  private constructor(
    private readonly open: HostCreate,
    private readonly ids: { levelId: string; teams: readonly string[]; items: readonly string[]; storyOptions: readonly string[] },
    private readonly hooks: LiveHooks,
    private current: () => RoomState,
  ) {}

  /** Opens a live room (or returns to the one this browser has open, or opens it again after a server restart). */
  static async start(open: HostCreate, ids: LiveHost['ids'], hooks: LiveHooks, current: () => RoomState): Promise<LiveHost> {
    const h = new LiveHost(open, ids, hooks, current);
    await h.connect();
    return h;
  }

  private async connect(): Promise<void> {
    const { Client } = await import('@colyseus/sdk');
    const client = new Client(location.origin);
    const saved = readSaved();
    let room: SdkRoom;
    if (saved) {
      const joined = await client.joinById(saved.code, { host: saved.host }).catch(() => null);
      if (joined) {
        this.wire(joined);
        // Back in the room this browser opened, perhaps on another level or a check's poll: the phones follow.
        // Tried twice (a server busy for a moment); then the trainer is told, not left guessing.
        await this.moveTo(saved)
          .catch(() => new Promise((r) => setTimeout(r, 1000)).then(() => this.moveTo(saved)))
          .catch(() => this.hooks.notMoved());
        return;
      }
      // The server no longer has it (a restart): opened again from this browser's record, under the same code.
      room = await client.create(LIVE_ROOM, { ...this.open, resume: { code: saved.code, host: saved.host, room: this.current(), seats: this.seats } });
    } else {
      keep(LIVE_SEATS_KEY, null);
      this.seats = {};
      // A one-time proof that this window opened the room: its first connection is the host, and no other.
      const nonce = Array.from(crypto.getRandomValues(new Uint8Array(18)), (b) => b.toString(16).padStart(2, '0')).join('');
      room = await client.create(LIVE_ROOM, { ...this.open, nonce });
    }
    this.wire(room);
  }

  /** Gives the open room this screen's deck (a no-op on the server when it is the level the room is on). */
  private async moveTo(saved: Saved): Promise<void> {
    const body = JSON.stringify({
      ...saved,
      levelId: this.open.levelId,
      teams: this.open.teams,
      cardSeconds: this.open.cardSeconds,
      deck: this.open.deck,
      room: this.current(),
    });
    const r = await fetch(new URL('./live/deck', location.origin), { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    if (!r.ok) throw new Error(`deck refused: ${r.status}`);
  }

  private wire(room: SdkRoom): void {
    this.link = room;
    room.onMessage('host', (raw: unknown) => {
      const m = hostHello.safeParse(raw);
      if (!m.success) return;
      this.code = m.data.code;
      keep(LIVE_KEY, JSON.stringify(m.data));
    });
    room.onMessage('record', (raw: unknown) => {
      const m = raw as { room?: unknown; seats?: Record<string, unknown> } | null;
      for (const [id, v] of Object.entries(m?.seats ?? {})) this.takeSeat(id, v);
      this.saveSeats();
      this.takeRoom(m?.room);
    });
    room.onMessage('seat', (raw: unknown) => {
      const m = raw as { id?: unknown; seat?: unknown } | null;
      if (typeof m?.id !== 'string') return;
      // A seat freed by the server (its phone left without answering).
      if (m.seat === null && Object.hasOwn(this.seats, m.id)) {
        const { [m.id]: gone, ...rest } = this.seats;
        this.changed.add(gone!.team);
        this.seats = rest;
        return this.hooks.seat();
      }
      if (this.takeSeat(m.id, m.seat)) this.hooks.seat();
    });
    room.onMessage('room', (raw: unknown) => this.takeRoom((raw as { room?: unknown } | null)?.room));
    room.onMessage('clock', (raw: unknown) => {
      const s = (raw as { secondsLeft?: unknown } | null)?.secondsLeft;
      if (s === null || (typeof s === 'number' && Number.isInteger(s) && s >= 0)) this.hooks.clock(s);
    });
    room.onMessage('replaced', () => {
      this.stopped = true;
      this.hooks.replaced();
    });
    room.onMessage('*', () => undefined);
    room.onDrop(() => this.hooks.lost(true));
    room.onReconnect(() => this.hooks.lost(false));
    room.onLeave(() => {
      this.link = null;
      if (!this.stopped) void this.reopen();
    });
  }

  /** The server went away (or restarted): try again until it answers, then carry on from this browser's record. */
  private async reopen(): Promise<void> {
    this.hooks.lost(true);
    while (!this.stopped && !this.link) {
      await new Promise((r) => setTimeout(r, REOPEN_MS));
      if (this.stopped) return;
      try {
        await this.connect();
        this.hooks.lost(false);
      } catch {
        // Still away: the next try.
      }
    }
  }

  private takeRoom(raw: unknown): void {
    const room = resumeRoom(raw, this.ids);
    if (room) this.hooks.room({ ...room, paused: (raw as { paused?: unknown }).paused === true });
  }

  private takeSeat(id: string, raw: unknown): boolean {
    const s = liveSeat.safeParse(raw);
    if (!s.success || !/^s\d{1,6}$/.test(id)) return false;
    const before = this.seats[id];
    if (before) this.changed.add(before.team);
    this.changed.add(s.data.team);
    this.seats = { ...this.seats, [id]: s.data };
    return true;
  }

  /** Keeps the seats for a reload or a restart (after a burst of answers, once: see liveControl's flush). */
  saveSeats(): void {
    keep(LIVE_SEATS_KEY, JSON.stringify(this.seats));
  }

  /** A trainer's action: the server applies it and sends the room back to every window. */
  send(a: RoomAction, on?: { index: number; phase: RoomState['phase'] }): void {
    this.link?.send('act', on ? { ...a, on } : a);
  }

  /** The trainer leaves the room screen: the room stays open on the server for the phones, and for a return. */
  detach(): void {
    this.stopped = true;
    void this.link?.leave(true);
  }

  /** Ends the live room for everyone; the session record keeps what was answered. */
  end(): void {
    this.stopped = true;
    this.link?.send('end');
    keep(LIVE_KEY, null);
    keep(LIVE_SEATS_KEY, null);
  }
}
