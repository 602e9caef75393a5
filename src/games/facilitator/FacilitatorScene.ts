// Thin view of the facilitator role-play: draws the room, the speaker, the line, the choices and the meters from the
// model's state, and turns Continue, choices, Step back and Restart into model actions. No rules here (see model.ts).
import { FACILITATOR_SCENE } from './index';
import { GameScene } from '../sdk/GameScene';
import { addButton, addPanel, addScrollArea, addText, addTextPanel, type Scroller } from '../../ui/widgets';
import { COLORS } from '../../ui/theme';
import { a11y, type Rect } from '../../ui/a11y';
import { portraitKey } from '../../ui/art';
import { localize } from '../../core/i18n';
import { isInvalid } from '../../core/round';
import * as M from './model';
import type { ChoiceOption, FacAction, FacState } from './model';
import { NARRATOR, ROLES, YOU, nodeKind, type Choice, type Meter, type Portrait, type Role, type Scenario, type ScenarioNode, type Tone } from './schema';
import { clockText, lockText, meterKey, methodKey, roleKey, strings as t, type FacilitatorStringKey } from './strings';

export { FACILITATOR_SCENE };

/** What the screen shows: the setting before the first node, the current node, or the consequence of the choice
 * just made. View-only, not saved. */
type Phase = 'intro' | 'node' | 'outcome';

/** One block of text in a panel; sizes are names from the layout's type scale. */
interface Piece {
  text: string;
  size: 'small' | 'body' | 'large';
  bold?: boolean;
  color?: number;
}

interface Speaker {
  name: string;
  role: string;
  portrait: Portrait | null;
}

/** One meter as drawn: a 0..100 bar, its number and a word (so the meter never relies on colour). */
interface MeterCell {
  name: string;
  /** 0..100, or null when there is nothing to show yet. */
  value: number | null;
  num: string;
  word: string;
  warn: boolean;
}

const TONE_STYLE: Readonly<Record<Tone, { color: number; mark: string; key: FacilitatorStringKey }>> = {
  good: { color: COLORS.right, mark: '★', key: 'tone.good' },
  mixed: { color: COLORS.partial, mark: '◐', key: 'tone.mixed' },
  poor: { color: COLORS.wrong, mark: '○', key: 'tone.poor' },
};

const MOOD_METERS = ['trust', 'energy'] as const;
const BAR_TRACK = 0x2b3b63;
const ROOM = { wall: 0x22325a, floor: 0x33466f, table: 0xd9c7a3, chair: 0x8aa0c8, paper: 0xfdf6e3, window: 0x9fc2e8 } as const;

export class FacilitatorScene extends GameScene<Scenario> {
  private state: FacState | null = null;
  private phase: Phase = 'node';
  private transcriptOpen = false;
  private transcriptEl: HTMLElement | null = null;
  /** Upright phone with a long decision: the speaker's role and "What do you do?" give way to the line. */
  private tight = false;

  constructor() {
    super(FACILITATOR_SCENE);
  }

  override create(): void {
    const saved = this.savedState();
    const resumed = saved === undefined ? null : M.resume(this.level, saved);
    if (saved !== undefined && (resumed === null || isInvalid(resumed))) this.setSavedStateAside();
    this.state = resumed && !isInvalid(resumed) ? resumed : M.start(this.level);
    // A session resumed right after a choice shows that choice's consequence again before moving on.
    this.phase = M.lastOutcome(this.level, this.state) ? 'outcome' : this.state.transcript.length === 1 ? 'intro' : 'node';
    this.transcriptOpen = false;
    this.transcriptEl = null;
    super.create();
    // After the screen name has been spoken.
    this.time.delayedCall(700, () => a11y().announce(this.announceText()));
  }

  protected override initialFocus(): string | null {
    return this.focusTarget();
  }

  protected override onEscape(): void {
    if (this.transcriptOpen) this.closeTranscript();
    else this.openPause();
  }

  // ---- actions ----------------------------------------------------------------------------------------------

  private dispatch(action: FacAction): void {
    if (!this.state) return;
    const next = M.apply(this.level, this.state, action);
    if (isInvalid(next)) return;
    this.state = next;
    this.saveState(next);
    if (action.type === 'choose') {
      const q = M.lastOutcome(this.level, next)?.choice.quality;
      if (q === 'best') this.sounds.correct();
      else if (q === 'poor') this.sounds.wrong();
      this.phase = 'outcome';
    } else {
      this.phase = 'node';
    }
    this.show();
  }

  /** Continue: past a consequence to the node it led to, or along a line to the next node. */
  private continueOn(): void {
    if (this.phase !== 'node') {
      this.phase = 'node';
      this.show();
    } else {
      this.dispatch({ type: 'continue' });
    }
  }

  private show(): void {
    this.transcriptOpen = false;
    this.rebuild();
    const f = this.focusTarget();
    if (f) this.dom?.focus(f);
    a11y().announce(this.announceText());
  }

  private openTranscript(): void {
    this.transcriptOpen = true;
    this.rebuild();
    this.transcriptEl?.focus({ preventScroll: true });
    a11y().announce(t('label.transcript'));
  }

  private closeTranscript(): void {
    this.transcriptOpen = false;
    this.rebuild();
    this.dom?.focus('transcript');
  }

  private toDebrief(): void {
    if (!this.state || !M.isEnded(this.level, this.state)) return;
    this.finish(M.summary(this.level, this.state));
  }

  private focusTarget(): string | null {
    const s = this.state;
    if (!s) return null;
    if (this.transcriptOpen) return 'close-transcript';
    if (this.phase !== 'node') return 'continue';
    const node = M.currentNode(this.level, s);
    const kind = nodeKind(node);
    if (kind === 'ending') return 'debrief';
    if (kind === 'line') return 'continue';
    const first = M.availableChoices(this.level, s).find((o) => !o.locked);
    return first ? `choice-${first.index}` : null;
  }

  // ---- words ------------------------------------------------------------------------------------------------

  /** The player, shown while reading the setting and the consequence of a choice. */
  private you(): Speaker {
    return { name: t('speaker.you'), role: t('label.facilitator'), portrait: 'facilitator' };
  }

  private speakerOf(node: ScenarioNode): Speaker | null {
    const sp = node.speaker;
    if (sp === undefined) return null;
    if (sp === NARRATOR) return { name: t('speaker.narrator'), role: '', portrait: null };
    if (sp === YOU) return { name: t('speaker.you'), role: '', portrait: 'facilitator' };
    const c = this.level.cast.find((m) => m.id === sp);
    return c ? { name: localize(c.name), role: localize(c.role), portrait: c.portrait } : null;
  }

  private announceText(): string {
    const s = this.state;
    if (!s) return '';
    const out = this.phase === 'outcome' ? M.lastOutcome(this.level, s) : null;
    if (out) return `${t('label.consequence')}: ${localize(out.choice.consequence)}`;
    if (this.phase === 'intro') return `${t(methodKey(this.level.method))}. ${localize(this.level.setting)}`;
    const node = M.currentNode(this.level, s);
    if (node.ending) {
      return `${t(TONE_STYLE[node.ending.tone].key)}: ${localize(node.ending.title)}. ${localize(node.ending.text)}`;
    }
    const who = this.speakerOf(node);
    const line = `${who ? `${who.name}: ` : ''}${node.text ? localize(node.text) : ''}`;
    return node.choices ? `${line} ${t('label.choices')}` : line;
  }

  private effectsText(choice: Choice): string {
    const e = choice.effects;
    const parts: string[] = [];
    for (const m of ['architect', 'pilot', 'guide', 'trust', 'energy'] as const) {
      const v = e[m];
      if (v) parts.push(`${t(meterKey(m))} ${v > 0 ? '+' : '−'}${Math.abs(v)}`);
    }
    if (e.clock) parts.push(t('delta.clock', { value: e.clock }));
    return parts.join(' · ');
  }

  private roleWord(score: number): string {
    return score >= 80 ? t('level.strong') : score >= 50 ? t('level.fair') : t('level.weak');
  }

  private moodWord(v: number): string {
    return v > 65 ? t('level.high') : v >= 35 ? t('level.steady') : t('level.low');
  }

  private meterCells(): { roles: MeterCell[]; moods: MeterCell[]; clock: MeterCell } {
    const s = this.state!;
    const sc = M.scores(this.level, s);
    const started = s.history.length > 0;
    const roles = ROLES.map((r: Role): MeterCell => {
      // Full marks with no points means the role has had nothing to gain yet: show it as not scored.
      const shown = started && !(s.meters[r] === 0 && sc[r] === 100);
      return {
        name: t(roleKey(r)),
        value: shown ? sc[r] : null,
        num: shown ? String(sc[r]) : '–',
        word: shown ? this.roleWord(sc[r]) : t('label.notYet'),
        warn: false,
      };
    });
    const moods = MOOD_METERS.map((m: Meter): MeterCell => ({
      name: t(meterKey(m)),
      value: s.meters[m],
      num: String(s.meters[m]),
      word: this.moodWord(s.meters[m]),
      warn: false,
    }));
    const used = s.meters.clock;
    const total = this.level.agendaMinutes;
    const over = used > total;
    const clock: MeterCell = {
      name: t('meter.clock'),
      value: Math.min(100, Math.round((100 * used) / total)),
      num: localize(clockText(used, total)),
      word: over ? t('label.overTime') : '',
      warn: over,
    };
    return { roles, moods, clock };
  }

  // ---- build ------------------------------------------------------------------------------------------------

  protected build(): void {
    const s = this.state;
    if (!s) return;
    const L = this.layout;
    this.transcriptEl = null;
    // Upright phones name the method in the bar; the full title stays the screen's heading.
    this.addGameHeader(L.portrait ? t(methodKey(this.level.method)) : undefined);
    const metersH = this.metersHeight();
    const top = L.body.y + metersH + L.gap;
    const area: Rect = { x: L.body.x, y: top, w: L.body.w, h: L.body.y + L.body.h - top };
    const node = M.currentNode(this.level, s);
    const ending = this.phase === 'node' && nodeKind(node) === 'ending';
    if (L.portrait) this.buildUpright(area, node, ending);
    else this.buildWide(area, node, ending);
    // Drawn last so a screen reader meets speaker, line and choices first.
    this.drawMeters({ x: L.body.x, y: L.body.y, w: L.body.w, h: metersH });
  }

  private buildWide(area: Rect, node: ScenarioNode, ending: boolean): void {
    const L = this.layout;
    this.tight = false;
    const leftW = Math.min(area.w * 0.36, 640);
    const left: Rect = { x: area.x, y: area.y, w: leftW, h: area.h };
    const right: Rect = { x: area.x + leftW + L.pad, y: area.y, w: area.w - leftW - L.pad, h: area.h };
    const who = this.phase === 'node' ? this.speakerOf(node) : this.you();
    if (ending && !this.transcriptOpen) {
      this.drawEndingWide(left, right);
      return;
    }
    this.drawRoom(left, who);
    if (this.transcriptOpen) this.drawTranscript(right);
    else this.drawDialogue(right, who, true);
  }

  private buildUpright(area: Rect, node: ScenarioNode, ending: boolean): void {
    const L = this.layout;
    if (this.transcriptOpen) {
      this.drawTranscript(area);
      return;
    }
    if (ending) {
      this.drawEndingUpright(area);
      return;
    }
    const who = this.phase === 'node' ? this.speakerOf(node) : this.you();
    this.tight = this.isTight(area, node, who);
    const rowH = this.drawSpeakerRow(area, who);
    const rest: Rect = { x: area.x, y: area.y + rowH + L.gap, w: area.w, h: area.h - rowH - L.gap };
    this.drawDialogue(rest, who, false);
  }

  // ---- meters -----------------------------------------------------------------------------------------------

  private barH(): number {
    return Math.max(10, Math.round(this.layout.font.small * 0.6));
  }

  private cellH(): number {
    return Math.round(this.layout.font.small * 1.4) + 4 + this.barH();
  }

  private metersHeight(): number {
    return this.layout.portrait ? this.cellH() * 2 + this.layout.gap : this.cellH();
  }

  private drawMeters(r: Rect): void {
    const L = this.layout;
    const { roles, moods, clock } = this.meterCells();
    const cells = [...roles, ...moods, clock];
    if (L.portrait) {
      const ch = this.cellH();
      const w3 = (r.w - 2 * L.gap) / 3;
      roles.forEach((c, i) => this.drawMeter({ x: r.x + i * (w3 + L.gap), y: r.y, w: w3, h: ch }, c));
      const w4 = (r.w - 2 * L.gap) / 4;
      const y2 = r.y + ch + L.gap;
      moods.forEach((c, i) => this.drawMeter({ x: r.x + i * (w4 + L.gap), y: y2, w: w4, h: ch }, c));
      this.drawMeter({ x: r.x + 2 * (w4 + L.gap), y: y2, w: r.w - 2 * (w4 + L.gap), h: ch }, clock);
    } else {
      // The clock's "118 of 120 min" is longer than a number, so its cell is wider.
      const weights = cells.map((c) => (c === clock ? 1.5 : 1));
      const unit = (r.w - (cells.length - 1) * L.pad) / weights.reduce((a, b) => a + b, 0);
      let x = r.x;
      cells.forEach((c, i) => {
        const w = unit * (weights[i] ?? 1);
        this.drawMeter({ x, y: r.y, w, h: r.h }, c);
        x += w + L.pad;
      });
    }
    const said = cells.map((c) => `${c.name} ${c.num}${c.word ? ` (${c.word})` : ''}`).join(', ');
    this.dom!.text(`${t('label.meters')}: ${said}.`);
  }

  private drawMeter(r: Rect, c: MeterCell): void {
    const L = this.layout;
    const size = L.font.small;
    // The warning replaces the name, so "Over time" is always seen; otherwise the word follows the name if it fits.
    let head = c.warn ? `⚠ ${c.word}` : c.name;
    if (!c.warn && c.word && c.value !== null) {
      const withWord = `${c.name} · ${c.word}`;
      if (this.measureW(withWord, size, true) <= r.w) head = withWord;
    }
    addText(this, r.x, r.y, head, { size, bold: true, color: c.warn ? COLORS.accent : COLORS.onBg });
    const num = addText(this, r.x + r.w, r.y + r.h, c.num, { size, bold: true, color: c.warn ? COLORS.accent : COLORS.onBgSoft, originX: 1, originY: 1 });
    const bh = this.barH();
    const bw = Math.max(24, r.w - num.width - L.gap);
    const by = r.y + r.h - bh - Math.max(0, (num.height - bh) / 2);
    const g = this.add.graphics();
    g.fillStyle(BAR_TRACK, 1);
    g.fillRoundedRect(r.x, by, bw, bh, bh / 2);
    g.lineStyle(1, COLORS.onBgSoft, 0.6);
    g.strokeRoundedRect(r.x, by, bw, bh, bh / 2);
    if (c.value !== null && c.value > 0) {
      g.fillStyle(c.warn ? COLORS.wrong : COLORS.accent, 1);
      g.fillRoundedRect(r.x, by, Math.max(bh, (bw * c.value) / 100), bh, bh / 2);
    }
  }

  // ---- room and speaker -------------------------------------------------------------------------------------

  /** A light drawing of the room (wall, window, tables with chairs, a flipchart) with the speaker in front. */
  private drawRoom(r: Rect, who: Speaker | null): void {
    const L = this.layout;
    const nameH = who ? this.measure(who.name, L.font.large, r.w, true) + (who.role ? this.measure(who.role, L.font.small, r.w) + 4 : 0) : 0;
    const room: Rect = { x: r.x, y: r.y, w: r.w, h: Math.min(r.h - nameH - L.gap, r.w * 0.95) };
    const g = this.add.graphics();
    g.fillStyle(ROOM.wall, 1);
    g.fillRoundedRect(room.x, room.y, room.w, room.h, 16);
    const floorY = room.y + room.h * 0.5;
    g.fillStyle(ROOM.floor, 1);
    g.fillRoundedRect(room.x, floorY, room.w, room.h * 0.5, { tl: 0, tr: 0, bl: 16, br: 16 });
    // Two windows on the back wall.
    g.fillStyle(ROOM.window, 0.5);
    for (const fx of [0.12, 0.36]) g.fillRect(room.x + room.w * fx, room.y + room.h * 0.1, room.w * 0.16, room.h * 0.22);
    // Flipchart on an easel, right of the windows.
    const fx = room.x + room.w * 0.7;
    const fy = room.y + room.h * 0.12;
    const fw = room.w * 0.2;
    const fh = room.h * 0.3;
    g.lineStyle(4, ROOM.chair, 1);
    g.lineBetween(fx + fw * 0.15, fy + fh, fx, floorY + room.h * 0.08);
    g.lineBetween(fx + fw * 0.85, fy + fh, fx + fw, floorY + room.h * 0.08);
    g.fillStyle(ROOM.paper, 1);
    g.fillRect(fx, fy, fw, fh);
    g.lineStyle(2, COLORS.inkSoft, 0.7);
    for (let i = 1; i <= 3; i++) g.lineBetween(fx + fw * 0.12, fy + (fh * i) / 4.2, fx + fw * (0.9 - i * 0.12), fy + (fh * i) / 4.2);
    // Café tables with chairs around them.
    const tw = room.w * 0.2;
    for (const [tx, ty] of [[0.18, 0.68], [0.5, 0.82], [0.82, 0.68]] as const) {
      const cx = room.x + room.w * tx;
      const cy = room.y + room.h * ty;
      g.fillStyle(ROOM.chair, 1);
      for (let k = 0; k < 4; k++) {
        const a = (k * Math.PI) / 2 + Math.PI / 4;
        g.fillCircle(cx + Math.cos(a) * tw * 0.62, cy + Math.sin(a) * tw * 0.3, tw * 0.11);
      }
      g.fillStyle(ROOM.table, 1);
      g.fillEllipse(cx, cy, tw, tw * 0.42);
    }
    if (who?.portrait) {
      const size = Math.min(room.w * 0.46, room.h * 0.62);
      const cx = room.x + room.w / 2;
      const cy = room.y + room.h * 0.56;
      const ring = this.add.graphics();
      ring.fillStyle(COLORS.surface, 1);
      ring.fillCircle(cx, cy, size / 2 + 6);
      this.add.image(cx, cy, portraitKey(who.portrait)).setDisplaySize(size, size);
    }
    if (who) {
      const n = addText(this, r.x + r.w / 2, room.y + room.h + L.gap, who.name, { size: L.font.large, bold: true, originX: 0.5, align: 'center', width: r.w });
      if (who.role) addText(this, r.x + r.w / 2, n.y + n.height + 4, who.role, { size: L.font.small, color: COLORS.onBgSoft, originX: 0.5, align: 'center', width: r.w });
    }
  }

  /** Would the speaker row, the whole line, the ask and the choices (at 16 px) overflow this upright area? */
  private isTight(area: Rect, node: ScenarioNode, who: Speaker | null): boolean {
    const L = this.layout;
    if (this.phase !== 'node' || !node.choices) return false;
    const hs = this.choiceHeights(M.availableChoices(this.level, this.state!), 16, area.w);
    const nameW = area.w - Math.min(72, area.w * 0.2) - L.gap;
    const row = who ? Math.max(72, this.measure(who.name, L.font.large, nameW, true) + (who.role ? this.measure(who.role, L.font.small, nameW) : 0)) : 0;
    const line = this.lineParts(node, who, false).pieces.reduce((a, p) => a + this.measure(p.text, 16, area.w - 2 * L.pad, p.bold), 0) + 2 * L.pad;
    const ask = this.measure(t('label.choices'), L.font.body, area.w, true);
    const need = row + line + ask + hs.reduce((a, b) => a + b, 0) + L.gap * (hs.length + 4) + L.buttonH;
    return need > area.h;
  }

  /** Upright phones: a small portrait with the name and role beside it; returns the row's height. */
  private drawSpeakerRow(r: Rect, who: Speaker | null): number {
    const L = this.layout;
    if (!who) return 0;
    const size = who.portrait ? Math.min(72, r.w * 0.2) : 0;
    const tx = r.x + (size ? size + L.gap : 0);
    const tw = r.w - (tx - r.x);
    const n = addText(this, tx, r.y, who.name, { size: L.font.large, bold: true, width: tw });
    const words = [n];
    let h = n.height;
    if (who.role && !this.tight) {
      const role = addText(this, tx, n.y + n.height + 2, who.role, { size: L.font.small, color: COLORS.onBgSoft, width: tw });
      words.push(role);
      h += 2 + role.height;
    }
    if (size) {
      const rowH = Math.max(size, h);
      const ring = this.add.graphics();
      ring.fillStyle(COLORS.surface, 1);
      ring.fillCircle(r.x + size / 2, r.y + rowH / 2, size / 2 + 3);
      this.add.image(r.x + size / 2, r.y + rowH / 2, portraitKey(who.portrait!)).setDisplaySize(size, size);
      // Centre the words on the portrait.
      const shift = (rowH - h) / 2;
      if (shift > 0) for (const o of words) o.setY(o.y + shift);
      return rowH;
    }
    return h;
  }

  // ---- dialogue ---------------------------------------------------------------------------------------------

  /** The line (or the consequence), the choices or Continue, then Earlier lines and Step back. */
  private drawDialogue(r: Rect, who: Speaker | null, nameInBubble: boolean): void {
    const L = this.layout;
    const s = this.state!;
    const utilH = L.buttonH;
    const content: Rect = { x: r.x, y: r.y, w: r.w, h: r.h - utilH - L.gap };
    const node = M.currentNode(this.level, s);
    const out = this.phase === 'outcome' ? M.lastOutcome(this.level, s) : null;
    if (this.phase === 'intro') this.drawIntro(content);
    else if (out) this.drawOutcome(content, out.choice);
    else if (node.choices) this.drawDecision(content, node, who, nameInBubble);
    else this.drawLine(content, node, who, nameInBubble);
    // Utility row, after the choices in reading order.
    const bw = (r.w - L.gap) / 2;
    const y = r.y + r.h - utilH;
    addButton(this, this.dom!, L, {
      id: 'transcript',
      label: t('button.transcript'),
      style: 'quiet',
      rect: { x: r.x, y, w: bw, h: utilH },
      fontSize: L.font.small,
      onActivate: () => this.openTranscript(),
    });
    addButton(this, this.dom!, L, {
      id: 'back',
      label: t('button.back'),
      visibleLabel: `↶ ${t('button.back')}`,
      style: 'quiet',
      disabled: s.history.length === 0,
      rect: { x: r.x + bw + L.gap, y, w: bw, h: utilH },
      fontSize: L.font.small,
      onActivate: () => this.dispatch({ type: 'back' }),
    });
  }

  private lineParts(node: ScenarioNode, who: Speaker | null, nameInBubble: boolean): { pieces: Piece[]; said: string } {
    const text = node.text ? localize(node.text) : '';
    const pieces: Piece[] = [];
    if (nameInBubble && who) pieces.push({ text: who.role ? t('label.speakerRole', { name: who.name, role: who.role }) : who.name, size: 'small', bold: true, color: COLORS.inkSoft });
    pieces.push({ text, size: 'large' });
    const said = `${who ? `${who.role ? t('label.speakerRole', { name: who.name, role: who.role }) : who.name}: ` : ''}${text}`;
    return { pieces, said };
  }

  private drawLine(r: Rect, node: ScenarioNode, who: Speaker | null, nameInBubble: boolean): void {
    const L = this.layout;
    const { pieces, said } = this.lineParts(node, who, nameInBubble);
    const used = this.textStack({ ...r, h: r.h - L.buttonH - L.gap }, pieces, 'line', said, who?.name ?? t('speaker.narrator'));
    this.continueButton(r, r.y + used + L.gap);
  }

  /** Before the first node: the method, the setting and the time box, then Continue. */
  private drawIntro(r: Rect): void {
    const L = this.layout;
    const pieces: Piece[] = [
      { text: t(methodKey(this.level.method)), size: 'small', bold: true, color: COLORS.inkSoft },
      { text: localize(this.level.setting), size: 'large' },
      { text: `${t('meter.clock')}: ${localize(clockText(0, this.level.agendaMinutes))}`, size: 'small', color: COLORS.inkSoft },
    ];
    const used = this.textStack({ ...r, h: r.h - L.buttonH - L.gap }, pieces, 'intro', pieces.map((p) => p.text).join('. '), t(methodKey(this.level.method)));
    this.continueButton(r, r.y + used + L.gap);
  }

  private drawOutcome(r: Rect, choice: Choice): void {
    const L = this.layout;
    const changes = this.effectsText(choice);
    const pieces: Piece[] = [
      { text: t('label.yourChoice'), size: 'small', bold: true, color: COLORS.inkSoft },
      { text: localize(choice.text), size: 'body' },
      { text: t('label.consequence'), size: 'small', bold: true, color: COLORS.inkSoft },
      { text: localize(choice.consequence), size: 'large' },
    ];
    if (changes) pieces.push({ text: `${t('label.changes')}: ${changes}`, size: 'small', color: COLORS.inkSoft });
    const said = pieces.map((p) => p.text).join('. ');
    const used = this.textStack({ ...r, h: r.h - L.buttonH - L.gap }, pieces, 'outcome', said, t('label.consequence'));
    this.continueButton(r, r.y + used + L.gap);
  }

  private continueButton(r: Rect, y: number): void {
    const L = this.layout;
    const w = Math.min(r.w, Math.max(280, L.font.body * 14));
    addButton(this, this.dom!, L, {
      id: 'continue',
      label: t('button.continue'),
      visibleLabel: `${t('button.continue')} ›`,
      rect: { x: r.x, y: Math.min(y, r.y + r.h - L.buttonH), w, h: L.buttonH },
      fontSize: L.font.large,
      onActivate: () => this.continueOn(),
    });
  }

  private drawDecision(r: Rect, node: ScenarioNode, who: Speaker | null, nameInBubble: boolean): void {
    const L = this.layout;
    const opts = M.availableChoices(this.level, this.state!);
    const askSize = L.font.body;
    const askH = this.tight ? 0 : this.measure(t('label.choices'), askSize, r.w, true);
    // Choices come first: try smaller type until they leave room for at least three lines of the prompt.
    const minLine = L.font.small * 1.4 * 3 + 2 * L.gap;
    let size: number = L.font.body;
    let heights = this.choiceHeights(opts, size, r.w);
    const sum = (hs: number[]): number => hs.reduce((a, b) => a + b, 0) + L.gap * (hs.length - 1);
    for (const next of [L.font.small, 16]) {
      if (sum(heights) + askH + 2 * L.gap + minLine <= r.h || size <= next) break;
      size = next;
      heights = this.choiceHeights(opts, size, r.w);
    }
    // When even that does not fit (a small phone), the line keeps up to 40% and the choices scroll below it.
    const lineMax = Math.max(minLine, r.h - sum(heights) - askH - 2 * L.gap, r.h * 0.4);
    const { pieces, said } = this.lineParts(node, who, nameInBubble);
    const used = this.textStack({ ...r, h: Math.min(lineMax, r.h - askH - L.gap - L.buttonH) }, pieces, 'line', said, who?.name ?? t('speaker.narrator'));
    let y = r.y + used + L.gap;
    if (!this.tight) {
      addText(this, r.x, y, t('label.choices'), { size: askSize, bold: true, color: COLORS.onBgSoft, width: r.w });
      y += askH + L.gap;
    }
    this.dom!.text(t('label.choices'));
    const listH = sum(heights);
    const room = r.y + r.h - y;
    let scroll: Scroller | undefined;
    let x = r.x;
    if (listH > room) {
      // Room for the focus ring inside the scroll area; rects below are in its content coordinates.
      const ring = 8;
      scroll = addScrollArea(this, this.dom!, `choices-${this.state!.node}`, { x: r.x - ring, y: y - ring, w: r.w + 2 * ring, h: room + ring }, listH + 2 * ring);
      x = ring;
      y = ring;
    }
    opts.forEach((o, i) => {
      const h = heights[i] ?? L.buttonH;
      this.drawChoice({ x, y, w: r.w, h }, o, i, size, scroll);
      y += h + L.gap;
    });
  }

  private lockLine(o: ChoiceOption): string {
    const reasons = [...new Set(o.reasons.map((r) => localize(lockText(r))))];
    return t('label.lockedChoice', { reasons: reasons.join('; ') });
  }

  private choiceTextW(w: number, size: number): number {
    return w - this.badgeR(size) * 2 - 3 * this.layout.gap;
  }

  private badgeR(size: number): number {
    return Math.round(size * 0.8);
  }

  private choiceHeights(opts: ChoiceOption[], size: number, w: number): number[] {
    const L = this.layout;
    const tw = this.choiceTextW(w, size);
    return opts.map((o) => {
      let h = this.measure(localize(o.choice.text), size, tw, true);
      if (o.locked) h += 4 + this.measure(this.lockLine(o), Math.max(16, size - 2), tw);
      return Math.max(L.buttonH, Math.ceil(h + 2 * L.gap));
    });
  }

  private drawChoice(r: Rect, o: ChoiceOption, i: number, size: number, scroll?: Scroller): void {
    const L = this.layout;
    const label = localize(o.choice.text);
    const lock = o.locked ? this.lockLine(o) : undefined;
    addButton(this, this.dom!, L, {
      id: `choice-${o.index}`,
      label,
      // The canvas label is drawn below, left-aligned with a number, so the button's own stays empty.
      visibleLabel: ' ',
      description: lock,
      disabled: o.locked,
      style: 'card',
      group: 'choices',
      rect: r,
      scroll,
      onActivate: () => this.dispatch({ type: 'choose', index: o.index }),
    });
    const ink = o.locked ? COLORS.onBg : COLORS.ink;
    const br = this.badgeR(size);
    const g = this.add.graphics();
    g.fillStyle(o.locked ? COLORS.bg : COLORS.buttonQuiet, 1);
    g.fillCircle(r.x + L.gap + br, r.y + r.h / 2, br);
    const badge = addText(this, r.x + L.gap + br, r.y + r.h / 2, o.locked ? '✕' : String(i + 1), { size: Math.max(16, size - 2), bold: true, color: COLORS.onBg, originX: 0.5, originY: 0.5 });
    const tx = r.x + 2 * L.gap + 2 * br;
    const tw = this.choiceTextW(r.w, size);
    const main = addText(this, tx, r.y, label, { size, bold: true, color: ink, width: tw });
    const sub = lock ? addText(this, tx, r.y, lock, { size: Math.max(16, size - 2), color: ink, width: tw }) : null;
    const total = main.height + (sub ? 4 + sub.height : 0);
    main.setY(r.y + (r.h - total) / 2);
    sub?.setY(main.y + main.height + 4);
    scroll?.container.add([g, badge, main, ...(sub ? [sub] : [])]);
  }

  // ---- ending -----------------------------------------------------------------------------------------------

  private endingPieces(): Piece[] {
    const e = M.endingOf(this.level, this.state!);
    if (!e) return [];
    const tone = TONE_STYLE[e.tone];
    const pieces: Piece[] = [
      { text: `${tone.mark} ${t(tone.key)}`, size: 'small', bold: true, color: tone.color },
      { text: localize(e.title), size: 'large', bold: true },
      { text: localize(e.text), size: 'body' },
    ];
    if (this.state!.stepsBack > 0) pieces.push({ text: t('label.stepsBack', { count: this.state!.stepsBack }), size: 'small', color: COLORS.inkSoft });
    return pieces;
  }

  private scoreLines(): string[] {
    const sc = M.scores(this.level, this.state!);
    const lines = ROLES.map((r) => `${t(roleKey(r))}: ${t('label.scoreOf', { score: sc[r] })} (${this.roleWord(sc[r])})`);
    lines.push(`${t('label.total')}: ${t('label.scoreOf', { score: sc.total })}`);
    return lines;
  }

  private drawEndingWide(left: Rect, right: Rect): void {
    const L = this.layout;
    const sc = M.scores(this.level, this.state!);
    const rowH = Math.round(L.font.body * 1.5) + L.gap;
    const scoresH = L.pad + this.measure(t('label.roleScores'), L.font.body, left.w, true) + L.gap + rowH * 4 + L.pad;
    const pieces = this.endingPieces();
    const used = this.textStack({ ...left, h: left.h - scoresH - L.gap }, pieces, 'ending', pieces.map((p) => p.text).join('. '), t('label.ending'));
    // Score per role: bars with the number and a word.
    const box: Rect = { x: left.x, y: left.y + used + L.gap, w: left.w, h: scoresH };
    addPanel(this, box);
    let y = box.y + L.pad;
    const head = addText(this, box.x + L.pad, y, t('label.roleScores'), { size: L.font.body, bold: true, color: COLORS.ink });
    y += head.height + L.gap;
    const nameW = Math.max(...ROLES.map((r) => this.measureW(t(roleKey(r)), L.font.body, true)), this.measureW(t('label.total'), L.font.body, true));
    const rows: Array<[string, number, string]> = ROLES.map((r) => [t(roleKey(r)), sc[r], this.roleWord(sc[r])]);
    rows.push([t('label.total'), sc.total, '']);
    const valueOf = (v: number, word: string): string => `${v}${word ? ` · ${word}` : ''}`;
    // Every bar has the same length, so the rows compare at a glance.
    const valW = Math.max(...rows.map(([, v, word]) => this.measureW(valueOf(v, word), L.font.body, word === '')));
    for (const [name, v, word] of rows) {
      addText(this, box.x + L.pad, y, name, { size: L.font.body, bold: true, color: COLORS.ink });
      const val = addText(this, box.x + box.w - L.pad, y, valueOf(v, word), { size: L.font.body, bold: word === '', color: COLORS.ink, originX: 1 });
      const bx = box.x + L.pad + nameW + L.gap;
      const bw = Math.max(24, box.x + box.w - L.pad - valW - L.gap - bx);
      const bh = this.barH();
      const by = y + (val.height - bh) / 2;
      const g = this.add.graphics();
      g.fillStyle(COLORS.surfaceAlt, 1);
      g.fillRoundedRect(bx, by, bw, bh, bh / 2);
      g.lineStyle(1, COLORS.inkSoft, 1);
      g.strokeRoundedRect(bx, by, bw, bh, bh / 2);
      if (v > 0) {
        g.fillStyle(COLORS.buttonQuiet, 1);
        g.fillRoundedRect(bx, by, Math.max(bh, (bw * v) / 100), bh, bh / 2);
      }
      y += rowH;
    }
    this.dom!.text(`${t('label.roleScores')}: ${this.scoreLines().join(', ')}.`);
    // Right: the method's steps, then the way on.
    const btnH = L.buttonH;
    const recap: Rect = { x: right.x, y: right.y, w: right.w, h: right.h - btnH - L.gap };
    this.recapPanel(recap);
    this.endingButtons({ x: right.x, y: right.y + right.h - btnH, w: right.w, h: btnH }, 4);
  }

  private drawEndingUpright(area: Rect): void {
    const L = this.layout;
    const btnH = L.buttonH;
    const btns: Rect = { x: area.x, y: area.y + area.h - 2 * btnH - L.gap, w: area.w, h: 2 * btnH + L.gap };
    const panel: Rect = { x: area.x, y: area.y, w: area.w, h: btns.y - L.gap - area.y };
    addPanel(this, panel);
    this.dom!.panel('ending', panel, t('label.ending'), (el) => {
      el.style.setProperty('--text-body', `${L.font.small}px`);
      for (const p of this.endingPieces()) {
        const e = document.createElement(p.size === 'large' ? 'h2' : 'p');
        e.textContent = p.text;
        e.style.margin = '0 0 0.5em';
        if (p.size === 'large') e.style.fontSize = `${L.font.large}px`;
        if (p.bold) e.style.fontWeight = '700';
        el.append(e);
      }
      this.fillScores(el);
      this.fillRecap(el);
    });
    this.endingButtons(btns, 2);
  }

  private fillScores(el: HTMLElement): void {
    const h = document.createElement('h3');
    h.textContent = t('label.roleScores');
    const ul = document.createElement('ul');
    for (const line of this.scoreLines()) {
      const li = document.createElement('li');
      li.textContent = line;
      li.style.margin = '0 0 0.2em';
      ul.append(li);
    }
    el.append(h, ul);
  }

  private fillRecap(el: HTMLElement): void {
    const { method, steps } = M.recap(this.level);
    const h = document.createElement('h3');
    h.textContent = `${t('label.recap')}: ${t(methodKey(method))}`;
    const ol = document.createElement('ol');
    for (const step of steps) {
      const li = document.createElement('li');
      li.textContent = localize(step);
      ol.append(li);
    }
    el.append(h, ol);
  }

  private recapPanel(r: Rect): void {
    const L = this.layout;
    addPanel(this, r);
    this.dom!.panel('recap', r, t('label.recap'), (el) => {
      el.style.setProperty('--text-body', `${L.font.body}px`);
      this.fillRecap(el);
    });
  }

  /** Debrief first (it ends the round), then Restart, Step back and Earlier lines. */
  private endingButtons(r: Rect, cols: number): void {
    const L = this.layout;
    const rows = Math.ceil(4 / cols);
    const bw = (r.w - L.gap * (cols - 1)) / cols;
    const bh = (r.h - L.gap * (rows - 1)) / rows;
    const specs: Array<{ id: string; label: string; visible?: string; go: () => void; primary?: boolean }> = [
      { id: 'debrief', label: t('button.debrief'), visible: `${t('button.debrief')} ›`, go: () => this.toDebrief(), primary: true },
      { id: 'restart', label: t('button.restart'), go: () => this.restartLevel() },
      { id: 'back', label: t('button.back'), visible: `↶ ${t('button.back')}`, go: () => this.dispatch({ type: 'back' }) },
      { id: 'transcript', label: t('button.transcript'), go: () => this.openTranscript() },
    ];
    specs.forEach((b, i) => {
      addButton(this, this.dom!, L, {
        id: b.id,
        label: b.label,
        visibleLabel: b.visible,
        style: b.primary ? 'primary' : 'quiet',
        rect: { x: r.x + (i % cols) * (bw + L.gap), y: r.y + Math.floor(i / cols) * (bh + L.gap), w: bw, h: bh },
        fontSize: b.primary ? L.font.large : L.font.small,
        onActivate: b.go,
      });
    });
  }

  // ---- transcript -------------------------------------------------------------------------------------------

  private drawTranscript(r: Rect): void {
    const L = this.layout;
    const lines = M.transcriptLines(this.level, this.state!);
    const panel: Rect = { x: r.x, y: r.y, w: r.w, h: r.h - L.buttonH - L.gap };
    this.transcriptEl = addTextPanel(this, this.dom!, { id: 'transcript-panel', rect: panel, title: t('label.transcript'), bodySize: L.font.small, titleSize: L.font.large }, (el) => {
      const ol = document.createElement('ol');
      ol.style.listStyle = 'none';
      ol.style.paddingLeft = '0';
      for (const line of lines) {
        const li = document.createElement('li');
        const who = document.createElement('strong');
        who.textContent = `${this.transcriptWho(line)}: `;
        const text = document.createElement('span');
        text.textContent = localize(line.text);
        if (line.kind === 'consequence') text.className = 'muted';
        li.append(who, text);
        ol.append(li);
      }
      el.append(ol);
    });
    // Open at the latest lines; earlier ones are a scroll away.
    this.transcriptEl.scrollTop = this.transcriptEl.scrollHeight;
    addButton(this, this.dom!, L, {
      id: 'close-transcript',
      label: t('button.close'),
      style: 'primary',
      rect: { x: r.x, y: r.y + r.h - L.buttonH, w: Math.min(r.w, Math.max(280, L.font.body * 16)), h: L.buttonH },
      onActivate: () => this.closeTranscript(),
    });
  }

  private transcriptWho(line: M.TranscriptLine): string {
    if (line.kind === 'choice') return t('speaker.you');
    if (line.kind === 'consequence') return t('label.consequence');
    if (line.kind === 'ending') return t('label.ending');
    if (line.name) return localize(line.name);
    return line.speaker === YOU ? t('speaker.you') : t('speaker.narrator');
  }

  // ---- text helpers -----------------------------------------------------------------------------------------

  private measure(content: string, size: number, width: number, bold = false): number {
    const o = addText(this, 0, 0, content, { size, width, bold });
    const h = o.height;
    o.destroy();
    return h;
  }

  private measureW(content: string, size: number, bold = false): number {
    const o = addText(this, 0, 0, content, { size, bold });
    const w = o.width;
    o.destroy();
    return w;
  }

  /**
   * Pieces of text stacked in a surface panel at the top of r, shrunk step by step (never under 16 px) until they
   * fit; if they still do not, a scrolling DOM panel holds them, so a long line is never cut. Returns the height used.
   */
  private textStack(r: Rect, pieces: Piece[], id: string, said: string, label: string): number {
    const L = this.layout;
    const inner = r.w - 2 * L.pad;
    const base = (p: Piece): number => L.font[p.size];
    const pad = L.pad * 0.8;
    for (let shrink = 0; ; shrink++) {
      const sizes = pieces.map((p) => Math.max(16, base(p) - shrink));
      const heights = pieces.map((p, i) => this.measure(p.text, sizes[i] ?? 16, inner, p.bold));
      const total = heights.reduce((a, b) => a + b, 0) + (pieces.length - 1) * L.gap * 0.6 + 2 * pad;
      if (total <= r.h) {
        addPanel(this, { x: r.x, y: r.y, w: r.w, h: total });
        let y = r.y + pad;
        pieces.forEach((p, i) => {
          const o = addText(this, r.x + L.pad, y, p.text, { size: sizes[i] ?? 16, bold: p.bold, color: p.color ?? COLORS.ink, width: inner });
          y += o.height + L.gap * 0.6;
        });
        this.dom!.text(said);
        return total;
      }
      if (sizes.every((s) => s <= 16)) break;
    }
    addPanel(this, r);
    this.dom!.panel(id, r, label, (el) => {
      el.style.setProperty('--text-body', '16px');
      for (const p of pieces) {
        const e = document.createElement('p');
        e.textContent = p.text;
        e.style.margin = '0 0 0.4em';
        if (p.bold) e.style.fontWeight = '700';
        el.append(e);
      }
    });
    return r.h;
  }
}
