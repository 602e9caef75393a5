// The workshop room: every team answers the same card before the reveal (keys 1 to 8 or taps on the team buttons),
// then the room sees a bar per option, the accepted answer with its explanation, questions to discuss and the
// scores. The trainer reveals, skips, goes back one step, jumps to any card, pauses, adds time, blanks the screen
// and adds the room's own stories; a presenter's clicker works (Page Up, Page Down, B, full stop). The rules are
// in core/room; the words in ./present; this screen turns taps and keys into actions and draws.
import { ArcadeScene } from '../../../ui/ArcadeScene';
import { addHeader } from '../../../ui/widgets';
import { a11y } from '../../../ui/a11y';
import { MAX_ROOM_ITEMS, currentItem, startRoom, tryRoom, type RoomAction, type RoomState } from '../../../core/room';
import { resumeRoom } from '../../../core/roomResume';
import { svc } from '../../services';
import type { SessionTeam } from '../../../core/export';
import type { RoomDeck, RoomItem } from '../../../games/sdk/room';
import { goTo } from '../../flow';
import { WORKSHOP_SCENES } from '../keys';
import { R } from './strings';
import { followLevel, teamsOf, workshop, type RoomData } from '../workshop';
import { forgetReveal, readSavedRoom, recordReveal, saveRoom, sessionLevel } from './session';
import { drawEnd, drawReveal, drawVote, type RoomHandlers, type StatusLine } from './draw';
import * as P from './present';
import { openDialog, showBlank, showCards, showHelp, showPause, showPlace, showStory } from './dialogs';
import { markMore, pagePanels, roomKey } from './paging';
import { audienceState, listen, openAudience, publish } from './audience';
import { WallCount, lookEveryQuarterSecond } from './clock';
import { followRoom } from './follow';

/** Seconds per card when the workshop's timer is on. */
export const CARD_SECONDS = 90;

export class RoomScene extends ArcadeScene {
  private d: RoomData | null = null;
  private deck: RoomDeck | null = null;
  private state: RoomState | null = null;
  private teams: SessionTeam[] = [];
  private chosen: string | null = null;
  private picked: string | null = null;
  private status: StatusLine | null = null;
  /** The card's clock, on wall time. */
  private count = new WallCount();

  constructor() {
    super(WORKSHOP_SCENES.room);
  }

  init(data: RoomData): void {
    this.d = data;
    this.chosen = null;
    this.picked = null;
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
    this.deck = d.room.deck(d.level, { second: workshop().preset.second });
    if (d.audience) return this.createAudience(d, d.audience.state);
    // A level's room (not a check's poll): the workshop's link follows it, so a reload returns here.
    if (!d.file.startsWith('check-')) followLevel(d.level.id);
    this.teams = teamsOf(workshop().preset);
    const ids = { levelId: d.level.id, teams: this.teams.map((t) => t.id), items: this.deck.items.map((i) => i.id), storyOptions: P.storyOptions(this.deck) };
    const saved = readSavedRoom();
    const resumed = resumeRoom(saved, ids);
    this.state = resumed ?? startRoom({ ...ids, cardSeconds: workshop().preset.timer ? CARD_SECONDS : null });
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
    super.create();
    this.publish();
    // One message: live-region messages in the same moment replace each other.
    const first = resumed ? R('room.resumed') : setAside ? R('room.setAside') : '';
    a11y().announce(`${first} ${P.cardAnnouncement(this.ctx())}`.trim());
  }

  /** The audience window: the room as the trainer's window sends it, drawn without controls, redrawn on each change. */
  private createAudience(d: RoomData, state: RoomState): void {
    this.teams = teamsOf(workshop().preset);
    this.state = state;
    document.documentElement.classList.add('ws-room', 'ws-audience');
    this.onShutdown(() => document.documentElement.classList.remove('ws-room', 'ws-audience'));
    this.onShutdown(
      listen((m) => {
        if (m.type !== 'room' || !this.deck || !this.state) return;
        if (m.levelId !== d.level.id || m.gameId !== d.gameId) return void followRoom(this, m);
        const next = audienceState(this.state, m.state, { levelId: d.level.id, teams: this.teams.map((t) => t.id), items: this.deck.items.map((i) => i.id) });
        if (!next) return;
        this.state = next.state;
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
    if (d && this.state && !d.audience) publish({ type: 'room', gameId: d.gameId, levelId: d.level.id, file: d.file, state: this.state });
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
      chosen: this.chosen,
      picked: this.picked,
      stories: Boolean(this.d?.room.stories),
      hidden: workshop().preset.hide || Boolean(this.d?.audience),
      audienceWindow: !this.d?.audience && !this.layout.portrait && this.layout.w >= 900,
    };
  }

  /** Applies an action; false (nothing changed) when the rules refuse it. */
  private act(a: RoomAction, redraw = true): boolean {
    if (!this.state || !this.deck || this.d?.audience) return false;
    const before = this.state;
    const { state, refused } = tryRoom(before, P.rules(this.ctx()), P.storyOptions(this.deck), a);
    if (refused) return false;
    this.state = state;
    saveRoom(state);
    this.publish();
    if (state.index !== before.index || state.phase !== before.phase) {
      this.chosen = null;
      this.picked = null;
      // A card opened (or opened again) starts its clock from now.
      this.count.hold();
    }
    if (redraw) this.rebuild();
    return true;
  }

  private tick(): void {
    const s = this.state;
    if (!s || s.secondsLeft === null || s.secondsLeft === 0 || s.phase !== 'vote' || s.paused) return this.count.hold();
    const seconds = this.count.take();
    if (seconds === 0 || !this.act({ type: 'tick', seconds }, false)) return;
    if (this.state!.secondsLeft === 0) {
      this.rebuild();
      // Time-up is heard as well as seen: the room is not looking at the screen while it talks.
      svc().audio.levelComplete();
      a11y().announce(R('room.timeUp'));
      return;
    }
    this.updateClock();
  }

  // --- the trainer's actions ---------------------------------------------------------------------------------------

  private choose(option: string): void {
    if (this.picked) {
      const team = this.picked;
      this.picked = null;
      this.chosen = option;
      this.vote(team, option);
      return;
    }
    this.chosen = option;
    this.rebuild();
    a11y().announce(R('room.optionChosen', { option: this.optionLabel(option) }));
  }

  /** A team's button or number key: records the chosen answer for it, or takes it back if it was that one. */
  private team(n: number): void {
    const s = this.state;
    const t = this.teams[n];
    const id = s ? currentItem(s) : undefined;
    if (!s || !t || !id || s.phase !== 'vote') return;
    if (!this.chosen) {
      this.picked = t.id;
      this.rebuild();
      a11y().announce(R('room.teamPicked', { team: t.name }));
      return;
    }
    if (s.votes[id]?.[t.id]?.option === this.chosen) {
      if (this.act({ type: 'unvote', team: t.id })) a11y().announce(R('room.unvoted', { team: t.name }));
      return;
    }
    this.vote(t.id, this.chosen);
  }

  private vote(team: string, option: string): void {
    const name = this.teams.find((t) => t.id === team)?.name ?? team;
    const late = this.state?.secondsLeft === 0;
    if (this.act({ type: 'vote', team, option, at: Date.now() }))
      a11y().announce(R(late ? 'room.votedLate' : 'room.voted', { team: name, option: this.optionLabel(option) }));
  }

  private optionLabel(id: string): string {
    return this.deck?.options.find((o) => o.id === id)?.label ?? id;
  }

  private reveal(): void {
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
    recordReveal(this.d!, this.ctx(), item);
    this.dom?.focus('next');
    a11y().announce(P.revealAnnouncement(this.ctx(), item));
  }

  private step(a: 'next' | 'skip' | 'back'): void {
    const before = this.state;
    if (!this.act({ type: a })) return;
    // Back over a reveal: the card no longer counts, in the session record either, until it is revealed again.
    const id = before ? currentItem(before) : undefined;
    if (a === 'back' && before?.phase === 'reveal' && id) forgetReveal(this.d!, this.deck!, id);
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
      choose: (o) => this.choose(o),
      team: (n) => this.team(n),
      reveal: () => this.reveal(),
      step: (a) => this.step(a),
      extend: () => this.extend(),
      pause: () => this.pause(),
      story: () => this.story(),
      cards: () => this.cards(),
      audience: () => openAudience(),
      finish: () => this.finish(),
      sessionLevel: (keep) => this.state && sessionLevel(this.d!, this.state, keep),
      jump: (i) => this.act({ type: 'jump', index: i }) && this.afterMove(),
    };
  }

  // --- drawing -----------------------------------------------------------------------------------------------------

  protected build(): void {
    const s = this.state;
    if (!s || !this.deck) return;
    const L = this.layout;
    const c = this.ctx();
    addHeader(
      this,
      this.dom!,
      L,
      P.title(c),
      { label: R('room.leave'), onActivate: () => this.leave() },
      {
        id: 'help',
        label: R('room.helpLabel'),
        visibleLabel: R('room.help'),
        rect: { x: 0, y: 0, w: 0, h: 0 },
        onActivate: () => showHelp(Boolean(this.d?.room.stories), () => this.refocus()),
      },
    );
    const k = { scene: this, dom: this.dom!, L, audience: Boolean(this.d?.audience) };
    const h = this.handlers();
    this.status = null;
    if (s.phase === 'vote') this.status = drawVote(k, c, h);
    else if (s.phase === 'reveal') drawReveal(k, c, h);
    else drawEnd(k, c, h);
    markMore();
  }
}
