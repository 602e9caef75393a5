// The workshop room: every team answers the same card before the reveal (keys 1 to 8 or taps on the team buttons),
// then the room sees a bar per option, the accepted answer with its explanation, questions to discuss and the
// scores. The trainer reveals, skips, goes back one step, jumps to any card, pauses, adds time, blanks the screen
// and adds the room's own stories; a presenter's clicker works (Page Up, Page Down, B, full stop). The rules are
// in core/room; the words in ./present; this screen turns taps and keys into actions and draws.
import { ArcadeScene } from '../../../ui/ArcadeScene';
import { addHeader } from '../../../ui/widgets';
import { a11y } from '../../../ui/a11y';
import { MAX_ROOM_ITEMS, currentItem, resumeRoom, startRoom, tryRoom, wallSeconds, type RoomAction, type RoomState } from '../../../core/room';
import { svc } from '../../services';
import type { SessionTeam } from '../../../core/export';
import type { RoomDeck, RoomItem } from '../../../games/sdk/room';
import { goTo } from '../../flow';
import { WORKSHOP_SCENES } from '../keys';
import { R } from './strings';
import { followLevel, teamsOf, typingIn, workshop, type RoomData } from '../workshop';
import { forgetReveal, readSavedRoom, recordReveal, saveRoom, sessionLevel } from './session';
import { drawEnd, drawReveal, drawVote, type RoomHandlers, type StatusLine } from './draw';
import * as P from './present';
import { openDialog, showBlank, showCards, showHelp, showPause, showPlace, showStory } from './dialogs';
import { pageStep, roomCommand } from './keys';

/** How often the clock looks at the wall time (a hidden tab is woken less often; the time is still right). */
const TICK_MS = 250;
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
  /** Wall time (ms) up to which the card's clock has counted; seconds are counted from it, the rest carried. */
  private countedTo = 0;

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
    const s = this.state;
    if (!s || s.phase === 'end') return 'finish';
    return s.phase === 'reveal' ? 'next' : `option-${this.firstOption()}`;
  }

  override create(): void {
    const d = this.d;
    if (!d) return;
    this.deck = d.room.deck(d.level, { second: workshop().preset.second });
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
    // On wall time, not the frame loop: a slow machine or a hidden tab does not slow the card's clock.
    this.countedTo = Date.now();
    const timer = window.setInterval(() => this.tick(), TICK_MS);
    const onVisible = (): void => this.tick();
    document.addEventListener('visibilitychange', onVisible);
    this.onShutdown(() => {
      window.clearInterval(timer);
      document.removeEventListener('visibilitychange', onVisible);
    });
    super.create();
    // One message: live-region messages in the same moment replace each other.
    const first = resumed ? R('room.resumed') : setAside ? R('room.setAside') : '';
    a11y().announce(`${first} ${P.cardAnnouncement(this.ctx())}`.trim());
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
      hidden: workshop().preset.hide,
    };
  }

  /** Applies an action; false (nothing changed) when the rules refuse it. */
  private act(a: RoomAction, redraw = true): boolean {
    if (!this.state || !this.deck) return false;
    const before = this.state;
    const { state, refused } = tryRoom(before, P.rules(this.ctx()), P.storyOptions(this.deck), a);
    if (refused) return false;
    this.state = state;
    saveRoom(state);
    if (state.index !== before.index || state.phase !== before.phase) {
      this.chosen = null;
      this.picked = null;
      // A card opened (or opened again) starts its clock from now.
      this.countedTo = Date.now();
    }
    if (redraw) this.rebuild();
    return true;
  }

  private tick(): void {
    const s = this.state;
    const now = Date.now();
    if (!s || s.secondsLeft === null || s.secondsLeft === 0 || s.phase !== 'vote' || s.paused) {
      this.countedTo = now;
      return;
    }
    const { seconds, countedTo } = wallSeconds(this.countedTo, now);
    this.countedTo = countedTo;
    if (seconds === 0 || !this.act({ type: 'tick', seconds }, false)) return;
    if (this.state!.secondsLeft === 0) {
      this.rebuild();
      // Time-up is heard as well as seen: the room is not looking at the screen while it talks.
      svc().audio.levelComplete();
      a11y().announce(R('room.timeUp'));
      return;
    }
    const line = P.statusLine(this.ctx());
    this.status?.text.setText(line);
    this.status?.clock?.setText(P.clockFace(this.state!));
    if (this.status) this.status.el.textContent = line;
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
    const dlg = openDialog();
    // Typing in a dialog's field is typing; the pause and help dialogs close on their own keys.
    if (dlg || typingIn(e.target)) {
      const cmd = dlg && !e.repeat ? roomCommand(e, this.state.phase) : null;
      if ((dlg?.kind === 'pause' && cmd?.type === 'pause') || (dlg?.kind === 'help' && cmd?.type === 'help')) dlg.close();
      return;
    }
    const cmd = roomCommand(e, this.state.phase);
    if (!cmd) return;
    e.preventDefault();
    // The clicker's keys page through the reveal's text (and the end's) before they move on or back.
    if ((e.key === 'PageDown' || e.key === 'PageUp') && this.state.phase !== 'vote' && this.page(e.key === 'PageDown' ? 1 : -1)) return;
    const h = this.handlers();
    if (cmd.type === 'team') h.team(cmd.n);
    else if (cmd.type === 'blank') showBlank(() => this.refocus());
    else if (cmd.type === 'help') showHelp(Boolean(this.d?.room.stories), () => this.refocus());
    else if (cmd.type === 'next' || cmd.type === 'back' || cmd.type === 'skip') h.step(cmd.type);
    else h[cmd.type]();
  }

  /** Pages the reveal's (or the end's) panels one step; false when there is nothing left to page that way. */
  private page(dir: 1 | -1): boolean {
    const ids = this.state?.phase === 'end' ? ['summary'] : ['card', 'answers', 'detail'];
    const els = ids.flatMap((id) => [...document.querySelectorAll<HTMLElement>(`.a11y-layer .a11y-scope:not([inert]) [data-id="${id}"]`)]);
    const step = pageStep(
      els.map((el) => ({ top: el.scrollTop, height: el.scrollHeight, client: el.clientHeight })),
      dir,
    );
    if (!step) return false;
    els[step.index]!.scrollTop = step.top;
    return true;
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
    const k = { scene: this, dom: this.dom!, L };
    const h = this.handlers();
    this.status = null;
    if (s.phase === 'vote') this.status = drawVote(k, c, h);
    else if (s.phase === 'reveal') drawReveal(k, c, h);
    else drawEnd(k, c, h);
    // A panel with more text than shows says so at its foot (Page Down reads on), and stops saying it at its end.
    for (const el of document.querySelectorAll<HTMLElement>('.a11y-layer .a11y-scope:not([inert]) .panel-text')) {
      const mark = (): void => {
        el.toggleAttribute('data-more', el.scrollTop + el.clientHeight < el.scrollHeight - 1);
      };
      mark();
      el.addEventListener('scroll', mark, { passive: true });
    }
  }
}
