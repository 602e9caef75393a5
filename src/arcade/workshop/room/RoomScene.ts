// The workshop room: every team answers the same card before the reveal (keys 1 to 8 or taps on the team buttons),
// then the room sees a bar per option, the accepted answer with its explanation, questions to discuss and the
// scores. The trainer reveals, skips, goes back one step, jumps to any card, pauses, adds time, blanks the screen
// and adds the room's own stories; a presenter's clicker works (Page Up, Page Down, B, full stop). The rules are
// in core/room; the words in ./present; this screen turns taps and keys into actions and draws.
import { ArcadeScene } from '../../../ui/ArcadeScene';
import { addHeader } from '../../../ui/widgets';
import { a11y } from '../../../ui/a11y';
import { ROOM_POINTS, currentItem, pointsOf, resumeRoom, ruleOf, startRoom, tryRoom, verdictOf, type RoomAction, type RoomState } from '../../../core/room';
import type { SessionTeam } from '../../../core/export';
import type { RoomDeck, RoomItem } from '../../../games/sdk/room';
import { getLang } from '../../../core/i18n';
import { browserStore, svc } from '../../services';
import { goTo } from '../../flow';
import { download } from '../download';
import { WORKSHOP_SCENES } from '../keys';
import { W } from '../strings';
import { ROOM_KEY, recordRoomItem, showNotice, teamsOf, workshop, type RoomData } from '../workshop';
import { drawEnd, drawReveal, drawVote, type RoomHandlers, type StatusLine } from './draw';
import * as P from './present';
import { openDialog, showBlank, showCards, showHelp, showPause, showPlace, showStory } from './dialogs';

const TICK_MS = 1000;
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

  constructor() {
    super(WORKSHOP_SCENES.room);
  }

  init(data: RoomData): void {
    this.d = data;
    this.chosen = null;
    this.picked = null;
  }

  protected screenName(): string {
    return W('room.screen');
  }

  protected override initialFocus(): string {
    const s = this.state;
    if (!s || s.phase === 'end') return 'finish';
    return s.phase === 'reveal' ? 'next' : `option-${this.firstOption()}`;
  }

  override create(): void {
    const d = this.d;
    if (!d) return;
    this.deck = d.room.deck(d.level);
    this.teams = teamsOf(workshop().preset);
    const ids = { levelId: d.level.id, teams: this.teams.map((t) => t.id), items: this.deck.items.map((i) => i.id) };
    const resumed = resumeRoom(this.readSaved(), ids);
    this.state = resumed ?? startRoom({ ...ids, cardSeconds: workshop().preset.timer ? CARD_SECONDS : null });
    document.documentElement.classList.add('ws-room');
    this.onShutdown(() => {
      document.documentElement.classList.remove('ws-room');
      openDialog()?.close();
    });
    const onKey = (e: KeyboardEvent): void => this.onKey(e);
    window.addEventListener('keydown', onKey);
    this.onShutdown(() => window.removeEventListener('keydown', onKey));
    this.time.addEvent({ delay: TICK_MS, loop: true, callback: () => this.tick() });
    super.create();
    if (resumed) a11y().announce(W('room.resumed'));
    a11y().announce(P.cardAnnouncement(this.ctx()));
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
    return { state: this.state!, deck: this.deck!, item: (id) => this.item(id), teams: this.teams, chosen: this.chosen, picked: this.picked, stories: Boolean(this.d?.room.stories) };
  }

  private readSaved(): unknown {
    try {
      const text = browserStore()?.getItem(ROOM_KEY);
      return text ? (JSON.parse(text) as unknown) : null;
    } catch {
      return null;
    }
  }

  private save(): void {
    try {
      browserStore()?.setItem(ROOM_KEY, JSON.stringify(this.state));
    } catch {
      // Storage full or off: the room plays on in memory; the session record still has every reveal.
    }
  }

  /** Applies an action; false (nothing changed) when the rules refuse it. */
  private act(a: RoomAction, redraw = true): boolean {
    if (!this.state || !this.deck) return false;
    const before = this.state;
    const { state, refused } = tryRoom(before, P.rules(this.ctx()), P.storyOptions(this.deck), a);
    if (refused) return false;
    this.state = state;
    this.save();
    if (state.index !== before.index || state.phase !== before.phase) {
      this.chosen = null;
      this.picked = null;
    }
    if (redraw) this.rebuild();
    return true;
  }

  private tick(): void {
    const s = this.state;
    if (!s || s.secondsLeft === null || s.secondsLeft === 0 || s.phase !== 'vote' || s.paused) return;
    if (!this.act({ type: 'tick', seconds: 1 }, false)) return;
    if (this.state!.secondsLeft === 0) {
      this.rebuild();
      a11y().announce(W('room.timeUp'));
      return;
    }
    const line = P.statusLine(this.ctx());
    this.status?.text.setText(line);
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
    a11y().announce(W('room.optionChosen', { option: this.optionLabel(option) }));
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
      a11y().announce(W('room.teamPicked', { team: t.name }));
      return;
    }
    if (s.votes[id]?.[t.id]?.option === this.chosen) {
      if (this.act({ type: 'unvote', team: t.id })) a11y().announce(W('room.unvoted', { team: t.name }));
      return;
    }
    this.vote(t.id, this.chosen);
  }

  private vote(team: string, option: string): void {
    const name = this.teams.find((t) => t.id === team)?.name ?? team;
    if (this.act({ type: 'vote', team, option, at: Date.now() })) a11y().announce(W('room.voted', { team: name, option: this.optionLabel(option) }));
    else if (this.state?.secondsLeft === 0) a11y().announce(W('room.timeUp'));
  }

  private optionLabel(id: string): string {
    return this.deck?.options.find((o) => o.id === id)?.label ?? id;
  }

  private reveal(): void {
    const s = this.state;
    const id = s ? currentItem(s) : undefined;
    if (!s || !id || s.phase !== 'vote' || s.paused) return;
    if (s.stories.some((x) => x.id === id)) {
      showPlace(this.deck!.options, (option, why) => this.revealWith({ type: 'reveal', accepted: option, why }), () => this.refocus());
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
    this.record(item);
    this.dom?.focus('next');
    a11y().announce(P.revealAnnouncement(this.ctx(), item));
  }

  /** The reveal goes into the workshop's session: every team's answer with its time and points. */
  private record(item: RoomItem): void {
    const s = this.state!;
    const d = this.d!;
    const rule = ruleOf(s, P.rules(this.ctx()), P.storyOptions(this.deck!), item.id);
    recordRoomItem({
      gameId: d.gameId,
      levelId: d.level.id,
      itemId: item.id,
      itemTitle: item.text,
      maxPoints: ROOM_POINTS,
      answers: this.teams.map((t) => {
        const v = s.votes[item.id]?.[t.id];
        return { team: t, answer: v ? this.optionLabel(v.option) : '', verdict: verdictOf(rule, v?.option), points: pointsOf(rule, v?.option), at: new Date(v?.at ?? Date.now()).toISOString() };
      }),
    });
  }

  private step(a: 'next' | 'skip' | 'back'): void {
    if (this.act({ type: a })) this.afterMove();
  }

  private afterMove(): void {
    const s = this.state!;
    this.dom?.focus(s.phase === 'end' ? 'finish' : s.phase === 'reveal' ? 'next' : `option-${this.firstOption()}`);
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
    showStory(
      (text) => {
        if (this.act({ type: 'story', id: `story-${Date.now().toString(36)}`, text })) this.afterMove();
      },
      () => this.refocus(),
    );
  }

  private cards(): void {
    if (!this.state) return;
    showCards(P.endItems(this.ctx()), this.state.index, (i) => this.act({ type: 'jump', index: i }) && this.afterMove(), () => this.refocus());
  }

  private refocus(): void {
    if (this.dom && !openDialog()) this.dom.focus(this.initialFocus());
  }

  private leave(): void {
    goTo(this, WORKSHOP_SCENES.setup);
  }

  private finish(): void {
    try {
      browserStore()?.removeItem(ROOM_KEY);
    } catch {
      // Nothing kept to remove.
    }
    goTo(this, WORKSHOP_SCENES.setup, { focus: 'export-csv' });
  }

  /** The session's level (the level's cards and the room's placed stories): downloaded, or kept in Your levels. */
  private sessionLevel(keep: boolean): void {
    const d = this.d;
    if (!d?.room.stories || !this.state) return;
    const { json, note } = d.room.stories.level(d.level, this.state.stories, getLang());
    const text = `${JSON.stringify(json, null, 2)}\n`;
    const id = (json as { id: string }).id;
    if (keep) {
      const kept = svc().own.add(d.gameId, id, `${id}.json`, text);
      svc().forgetOwnLevels(d.gameId);
      a11y().announce(kept === 'added' || kept === 'replaced' ? W('room.levelKept') : W('room.levelNotKept', { reason: kept === 'too-many' ? 'full' : 'storage' }));
    } else download(`${id}.json`, text, 'application/json');
    if (note) showNotice(note);
  }

  // --- keys --------------------------------------------------------------------------------------------------------

  private onKey(e: KeyboardEvent): void {
    if (!this.scene.isActive() || e.ctrlKey || e.altKey || e.metaKey || e.key === 'Escape') return;
    const dlg = openDialog();
    const tag = (e.target as HTMLElement | null)?.tagName;
    if (dlg || tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT') {
      if (dlg?.kind === 'pause' && (e.key === 'p' || e.key === 'P')) dlg.close();
      if (dlg?.kind === 'help' && (e.key === 'h' || e.key === '?')) dlg.close();
      return;
    }
    const s = this.state;
    if (!s) return;
    const k = e.key.length === 1 ? e.key.toLowerCase() : e.key;
    const n = /^[1-8]$/.test(k) ? Number(k) - 1 : -1;
    const acts: Record<string, () => void> = {
      r: () => this.reveal(),
      n: () => s.phase === 'reveal' && this.step('next'),
      PageDown: () => (s.phase === 'vote' ? this.reveal() : s.phase === 'reveal' ? this.step('next') : undefined),
      PageUp: () => this.step('back'),
      s: () => this.step('skip'),
      p: () => this.pause(),
      e: () => this.extend(),
      '+': () => this.extend(),
      b: () => showBlank(() => this.refocus()),
      '.': () => showBlank(() => this.refocus()),
      h: () => showHelp(() => this.refocus()),
      '?': () => showHelp(() => this.refocus()),
      a: () => this.d?.room.stories && this.story(),
      c: () => this.cards(),
    };
    const fn = n >= 0 ? () => this.team(n) : acts[k];
    if (!fn) return;
    e.preventDefault();
    fn();
  }

  protected override onEscape(): void {
    const dlg = openDialog();
    if (dlg) dlg.close();
    else if (this.state?.phase !== 'end') this.pause();
  }

  // --- drawing -----------------------------------------------------------------------------------------------------

  protected build(): void {
    const s = this.state;
    if (!s || !this.deck) return;
    const L = this.layout;
    const c = this.ctx();
    addHeader(this, this.dom!, L, P.title(c), { label: W('room.leave'), onActivate: () => this.leave() }, {
      id: 'help',
      label: W('room.helpLabel'),
      visibleLabel: W('room.help'),
      rect: { x: 0, y: 0, w: 0, h: 0 },
      onActivate: () => showHelp(() => this.refocus()),
    });
    const k = { scene: this, dom: this.dom!, L };
    const h: RoomHandlers = {
      choose: (o) => this.choose(o),
      team: (n) => this.team(n),
      reveal: () => this.reveal(),
      step: (a) => this.step(a),
      extend: () => this.extend(),
      pause: () => this.pause(),
      story: () => this.story(),
      cards: () => this.cards(),
      finish: () => this.finish(),
      sessionLevel: (keep) => this.sessionLevel(keep),
      jump: (i) => this.act({ type: 'jump', index: i }) && this.afterMove(),
    };
    this.status = null;
    if (s.phase === 'vote') this.status = drawVote(k, c, h);
    else if (s.phase === 'reveal') drawReveal(k, c, h);
    else drawEnd(k, c, h);
  }
}
