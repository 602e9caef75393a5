// The room screen's live room: the trainer opens it (or returns to it after a reload), manages it in a dialog (the
// join code, its QR code, ending it), and the phones' answers come in as seats: each team's vote is worked out from
// its members (core/live), counted on the screen without saying what, and redrawn at most a few times a second so a
// room of 300 phones answering at once does not stall the projector. The server's room replaces this window's own
// when they differ (the server is the authority; this window applies each action at once so the trainer sees it).
import * as z from 'zod/mini';
import { currentItem, ruleOf, type RoomAction, type RoomState } from '../../../core/room';
import { summarise, withSeatVotes, type Seat } from '../../../core/live';
import { CODE, showCode } from '../../../core/livePhone';
import { a11y } from '../../../ui/a11y';
import type { SessionTeam } from '../../../core/export';
import type { RoomDeck } from '../../../games/sdk/room';
import { R } from './strings';
import { button, dialog } from './dialogs';
import { LiveHost, joinUrl, liveKept, phoneDeck } from './liveHost';
import type { RoomLive } from './present';
import * as P from './present';

/** The screen is redrawn for the phones' answers at most this often (ms). */
const REDRAW_MS = 400;

export interface LiveScene {
  state(): RoomState | null;
  deck: RoomDeck;
  teams: SessionTeam[];
  /** The room as it now is (from the server, or with the phones' votes): kept, sent to the audience, redrawn; false
   * when it is the room already on screen. */
  take(room: RoomState): boolean;
  clock(secondsLeft: number | null): void;
  rules(): ReturnType<typeof P.rules>;
  /** Sent to the audience window and drawn again (the phones' counts changed). */
  redraw(): void;
  /** The card on screen, revealed by the server: recorded again in the session with the server's votes and every
   * phone's answer (a record replaces the card's earlier one). */
  recorded(): void;
}

export class LiveControl {
  private host: LiveHost | null = null;
  private opening = false;
  /** The link to the room server is down (said on the screen until it is back). */
  private lost = false;
  private pending: ReturnType<typeof setTimeout> | null = null;

  constructor(private readonly s: LiveScene) {}

  get on(): boolean {
    return this.host !== null && this.host.code !== '';
  }

  /** After a reload: back into the live room this browser has open; or, when the workshop asks for phones (its
   * `live` setting), a live room opened at once (no room server: said so, as when the trainer opens one). */
  resume(wanted = false): void {
    if (liveKept()) void this.open(false);
    else if (wanted) void this.open(true);
  }

  /** The Live room button: opens it, or shows how to join and the way to end it. */
  button(onClose: () => void): void {
    if (this.on) return this.manage(onClose);
    dialog(
      'live',
      R('room.live'),
      (box, close) => {
        const p = (text: string): void => void box.append(Object.assign(document.createElement('p'), { textContent: text }));
        p(R('room.liveIntro'));
        p(R('room.liveNeedsServer'));
        // Opened on the laptop's loopback address, the join code would send phones to themselves.
        if (/^(127\.|localhost$|\[::1\]$)/.test(location.hostname)) p(R('room.liveLoopback', { host: location.host }));
        const row = document.createElement('div');
        row.className = 'room-row';
        row.append(
          button(
            R('room.liveOpen'),
            'live-open',
            () => {
              close();
              void this.open(true);
            },
            true,
          ),
          button(R('room.close'), 'live-close', close),
        );
        box.append(row);
      },
      onClose,
    );
  }

  private manage(onClose: () => void): void {
    const host = this.host!;
    dialog(
      'live',
      R('room.liveOn', { code: showCode(host.code) }),
      (box, close) => {
        const url = joinUrl(host.code);
        const link = document.createElement('p');
        link.className = 'room-join-code';
        link.textContent = url;
        const ask = document.createElement('p');
        ask.textContent = R('room.liveEndAsk');
        const row = document.createElement('div');
        row.className = 'room-row';
        row.append(
          button(R('room.close'), 'live-close', close, true),
          button(R('room.liveEnd'), 'live-end', () => {
            close();
            this.end();
          }),
        );
        box.append(link, ask, row);
      },
      onClose,
    );
  }

  private async open(asked: boolean): Promise<void> {
    const state = this.s.state();
    if (!state || this.opening || this.host) return;
    this.opening = true;
    if (asked) a11y().announce(R('room.liveOpening'));
    const deck = this.s.deck;
    try {
      this.host = await LiveHost.start(
        {
          levelId: state.levelId,
          teams: this.s.teams.map((t) => ({ id: t.id, name: t.name.slice(0, 64) })),
          cardSeconds: state.cardSeconds,
          deck: phoneDeck(deck),
        },
        { levelId: state.levelId, teams: this.s.teams.map((t) => t.id), items: deck.items.map((i) => i.id), storyOptions: P.storyOptions(deck) },
        {
          room: (room) => {
            this.flush();
            this.s.take(room);
            if (room.phase === 'reveal') this.s.recorded();
          },
          seat: () => this.seatsChanged(),
          clock: (secs) => this.s.clock(secs),
          notMoved: () => a11y().announce(R('room.liveNotMoved'), true),
          replaced: () => {
            this.host = null;
            a11y().announce(R('room.liveReplaced'));
            this.s.redraw();
          },
          lost: (lost) => {
            this.lost = lost;
            a11y().announce(R(lost ? 'room.liveLost' : 'room.liveBack'));
            this.s.redraw();
          },
        },
        () => this.s.state() ?? state,
      );
      await this.untilCode();
      a11y().announce(R('room.liveOpened', { code: showCode(this.host.code) }));
      this.s.redraw();
    } catch {
      this.host = null;
      a11y().announce(R('room.liveFailed'));
      if (asked)
        dialog(
          'live',
          R('room.live'),
          (box, close) =>
            box.append(Object.assign(document.createElement('p'), { textContent: R('room.liveFailed') }), button(R('room.close'), 'live-close', close, true)),
          () => undefined,
        );
    } finally {
      this.opening = false;
    }
  }

  /** The code comes in the server's first message. */
  private async untilCode(): Promise<void> {
    for (let i = 0; i < 100 && this.host && !this.host.code; i++) await new Promise((r) => setTimeout(r, 50));
    if (!this.host?.code) throw new Error('no code');
  }

  /** A trainer's action, for the server too (the clock is the server's own). */
  send(a: RoomAction): void {
    // With where the room was when the trainer acted (before this window applies it), so a replay lands nowhere else.
    const s = this.s.state();
    if (a.type !== 'tick') this.host?.send(a, s ? { index: s.index, phase: s.phase } : undefined);
  }

  private seatsChanged(): void {
    if (!this.pending) this.pending = setTimeout(() => this.flush(), REDRAW_MS);
  }

  /** The phones' latest answers into the teams' votes now (before a reveal: the record holds every answer given). */
  flush(): void {
    if (this.pending) clearTimeout(this.pending);
    this.pending = null;
    if (!this.host) return;
    this.host.saveSeats();
    const teams = [...this.host.changed];
    this.host.changed.clear();
    const state = this.s.state();
    const id = state ? currentItem(state) : undefined;
    if (!state || !id || state.phase !== 'vote') return this.s.redraw();
    if (!this.s.take(withSeatVotes({ room: state, seats: this.host.seats }, id, teams))) this.s.redraw();
  }

  /** What the screen shows of the live room for the card on screen (none: not live). */
  view(state: RoomState, storyOptions: readonly string[]): RoomLive | undefined {
    if (!this.on) return undefined;
    const id = currentItem(state) ?? '';
    const rule = ruleOf(state, this.s.rules(), storyOptions, id);
    return {
      code: this.host!.code,
      url: joinUrl(this.host!.code),
      summary: summarise({ room: state, seats: this.host!.seats }, rule, id),
      ...(this.lost ? { lost: true } : {}),
    };
  }

  /** Every phone's seat with its answers (none: not live). */
  seats(): Record<string, Seat> | undefined {
    return this.on ? this.host!.seats : undefined;
  }

  /** The trainer leaves the screen: the room stays open for the phones and for coming back. */
  detach(): void {
    if (this.pending) clearTimeout(this.pending);
    this.host?.detach();
    this.host = null;
  }

  end(): void {
    this.host?.end();
    this.host = null;
    a11y().announce(R('room.liveEnded'));
    this.s.redraw();
  }
}

const count = z.number().check(z.int(), z.minimum(0), z.maximum(100_000));
const liveView = z.object({
  lost: z.optional(z.boolean()),
  code: z.string().check(z.regex(CODE)),
  url: z.string().check(z.maxLength(600), z.regex(/^https?:\/\//)),
  summary: z.object({
    people: count,
    answered: count,
    teams: z.record(z.string().check(z.maxLength(64)), z.object({ members: count, answered: count })),
    tally: z.record(z.string().check(z.maxLength(64)), count),
    ties: z.record(z.string().check(z.maxLength(64)), z.array(z.string().check(z.maxLength(64))).check(z.maxLength(12))),
  }),
});

/** A live room as the trainer's window sends it to the audience window, checked (none or malformed: not live). */
export function readLiveView(raw: unknown): RoomLive | undefined {
  const r = liveView.safeParse(raw);
  return r.success ? r.data : undefined;
}
