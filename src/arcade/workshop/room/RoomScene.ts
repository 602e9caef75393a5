// The workshop room: every team answers the same card before the reveal (keys 1 to 8 or taps on the team buttons),
// then the room sees a bar per option, the accepted answer with its explanation, questions to discuss and the
// scores. The trainer reveals, skips, goes back one step, jumps to any card, pauses, adds time, blanks the screen
// and adds the room's own stories; a presenter's clicker works (Page Up, Page Down, B, full stop). The rules are
// in core/room; the words in ./present; this screen turns taps and keys into actions and draws.
import { ArcadeScene } from '../../../ui/ArcadeScene';
import { a11y } from '../../../ui/a11y';
import { MAX_ROOM_ITEMS, currentItem, startRoom, tryRoom, type RoomAction, type RoomState } from '../../../core/room';
import { resumeRoom } from '../../../core/roomResume';
import { svc } from '../../services';
import type { SessionTeam } from '../../../core/export';
import type { RoomDeck, RoomItem } from '../../../games/sdk/room';
import { goTo } from '../../flow';
import { WORKSHOP_SCENES } from '../keys';
import { R } from './strings';
import { teamsOf, workshopOf, type RoomData, type Workshop } from '../workshop';
import { forgetReveal, openNotes, readSavedRoom, recordReveal, saveRoom, sessionLevel } from './session';
import { drawRoom, type RoomHandlers, type StatusLine } from './draw';
import * as P from './present';
import { openDialog, showBlank, showCards, showHelp, showPause, showPlace, showStory } from './dialogs';
import { pagePanels, roomKey } from './paging';
import { audienceState, listen, openAudience, publish } from './audience';
import { WallCount, lookEveryQuarterSecond } from './clock';
import { followRoom } from './follow';
import { LiveControl } from './liveControl';
import { Keying } from './keying';

/** Seconds per card when the workshop's timer is on. */
export const CARD_SECONDS = 90;

export class RoomScene extends ArcadeScene {
  private d: RoomData | null = null;
  private deck: RoomDeck | null = null;
  private state: RoomState | null = null;
  private teams: SessionTeam[] = [];
  private keying = new Keying({
    state: () => this.state,
    teams: () => this.teams,
    deck: () => this.deck,
    act: (a) => this.act(a),
    rebuild: () => this.rebuild(),
  });
  private status: StatusLine | null = null;
  /** The card's clock, on wall time. */
  private count = new WallCount();
  /** The workshop this room is part of: the room screen opens only in one (workshop.ts startRoom, startCheckPoll). */
  private ws!: Workshop;
  /** Phones answering through the room server (none: the trainer keys answers in). */
  private live: LiveControl | null = null;
  /** The audience window's copy of the live room's join code and counts. */
  private audienceLive: P.RoomLive | undefined;

  constructor() {
    super(WORKSHOP_SCENES.room);
  }

  init(data: RoomData): void {
    this.d = data;
    this.ws = workshopOf(svc());
    this.keying.clear();
  }

  protected screenName(): string {
    return R('room.screen');
  }

  protected override initialFocus(): string {
    // On the projector a focus ring on an option would read as a hint: the audience's focus rests on the card.
    if (this.d?.audience) return 'card';
    const s = this.state;
    if (!s || s.phase === 'end') return 'finish';
    return s.phase === 'reveal' ? 'next' : `option-${this.firstOption()}`;
  }

  override create(): void {
    const d = this.d;
    if (!d) return;
    this.deck = d.room.deck(d.level, { second: this.ws.preset.second });
    this.teams = teamsOf(this.ws.preset);
    if (d.audience) return this.createAudience(d, d.audience.state);
    // A level's room (not a check's poll): the workshop's link follows it, so a reload returns here.
    if (!d.file.startsWith('check-')) this.ws.followLevel(d.level.id);
    const ids = { levelId: d.level.id, teams: this.teams.map((t) => t.id), items: this.deck.items.map((i) => i.id), storyOptions: P.storyOptions(this.deck) };
    const saved = readSavedRoom();
    const resumed = resumeRoom(saved, ids);
    this.state = resumed ?? startRoom({ ...ids, cardSeconds: this.ws.preset.timer ? CARD_SECONDS : null });
    // A room saved for this level that no longer fits (other teams, an edited level) starts afresh: said so.
    const setAside = !resumed && typeof saved === 'object' && saved !== null && (saved as { levelId?: unknown }).levelId === d.level.id;
    document.documentElement.classList.add('ws-room');
    this.onShutdown(() => {
      document.documentElement.classList.remove('ws-room');
      openDialog()?.close();
    });
    const onKey = (e: KeyboardEvent): void => this.onKey(e);
    window.addEventListener('keydown', onKey);
    this.onShutdown(() => window.removeEventListener('keydown', onKey));
    this.count.hold();
    this.onShutdown(lookEveryQuarterSecond(() => this.tick()));
    // An audience window asking for the room gets it at once; every change goes to it as it happens (act).
    this.onShutdown(listen((m) => m.type === 'hello' && this.publish()));
    this.onShutdown(() => publish({ type: 'left' }));
    // The server's room is the authority: taken when it differs (after a refusal, or with the phones' votes).
    this.live = new LiveControl({
      state: () => this.state,
      deck: this.deck,
      teams: this.teams,
      take: (room) => JSON.stringify(room) !== JSON.stringify(this.state) && (this.set(room), true),
      clock: (secs) => this.clockFromServer(secs),
      rules: () => P.rules({ deck: this.deck!, item: (id) => this.item(id), state: this.state! }),
      redraw: () => (this.publish(), this.rebuild()),
      recorded: () => {
        const id = this.state ? currentItem(this.state) : undefined;
        const item = id ? this.item(id) : undefined;
        if (item && this.state?.revealed.includes(item.id)) recordReveal(this.ws, this.d!, this.ctx(), item, this.live?.seats());
      },
    });
    this.live.resume(this.ws.preset.live);
    this.onShutdown(() => this.live?.detach());
    super.create();
    this.publish();
    // One message: live-region messages in the same moment replace each other.
    const first = resumed ? R('room.resumed') : setAside ? R('room.setAside') : '';
    a11y().announce(`${first} ${P.cardAnnouncement(this.ctx())}`.trim());
  }

  /** The audience window: the room as the trainer's window sends it, drawn without controls, redrawn on each change. */
  private createAudience(d: RoomData, state: RoomState): void {
    this.state = state;
    document.documentElement.classList.add('ws-room', 'ws-audience');
    this.onShutdown(() => document.documentElement.classList.remove('ws-room', 'ws-audience'));
    this.onShutdown(
      listen((m) => {
        if (m.type !== 'room' || !this.deck || !this.state) return;
        if (m.levelId !== d.level.id || m.gameId !== d.gameId) return void followRoom(this, m);
        const next = audienceState(
          this.state,
          m.state,
          { levelId: d.level.id, teams: this.teams.map((t) => t.id), items: this.deck.items.map((i) => i.id) },
          this.audienceLive,
          m.live,
        );
        if (!next) return;
        this.state = next.state;
        this.audienceLive = next.live;
        // The clock alone changed: the countdown is redrawn, not the screen.
        if (next.clockOnly) this.updateClock();
        else this.rebuild();
      }),
    );
    super.create();
    publish({ type: 'hello' });
  }

  /** Sends the room to an audience window (none open: it goes nowhere). */
  private publish(): void {
    const d = this.d;
    if (d && this.state && !d.audience)
      publish({ type: 'room', gameId: d.gameId, levelId: d.level.id, file: d.file, state: this.state, live: this.ctx().live });
  }

  private updateClock(): void {
    const line = P.statusLine(this.ctx());
    this.status?.text.setText(line);
    this.status?.clock?.setText(P.clockFace(this.state!));
    if (this.status) this.status.el.textContent = line;
  }

  private firstOption(): string {
    const id = this.state ? currentItem(this.state) : undefined;
    const item = id ? this.item(id) : undefined;
    return item?.options[0] ?? '';
  }

  // --- state ------------------------------------------------------------------------------------------------------

  private item(id: string): RoomItem | undefined {
    const d = this.d;
    const story = this.state?.stories.find((s) => s.id === id);
    if (story && d?.room.stories) return d.room.stories.item(d.level, story);
    return this.deck?.items.find((i) => i.id === id);
  }

  private ctx(): P.RoomContext {
    return {
      state: this.state!,
      deck: this.deck!,
      item: (id) => this.item(id),
      teams: this.teams,
      chosen: this.keying.chosen,
      picked: this.keying.picked,
      stories: Boolean(this.d?.room.stories),
      hidden: this.ws.preset.hide || Boolean(this.d?.audience),
      audienceWindow: !this.d?.audience && !this.layout.portrait && this.layout.w >= 900,
      live: this.d?.audience ? this.audienceLive : this.live?.view(this.state!, P.storyOptions(this.deck!)),
    };
  }

  /** Applies an action (and sends it to a live room's server); false (nothing changed) when the rules refuse it. */
  private act(a: RoomAction, redraw = true): boolean {
    if (!this.state || !this.deck || this.d?.audience) return false;
    const { state, refused } = tryRoom(this.state, P.rules(this.ctx()), P.storyOptions(this.deck), a);
    if (refused) return false;
    this.live?.send(a);
    this.set(state, redraw);
    return true;
  }

  /** The room as it now is: kept for a reload, sent to the audience window, drawn. */
  private set(state: RoomState, redraw = true): void {
    const before = this.state;
    this.state = state;
    saveRoom(state);
    this.publish();
    if (!before || state.index !== before.index || state.phase !== before.phase) {
      this.keying.clear();
      // A card opened (or opened again) starts its clock from now.
      this.count.hold();
    }
    if (redraw) this.rebuild();
  }

  /** A live room's clock is the server's. */
  private clockFromServer(secondsLeft: number | null): void {
    const s = this.state;
    if (!s || s.phase !== 'vote') return;
    this.set({ ...s, secondsLeft }, false);
    if (secondsLeft === 0 && s.secondsLeft !== 0) this.timeUp();
    else this.updateClock();
  }

  private timeUp(): void {
    this.rebuild();
    // Time-up is heard as well as seen: the room is not looking at the screen while it talks.
    svc().audio.timeUp();
    a11y().announce(R('room.timeUp'));
  }

  private tick(): void {
    const s = this.state;
    if (this.live?.on) return this.count.hold();
    if (!s || s.secondsLeft === null || s.secondsLeft === 0 || s.phase !== 'vote' || s.paused) return this.count.hold();
    const seconds = this.count.take();
    if (seconds === 0 || !this.act({ type: 'tick', seconds }, false)) return;
    if (this.state!.secondsLeft === 0) return this.timeUp();
    this.updateClock();
  }

  // --- the trainer's actions ---------------------------------------------------------------------------------------

  private reveal(): void {
    this.live?.flush();
    const s = this.state;
    const id = s ? currentItem(s) : undefined;
    if (!s || !id || s.phase !== 'vote' || s.paused) return;
    if (s.stories.some((x) => x.id === id)) {
      showPlace(
        this.deck!.options,
        (option, why) => this.revealWith({ type: 'reveal', accepted: option, why }),
        () => this.refocus(),
      );
      return;
    }
    this.revealWith({ type: 'reveal' });
  }

  private revealWith(a: RoomAction): void {
    if (!this.act(a)) return;
    const s = this.state!;
    const id = s.items[s.index]!;
    const item = this.item(id);
    if (!item) return;
    recordReveal(this.ws, this.d!, this.ctx(), item, this.live?.seats());
    this.dom?.focus('next');
    a11y().announce(P.revealAnnouncement(this.ctx(), item));
  }

  private step(a: 'next' | 'skip' | 'back'): void {
    const before = this.state;
    if (!this.act({ type: a })) return;
    // Back over a reveal: the card no longer counts, in the session record either, until it is revealed again.
    const id = before ? currentItem(before) : undefined;
    if (a === 'back' && before?.phase === 'reveal' && id) forgetReveal(this.ws, this.d!, this.deck!, id);
    this.afterMove();
  }

  private afterMove(): void {
    this.dom?.focus(this.initialFocus());
    a11y().announce(P.cardAnnouncement(this.ctx()));
  }

  private pause(): void {
    if (!this.act({ type: 'pause' })) return;
    showPause(() => {
      this.act({ type: 'resume' });
      this.refocus();
    });
  }

  private extend(): void {
    if (this.act({ type: 'extend' })) a11y().announce(P.timeLine(this.state!));
  }

  private story(): void {
    if (!this.d?.room.stories || !this.state) return;
    if (this.state.items.length >= MAX_ROOM_ITEMS) {
      a11y().announce(R('room.storyFull', { max: MAX_ROOM_ITEMS }));
      return;
    }
    showStory(
      (text) => {
        if (this.act({ type: 'story', id: `story-${Date.now().toString(36)}`, text })) this.afterMove();
      },
      () => this.refocus(),
    );
  }

  private cards(): void {
    if (!this.state) return;
    showCards(
      P.endItems(this.ctx()),
      this.state.index,
      (i) => this.act({ type: 'jump', index: i }) && this.afterMove(),
      () => this.refocus(),
    );
  }

  /** After a dialog: back where focus was (the dialog restores it), else the screen's first control. */
  private refocus(): void {
    if (!this.dom || openDialog()) return;
    const at = document.activeElement;
    if (!at || at === document.body || !at.isConnected) this.dom.focus(this.initialFocus());
  }

  private leave(): void {
    if (this.d?.audience) return;
    goTo(this, WORKSHOP_SCENES.setup);
  }

  private finish(): void {
    saveRoom(null);
    // After a poll the levels come next; after the levels, the export.
    goTo(this, WORKSHOP_SCENES.setup, { focus: this.deck?.unscored ? 'start' : 'export-csv' });
  }

  // --- keys --------------------------------------------------------------------------------------------------------

  private onKey(e: KeyboardEvent): void {
    if (!this.scene.isActive() || !this.state) return;
    const phase = this.state.phase;
    roomKey(e, phase, this.handlers(), {
      // The clicker's keys page through the reveal's text (and the end's) before they move on or back.
      page: (dir) => pagePanels(phase === 'end' ? ['summary'] : ['card', 'answers', 'detail'], dir),
      blank: () => showBlank(() => this.refocus()),
      help: () => showHelp(Boolean(this.d?.room.stories), () => this.refocus()),
    });
  }

  protected override onEscape(): void {
    const dlg = openDialog();
    if (dlg) dlg.close();
    else if (this.state?.phase !== 'end') this.pause();
  }

  private handlers(): RoomHandlers {
    return {
      choose: (o) => this.keying.choose(o),
      team: (n) => this.keying.team(n),
      reveal: () => this.reveal(),
      step: (a) => this.step(a),
      extend: () => this.extend(),
      pause: () => this.pause(),
      story: () => this.story(),
      cards: () => this.cards(),
      audience: () => openAudience(),
      live: () => this.live?.button(() => this.refocus()),
      notes: () => {
        const id = this.state ? currentItem(this.state) : undefined;
        const item = id ? this.item(id) : undefined;
        if (item && this.d) openNotes(this.ws, this.d, item, () => this.refocus());
      },
      finish: () => this.finish(),
      sessionLevel: (keep) => this.state && sessionLevel(this.d!, this.state, keep),
      jump: (i) => this.act({ type: 'jump', index: i }) && this.afterMove(),
    };
  }

  // --- drawing -----------------------------------------------------------------------------------------------------

  protected build(): void {
    if (!this.state || !this.deck) return;
    const k = { scene: this, dom: this.dom!, L: this.layout, audience: Boolean(this.d?.audience) };
    this.status = drawRoom(
      k,
      this.ctx(),
      this.handlers(),
      () => this.leave(),
      () => showHelp(Boolean(this.d?.room.stories), () => this.refocus()),
    );
  }
}
