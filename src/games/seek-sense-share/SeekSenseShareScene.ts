// Thin view of "Seek, sense, share": draws the level's network from the model's state, turns taps, drags and keys
// into tie / untie / run / step / back / finish actions, and shows the flow's results. No rules here (see model.ts).
import { SSS_SCENE } from './index';
import Phaser from 'phaser';
import { GameScene } from '../sdk/GameScene';
import { addButton, addText, addTextPanel, fitText } from '../../ui/widgets';
import { COLORS, css } from '../../ui/theme';
import { bakeGraphics } from '../../ui/bake';
import type { Rect } from '../../ui/a11y';
import { a11y } from '../../ui/a11y';
import { localize } from '../../core/i18n';
import { isInvalid, type RoundSummary, type SummaryItem, type Verdict } from '../../core/round';
import * as M from './model';
import type { SssAction, SssState } from './model';
import { pairKey, TIE_KINDS, type Level, type Tie, type TieKind } from './schema';
import { FLOW_STEPS, type FlowResult, type FlowStep } from './simulation';
import { sssStrings as t } from './strings';
import { abbreviate, fitGraph, nearest, overlaps, type GraphFrame, type Point } from './graphLayout';

/** One reused texture key for the baked ties (a new key per redraw would grow texture memory). */
const TIES_TEXTURE = 'sss-ties';

export { SSS_SCENE };

/** Each kind of tie has its own width, pattern and colour, so it reads without colour too. */
const TIE_STYLE: Record<TieKind, { color: number; width: number; pattern: 'solid' | 'dash' | 'dot'; mark: string }> = {
  team: { color: 0xffd166, width: 7, pattern: 'solid', mark: '━' },
  community: { color: 0x7fdcc4, width: 4, pattern: 'dash', mark: '╍' },
  network: { color: 0xc9d3e6, width: 2.5, pattern: 'dot', mark: '┈' },
};
/** Contacts inside government are circles, outside ones rounded squares, the city a hexagon. */
const NODE_COLOR = { inside: 0xf4a09c, outside: 0x8ecae6, city: 0xffb703 } as const;
const FLOW_OK = 0x5fd08a;
const FLOW_FAIL = 0xff6b6b;

type NodeKind = keyof typeof NODE_COLOR;
interface NodeView {
  id: string;
  name: string;
  kind: NodeKind;
  /** First letter of the sector's name, drawn inside the node. */
  mark: string;
  pos: Point;
}

/** Verdict of a revealed step; 'waiting' before it runs. */
type StepStatus = Verdict | 'waiting';

export class SeekSenseShareScene extends GameScene<Level> {
  private state: SssState | null = null;
  /** View-only: the challenge story is on screen (at the start of a fresh round, or reopened). */
  private briefOpen = false;
  /** View-only selection: the first and second ends of the tie being made. */
  private from: string | null = null;
  private to: string | null = null;
  /** View-only: the last thing that happened, shown in the panel. */
  private message: { text: string; ok: boolean } | null = null;
  private hover: string | null = null;
  private dragEndedAt = 0;
  // Rebuilt by every build(): the picture's geometry and the graphics redrawn on focus or drag.
  private frame: GraphFrame | null = null;
  private points = new Map<string, Point>();
  private nodeG: Phaser.GameObjects.Graphics | null = null;
  private dragG: Phaser.GameObjects.Graphics | null = null;
  private flow: FlowResult | null = null;

  constructor() {
    super(SSS_SCENE);
  }

  override create(): void {
    const saved = this.savedState();
    const resumed = saved === undefined ? null : M.resume(this.level, saved);
    const ok = resumed !== null && !isInvalid(resumed);
    if (saved !== undefined && !ok) this.setSavedStateAside();
    this.state = ok ? resumed : M.start(this.level);
    this.briefOpen = !ok;
    this.from = null;
    this.to = null;
    this.message = null;
    this.hover = null;
    super.create();
    this.onShutdown(() => {
      if (this.textures.exists(TIES_TEXTURE)) this.textures.remove(TIES_TEXTURE);
    });
    if (this.briefOpen) a11y().announce(`${localize(this.level.title)}. ${localize(this.level.brief)}`);
  }

  protected override initialFocus(): string {
    const s = this.state;
    if (this.briefOpen || !s) return 'start';
    if (s.phase === 'build') return this.nodeId(this.level.city.id);
    return s.phase === 'flow' && s.step < FLOW_STEPS.length ? 'step' : 'finish';
  }

  // ---- actions ------------------------------------------------------------------------------------------

  private dispatch(action: SssAction): void {
    const s = this.state;
    if (!s) return;
    const next = M.apply(this.level, s, action);
    if (isInvalid(next)) {
      this.sounds.wrong();
      const text = t('view.announce.refused', { reason: this.refusal(next.reason) });
      this.message = { text, ok: false };
      this.rebuild();
      a11y().announce(`${text} ${this.budgetSentence()}`);
      return;
    }
    this.state = next;
    this.saveState(next);
    switch (action.type) {
      case 'tie':
      case 'untie': {
        this.sounds.correct();
        const a = this.nameOf(action.a);
        const b = this.nameOf(action.b);
        const text = action.type === 'tie' ? t('view.announce.tied', { a, b, kind: t(`tie.${action.kind}`) }) : t('view.announce.untied', { a, b });
        this.message = { text, ok: true };
        this.to = null;
        this.rebuild();
        this.dom?.focus(this.nodeId(action.b));
        a11y().announce(`${text} ${this.budgetSentence()}`);
        break;
      }
      case 'run':
        this.sounds.select();
        this.from = this.to = null;
        this.message = null;
        this.rebuild();
        this.dom?.focus('step');
        a11y().announce(t('view.announce.run'));
        break;
      case 'step': {
        const step = FLOW_STEPS[next.step - 1] as FlowStep;
        this.rebuild();
        const status = this.stepStatus(step);
        if (status === 'right') this.sounds.correct();
        else this.sounds.wrong();
        this.dom?.focus(next.step < FLOW_STEPS.length ? 'step' : 'finish');
        a11y().announce(this.stepReport(step));
        break;
      }
      case 'back':
        this.sounds.select();
        this.rebuild();
        this.dom?.focus(this.nodeId(this.level.city.id));
        a11y().announce(t('view.announce.back'));
        break;
      case 'finish':
        this.finish(M.summary(this.level, next));
        break;
    }
  }

  /** A node was chosen (tap, click, Enter or the end of a drag): the first becomes "from", the next "to". */
  private pick(id: string): void {
    const s = this.state;
    if (!s || performance.now() - this.dragEndedAt < 300) return;
    if (s.phase !== 'build') {
      a11y().announce(t('refuse.not-building'));
      return;
    }
    this.sounds.select();
    this.message = null;
    if (this.from === null || id === this.from) {
      this.from = id === this.from ? null : id;
      this.to = null;
      this.rebuild();
      a11y().announce(this.from ? t('view.select.pickTo', { name: this.nameOf(this.from) }) : t('view.select.none'));
    } else if (id === this.to) {
      this.to = null;
      this.rebuild();
      a11y().announce(t('view.select.pickTo', { name: this.nameOf(this.from) }));
    } else {
      this.pickPair(this.from, id);
    }
  }

  private pickPair(a: string, b: string): void {
    this.from = a;
    this.to = b;
    this.message = null;
    this.rebuild();
    this.dom?.focus(this.existingTie(a, b) ? 'untie' : `kind-${TIE_KINDS[0]}`);
    a11y().announce(t('view.announce.pair', { a: this.nameOf(a), b: this.nameOf(b) }));
  }

  private clearSelection(): void {
    this.from = this.to = null;
    this.message = null;
    this.rebuild();
    this.dom?.focus(this.nodeId(this.level.city.id));
    a11y().announce(t('view.select.none'));
  }

  private closeBrief(): void {
    this.briefOpen = false;
    this.rebuild();
    const s = this.state;
    this.dom?.focus(s?.phase === 'build' ? this.nodeId(this.level.city.id) : s && s.step < FLOW_STEPS.length ? 'step' : 'finish');
    a11y().announce(s?.phase === 'build' ? t('view.select.none') : t('view.flow.ready'));
  }

  private finishRound(): void {
    const s = this.state;
    if (!s) return;
    // A round saved after it ended resumes in 'done': hand over its summary rather than finishing again.
    if (s.phase === 'done') this.finish(M.summary(this.level, s));
    else this.dispatch({ type: 'finish' });
  }

  /**
   * Benchmark hook (stressBench.ts): one real action per call, cycling build → run → steps → back, so the whole
   * view is rebuilt and redrawn the way a player would cause it.
   */
  benchStep(): void {
    const s = this.state;
    if (!s) return;
    this.briefOpen = false;
    if (s.phase === 'build') this.dispatch({ type: 'run' });
    else if (s.phase === 'flow' && s.step < FLOW_STEPS.length) this.dispatch({ type: 'step' });
    else if (s.phase === 'flow') this.dispatch({ type: 'back' });
  }

  // ---- words ---------------------------------------------------------------------------------------------

  private nodeId(id: string): string {
    return `node-${id}`;
  }

  private nameOf(id: string): string {
    if (id === this.level.city.id) return localize(this.level.city.name);
    const c = this.level.contacts.find((x) => x.id === id);
    return c ? localize(c.name) : id;
  }

  private refusal(reason: string): string {
    return (M.REFUSALS as readonly string[]).includes(reason) ? t(`refuse.${reason as M.Refusal}`) : reason;
  }

  private budgetSentence(): string {
    const s = this.state;
    if (!s) return '';
    const left = M.budgetLeft(this.level, s);
    return `${t('label.left', { time: left.time, trust: left.trust })}.`;
  }

  private existingTie(a: string, b: string): Tie | undefined {
    const s = this.state;
    if (!s) return undefined;
    const key = pairKey(a, b);
    return M.allTies(this.level, s).find((x) => pairKey(x.a, x.b) === key);
  }

  /** Side, sector, note, roles, constraints and ties of a node: its DOM twin's description. */
  private facts(id: string, withTies: boolean): string[] {
    const out: string[] = [];
    const c = this.level.contacts.find((x) => x.id === id);
    if (!c) out.push(`${t('side.city')}.`);
    else {
      out.push(`${t(`side.${c.kind}`)}, ${t(`sector.${c.sector}`)}.`);
      if (c.note) out.push(localize(c.note));
      const roles = M.rolesOf(this.level, id);
      if (roles.source) out.push(`★ ${t('label.source')}.`);
      if (roles.audience) out.push(`◎ ${t('label.audience')}.`);
      if (roles.mustInclude) out.push(`◆ ${t('label.mustInclude')}.`);
      if (c.requiresIntroduction) out.push(`${t('label.needsIntroduction')}.`);
      if (c.extraTrust) out.push(`${t('label.extraTrust', { n: c.extraTrust })}.`);
      if (c.accepts) out.push(`${t('label.accepts', { kinds: c.accepts.map((k) => t(`tie.${k}`)).join(', ') })}.`);
    }
    if (withTies && this.state) {
      const ties = M.allTies(this.level, this.state).filter((x) => x.a === id || x.b === id);
      out.push(ties.length === 0 ? t('view.node.noTies') : t('view.node.ties', { list: ties.map((x) => t(`view.tieWith.${x.kind}`, { name: this.nameOf(x.a === id ? x.b : x.a) })).join('; ') }));
    }
    return out;
  }

  private objectiveTexts(): { seek: string; sense: string; share: string } {
    const o = this.level.objectives;
    const sources = o.seek.sources.map((x) => t('view.obj.source', { name: this.nameOf(x.contact), depth: t(`depth.${x.depth as 1 | 2 | 3}`) })).join(', ');
    const must = o.sense.mustInclude ?? [];
    const sense = [t('view.obj.sense', { trust: o.sense.minTrust, outside: o.sense.minOutside }), must.length ? t('view.obj.senseMust', { names: must.map((id) => this.nameOf(id)).join(', ') }) : ''];
    const share = [
      t('view.obj.share', { min: o.share.min ?? o.share.audiences.length, audiences: o.share.audiences.map((id) => this.nameOf(id)).join(', '), reach: o.share.reach }),
      o.share.backToSources ? t('view.obj.shareBack') : '',
    ];
    return {
      seek: t('view.obj.seek', { practice: localize(o.seek.practice), sources }),
      sense: sense.filter(Boolean).join(' '),
      share: share.filter(Boolean).join(' '),
    };
  }

  /** The debrief items of one step (the summary lists each source's SEEK, then SENSE, then SHARE). */
  private stepItems(step: FlowStep, summary: RoundSummary): SummaryItem[] {
    const n = this.level.objectives.seek.sources.length;
    if (step === 'seek') return summary.items.slice(0, n);
    return summary.items.slice(step === 'sense' ? n : n + 1, step === 'sense' ? n + 1 : n + 2);
  }

  private stepStatus(step: FlowStep): StepStatus {
    const s = this.state;
    if (!s || s.step <= FLOW_STEPS.indexOf(step)) return 'waiting';
    const v = this.stepItems(step, M.summary(this.level, s)).map((i) => i.verdict);
    if (v.every((x) => x === 'right')) return 'right';
    return v.every((x) => x === 'wrong') ? 'wrong' : 'partial';
  }

  private statusText(status: StepStatus): string {
    return t(`view.status.${status === 'info' ? 'waiting' : status}`);
  }

  private stepReport(step: FlowStep): string {
    const s = this.state;
    if (!s) return '';
    const n = FLOW_STEPS.indexOf(step) + 1;
    const items = this.stepItems(step, M.summary(this.level, s));
    return [t('view.flow.step', { n, step: t(`step.${step}`) }), this.statusText(this.stepStatus(step)), ...items.flatMap((i) => [localize(i.answer), localize(i.explanation)])].join(' ');
  }

  // ---- drawing -------------------------------------------------------------------------------------------

  protected build(): void {
    const s = this.state;
    if (!s) return;
    const L = this.layout;
    this.addGameHeader();
    this.nodeG = this.dragG = null;
    if (this.briefOpen) {
      this.drawBrief(L.body);
      return;
    }
    this.flow = M.flowOf(this.level, s);
    const side = !L.portrait;
    const panelW = side ? Math.min(640, Math.max(360, L.body.w * 0.34)) : L.body.w;
    // Upright: a crowded network gets most of the height; the panel below scrolls.
    // While a pair is chosen, the tie kinds need the room more than the picture does.
    const pairOpen = this.from !== null && this.to !== null && s.phase === 'build';
    const share = pairOpen ? 0.4 : this.level.contacts.length > 30 ? 0.62 : 0.5;
    const graphH = side ? L.body.h : Math.max(pairOpen ? 250 : 260, Math.min(L.body.h * share, L.body.w * 1.4));
    const graph: Rect = side ? { x: L.body.x, y: L.body.y, w: L.body.w - panelW - L.pad, h: L.body.h } : { x: L.body.x, y: L.body.y, w: L.body.w, h: graphH };
    const panel: Rect = side
      ? { x: graph.x + graph.w + L.pad, y: L.body.y, w: panelW, h: L.body.h }
      : { x: L.body.x, y: graph.y + graph.h + L.gap, w: L.body.w, h: L.body.h - graphH - L.gap };
    this.drawGraph(graph, side);
    if (s.phase === 'build') this.drawBuildPanel(panel);
    else this.drawFlowPanel(panel);
  }

  private drawBrief(r: Rect): void {
    const L = this.layout;
    const col = { x: r.x + Math.max(0, (r.w - 960) / 2), y: r.y, w: Math.min(960, r.w), h: r.h };
    const bh = L.buttonH * 1.1;
    const box = { x: col.x, y: col.y, w: col.w, h: col.h - bh - L.gap };
    const obj = this.objectiveTexts();
    addTextPanel(this, this.dom!, { id: 'brief', rect: box, title: t('view.brief.title'), bodySize: L.font.body, titleSize: L.font.large }, (el) => {
      const p = document.createElement('p');
      p.textContent = localize(this.level.brief);
      const h3 = document.createElement('h3');
      h3.textContent = t('view.obj.title');
      const ul = document.createElement('ul');
      for (const line of [obj.seek, obj.sense, obj.share, t('label.diversity', { n: 0, target: this.level.objectives.diversity.target })]) {
        const li = document.createElement('li');
        li.textContent = line;
        ul.append(li);
      }
      const how = document.createElement('p');
      how.className = 'muted';
      how.textContent = t('view.howTo');
      el.append(p, h3, ul, how);
    });
    const bw = Math.min(col.w, 420);
    addButton(this, this.dom!, L, {
      id: 'start',
      label: t('view.brief.start'),
      rect: { x: col.x + (col.w - bw) / 2, y: col.y + col.h - bh, w: bw, h: bh },
      fontSize: L.font.large,
      onActivate: () => this.closeBrief(),
    });
  }

  private nodes(): NodeView[] {
    const lv = this.level;
    return [
      { id: lv.city.id, name: localize(lv.city.name), kind: 'city', mark: '', pos: lv.city.position },
      ...lv.contacts.map((c) => ({ id: c.id, name: localize(c.name), kind: c.kind, mark: t(`sector.${c.sector}`).charAt(0), pos: c.position })),
    ];
  }

  private drawGraph(area: Rect, withLegend: boolean): void {
    const L = this.layout;
    const s = this.state!;
    const legendH = withLegend ? L.font.small * 3.4 + L.gap : 0;
    const caption = s.phase === 'build' ? '' : s.step === 0 ? t('view.flow.ready') : t('view.flow.step', { n: s.step, step: t(`step.${FLOW_STEPS[s.step - 1] as FlowStep}`) });
    let top = area.y;
    if (caption) {
      const status = s.step > 0 ? ` · ${this.statusText(this.stepStatus(FLOW_STEPS[s.step - 1] as FlowStep))}` : '';
      const c = addText(this, area.x, area.y, `${caption}${status}`, { size: L.font.body, bold: true, color: COLORS.accent, width: area.w });
      top += c.height + L.gap;
    }
    const graphArea = { x: area.x, y: top, w: area.w, h: area.y + area.h - top - legendH };
    const nodes = this.nodes();
    // Upright with a pair chosen, the graph is short: names give way to the nodes (the panel names the pair).
    const pairOpen = this.from !== null && this.to !== null && s.phase === 'build';
    const frame = fitGraph(graphArea, nodes.length, L.font.small, !(pairOpen && L.portrait));
    this.frame = frame;
    this.points = new Map(nodes.map((n) => [n.id, frame.at(n.pos)]));
    const ties = M.allTies(this.level, s);
    this.dom!.text(t('view.graph', { contacts: this.level.contacts.length, ties: ties.length }));
    const tieG = this.add.graphics();
    this.drawTies(tieG, ties);
    // Bake the ties into one texture: Canvas replays every Graphics command each frame, and a big network's
    // dotted ties are thousands of them. One drawImage a frame holds 60 fps where the GPU is software.
    bakeGraphics(this, tieG, TIES_TEXTURE, this.scale.width, this.scale.height);
    this.add.image(0, 0, TIES_TEXTURE).setOrigin(0, 0);
    this.nodeG = this.add.graphics();
    this.drawNodes(nodes);
    if (frame.labels) this.drawLabels(nodes, graphArea);
    this.dragG = this.add.graphics();
    if (withLegend) this.drawLegend({ x: area.x, y: area.y + area.h - legendH + L.gap, w: area.w, h: legendH - L.gap });
    for (const n of nodes) this.addNodeTwin(n);
  }

  /** Knowledge shown moving so far: per tie, whether it carried (ok) or failed, and which way it went. */
  private highlights(): Map<string, { ok: boolean; from: string; to: string }> {
    const out = new Map<string, { ok: boolean; from: string; to: string }>();
    if (!this.state || this.state.phase === 'build') return out;
    for (const e of M.eventsShown(this.level, this.state)) out.set(pairKey(e.from, e.to), { ok: e.ok, from: e.from, to: e.to });
    return out;
  }

  private drawTies(g: Phaser.GameObjects.Graphics, ties: readonly Tie[]): void {
    const frame = this.frame!;
    const hl = this.highlights();
    const pair = this.from && this.to ? pairKey(this.from, this.to) : null;
    for (const tie of ties) {
      const a = this.points.get(tie.a);
      const b = this.points.get(tie.b);
      if (!a || !b) continue;
      const style = TIE_STYLE[tie.kind];
      const h = hl.get(pairKey(tie.a, tie.b));
      if (h || pairKey(tie.a, tie.b) === pair) {
        g.lineStyle(style.width + 10, h ? (h.ok ? FLOW_OK : FLOW_FAIL) : 0xffffff, h ? 0.55 : 0.35);
        g.lineBetween(a.x, a.y, b.x, b.y);
      }
      strokeTie(g, a, b, tie.kind, frame.r);
    }
    // Markers after the lines: an arrow shows the way knowledge went, a cross where it failed (not colour alone).
    for (const h of hl.values()) {
      const a = this.points.get(h.from);
      const b = this.points.get(h.to);
      if (!a || !b) continue;
      const mx = (a.x + b.x) / 2;
      const my = (a.y + b.y) / 2;
      const size = Math.max(7, frame.r * 0.45);
      g.fillStyle(COLORS.bg, 1);
      g.fillCircle(mx, my, size + 3);
      if (h.ok) {
        const ang = Math.atan2(b.y - a.y, b.x - a.x);
        const p = (k: number, d: number): [number, number] => [mx + Math.cos(ang + k) * d, my + Math.sin(ang + k) * d];
        const [x1, y1] = p(0, size);
        const [x2, y2] = p(2.5, size);
        const [x3, y3] = p(-2.5, size);
        g.fillStyle(FLOW_OK, 1);
        g.fillTriangle(x1, y1, x2, y2, x3, y3);
      } else {
        g.lineStyle(4, FLOW_FAIL, 1);
        g.lineBetween(mx - size * 0.7, my - size * 0.7, mx + size * 0.7, my + size * 0.7);
        g.lineBetween(mx - size * 0.7, my + size * 0.7, mx + size * 0.7, my - size * 0.7);
      }
    }
  }

  /** Redrawn alone when focus or hover moves, so moving along the nodes costs one Graphics clear. */
  private drawNodes(nodes: readonly NodeView[] = this.nodes()): void {
    const g = this.nodeG;
    const frame = this.frame;
    if (!g || !frame) return;
    g.clear();
    for (const n of nodes) {
      const p = this.points.get(n.id);
      if (!p) continue;
      const r = n.kind === 'city' ? frame.r * 1.3 : frame.r;
      if (n.id === this.from) {
        g.lineStyle(5, COLORS.accent, 1);
        g.strokeCircle(p.x, p.y, r + 8);
      }
      if (n.id === this.to) {
        g.lineStyle(5, COLORS.onBg, 1);
        g.strokeCircle(p.x, p.y, r + 8);
        g.lineStyle(2, COLORS.onBg, 1);
        g.strokeCircle(p.x, p.y, r + 14);
      }
      if (n.id === this.hover) {
        g.lineStyle(3, COLORS.focus, 1);
        g.strokeCircle(p.x, p.y, r + (n.id === this.from || n.id === this.to ? 19 : 8));
      }
      g.fillStyle(NODE_COLOR[n.kind], 1);
      g.lineStyle(2, COLORS.ink, 1);
      if (n.kind === 'city') {
        const pts = hexagon(p, r);
        g.fillPoints(pts, true);
        g.strokePoints(pts, true);
      } else if (n.kind === 'inside') {
        g.fillCircle(p.x, p.y, r);
        g.strokeCircle(p.x, p.y, r);
      } else {
        const side = r * 1.8;
        g.fillRoundedRect(p.x - side / 2, p.y - side / 2, side, side, r * 0.35);
        g.strokeRoundedRect(p.x - side / 2, p.y - side / 2, side, side, r * 0.35);
      }
      if (n.kind === 'city') continue;
      const roles = M.rolesOf(this.level, n.id);
      const b = Math.max(5, r * 0.42);
      if (roles.source) {
        g.fillStyle(COLORS.star, 1);
        g.lineStyle(2, COLORS.ink, 1);
        const star = starPoints(p.x + r * 0.9, p.y - r * 0.9, b * 2.6);
        g.fillPoints(star, true);
        g.strokePoints(star, true);
      }
      if (roles.audience) {
        g.fillStyle(COLORS.onBg, 1);
        g.fillCircle(p.x + r * 0.9, p.y + r * 0.9, b);
        g.lineStyle(2, COLORS.ink, 1);
        g.strokeCircle(p.x + r * 0.9, p.y + r * 0.9, b);
        g.fillStyle(COLORS.ink, 1);
        g.fillCircle(p.x + r * 0.9, p.y + r * 0.9, b * 0.4);
      }
      if (roles.mustInclude) {
        const cx = p.x - r * 0.9;
        const cy = p.y + r * 0.9;
        g.fillStyle(COLORS.onBg, 1);
        g.lineStyle(2, COLORS.ink, 1);
        const d = [new Phaser.Math.Vector2(cx, cy - b), new Phaser.Math.Vector2(cx + b, cy), new Phaser.Math.Vector2(cx, cy + b), new Phaser.Math.Vector2(cx - b, cy)];
        g.fillPoints(d, true);
        g.strokePoints(d, true);
      }
    }
  }

  /** Names beside nodes where they fit: the full name, else a short form, else none (the DOM twin has it all). */
  private drawLabels(nodes: readonly NodeView[], area: Rect): void {
    const L = this.layout;
    const frame = this.frame!;
    const taken: Rect[] = nodes.map((n) => {
      const p = this.points.get(n.id)!;
      const r = n.kind === 'city' ? frame.r * 1.3 : frame.r;
      return { x: p.x - r, y: p.y - r, w: 2 * r, h: 2 * r };
    });
    const rank = (n: NodeView): number => (n.kind === 'city' ? 0 : n.id === this.from || n.id === this.to ? 1 : 2);
    const order = [...nodes].sort((x, y) => rank(x) - rank(y));
    const markSize = Math.max(16, Math.round(frame.r * 0.95));
    for (const n of order) {
      const p = this.points.get(n.id)!;
      const r = n.kind === 'city' ? frame.r * 1.3 : frame.r;
      if (n.mark && markSize <= frame.r * 1.4) {
        addText(this, p.x, p.y, n.mark, { size: markSize, bold: true, color: COLORS.ink, originX: 0.5, originY: 0.5 });
      }
      const label = addText(this, p.x, 0, n.name, { size: L.font.small, color: COLORS.onBg, width: frame.labelW, align: 'center', originX: 0.5 });
      label.setStroke(css(COLORS.bg), 4);
      const fits = (): boolean => {
        const w = label.width;
        const x = Math.max(area.x + w / 2, Math.min(area.x + area.w - w / 2, p.x));
        label.setX(x);
        const rect = { x: x - w / 2, y: label.y, w, h: label.height };
        if (rect.y < area.y || rect.y + rect.h > area.y + area.h + L.font.small * 2.6) return false;
        if (taken.some((q) => overlaps(q, rect))) return false;
        taken.push(rect);
        return true;
      };
      const below = p.y + r + (n.kind === 'city' ? 4 : r * 0.5 + 2);
      const above = (h: number): number => p.y - r - 4 - h;
      const tryAt = (): boolean => {
        label.setY(below);
        if (fits()) return true;
        label.setY(above(label.height));
        return fits();
      };
      if (tryAt()) continue;
      label.setText(abbreviate(n.name));
      if (tryAt()) continue;
      label.destroy();
    }
  }

  private drawLegend(r: Rect): void {
    const L = this.layout;
    const g = this.add.graphics();
    const items: Array<{ draw: (x: number, y: number) => number; text: string }> = [
      ...TIE_KINDS.map((k) => ({
        text: t(`tie.${k}`),
        draw: (x: number, y: number): number => {
          strokeTie(g, { x, y }, { x: x + 44, y }, k, 0);
          return 52;
        },
      })),
      ...(['inside', 'outside'] as const).map((k) => ({
        text: t(`side.${k}`),
        draw: (x: number, y: number): number => {
          g.fillStyle(NODE_COLOR[k], 1);
          g.lineStyle(2, COLORS.ink, 1);
          if (k === 'inside') g.fillCircle(x + 10, y, 10);
          else g.fillRoundedRect(x, y - 10, 20, 20, 5);
          return 28;
        },
      })),
      {
        text: t('label.source'),
        draw: (x: number, y: number): number => {
          g.fillStyle(COLORS.star, 1);
          g.fillPoints(starPoints(x + 10, y, 12), true);
          return 28;
        },
      },
      {
        text: t('label.audience'),
        draw: (x: number, y: number): number => {
          g.fillStyle(COLORS.onBg, 1);
          g.fillCircle(x + 9, y, 9);
          g.fillStyle(COLORS.ink, 1);
          g.fillCircle(x + 9, y, 3.5);
          return 26;
        },
      },
    ];
    let x = r.x;
    let y = r.y + L.font.small * 0.8;
    for (const it of items) {
      const label = addText(this, 0, 0, it.text, { size: L.font.small, color: COLORS.onBgSoft, originY: 0.5 });
      const need = 56 + label.width + L.gap * 2;
      if (x + need > r.x + r.w && x > r.x) {
        x = r.x;
        y += L.font.small * 1.7;
      }
      x += it.draw(x, y);
      label.setPosition(x, y);
      x += label.width + L.gap * 2;
    }
  }

  private addNodeTwin(n: NodeView): void {
    const p = this.points.get(n.id)!;
    const tap = this.frame!.tap;
    const sel = n.id === this.from ? t('view.select.first') : n.id === this.to ? t('view.select.second') : '';
    const el = this.dom!.button({
      id: this.nodeId(n.id),
      label: n.name,
      description: [sel, ...this.facts(n.id, true)].filter(Boolean).join(' '),
      group: 'nodes',
      pressed: n.id === this.from || n.id === this.to,
      rect: { x: p.x - tap / 2, y: p.y - tap / 2, w: tap, h: tap },
      onActivate: () => this.pick(n.id),
      onFocus: () => {
        this.hover = n.id;
        this.drawNodes();
      },
      onBlur: () => {
        if (this.hover !== n.id) return;
        this.hover = null;
        this.drawNodes();
      },
    });
    // Dragging from node to node is a shortcut; choosing two nodes by tap or keys does the same.
    let start: Point | null = null;
    let dragging = false;
    const at = (e: PointerEvent): Point => {
      const b = this.game.canvas.getBoundingClientRect();
      return { x: e.clientX - b.left, y: e.clientY - b.top };
    };
    el.addEventListener('pointerdown', (e) => {
      if (this.state?.phase !== 'build') return;
      start = at(e);
      dragging = false;
      el.setPointerCapture?.(e.pointerId);
    });
    el.addEventListener('pointermove', (e) => {
      if (!start) return;
      const q = at(e);
      if (!dragging && Math.hypot(q.x - start.x, q.y - start.y) < 12) return;
      dragging = true;
      this.dragG?.clear();
      this.dragG?.lineStyle(4, COLORS.accent, 1);
      this.dragG?.lineBetween(p.x, p.y, q.x, q.y);
      this.dragG?.fillStyle(COLORS.accent, 1);
      this.dragG?.fillCircle(q.x, q.y, 6);
    });
    const end = (e: PointerEvent, drop: boolean): void => {
      if (!start) return;
      start = null;
      if (!dragging) return;
      dragging = false;
      this.dragG?.clear();
      const target = drop ? nearest(this.points, at(e), tap / 2) : null;
      if (target && target !== n.id) this.pickPair(n.id, target);
      // The click that follows a drag must not also select the node it started on.
      this.dragEndedAt = performance.now();
    };
    el.addEventListener('pointerup', (e) => end(e, true));
    el.addEventListener('pointercancel', (e) => end(e, false));
  }

  private drawBudget(x: number, y: number, w: number): number {
    const L = this.layout;
    const s = this.state!;
    const left = M.budgetLeft(this.level, s);
    const half = (w - L.gap) / 2;
    const g = this.add.graphics();
    let h = 0;
    (['time', 'trust'] as const).forEach((k, i) => {
      const max = this.level.budget[k];
      const bx = x + i * (half + L.gap);
      const text = addText(this, bx, y, t(`view.budget.${k}`, { n: left[k], max }), { size: L.font.small, bold: true, width: half });
      const by = y + text.height + 4;
      g.fillStyle(COLORS.buttonQuiet, 1);
      g.fillRoundedRect(bx, by, half, 12, 6);
      g.fillStyle(k === 'time' ? COLORS.accent : 0x7fdcc4, 1);
      if (max > 0 && left[k] > 0) g.fillRoundedRect(bx, by, Math.max(12, (half * left[k]) / max), 12, 6);
      h = Math.max(h, text.height + 16);
    });
    this.dom!.text(`${t('label.budget')}: ${t('view.budget.time', { n: left.time, max: this.level.budget.time })}, ${t('view.budget.trust', { n: left.trust, max: this.level.budget.trust })}.`);
    return y + h + L.gap;
  }

  private drawMessage(x: number, y: number, w: number): number {
    if (!this.message) return y;
    const L = this.layout;
    const m = addText(this, x, y, `${this.message.ok ? '✓' : '✗'} ${this.message.text}`, { size: L.font.small, bold: true, color: this.message.ok ? 0xa7f3c0 : 0xffc2bd, width: w });
    return y + m.height + L.gap;
  }

  private drawBuildPanel(r: Rect): void {
    const L = this.layout;
    const s = this.state!;
    let y = this.drawBudget(r.x, r.y, r.w);
    y = this.drawMessage(r.x, y, r.w);
    const actionsY = r.y + r.h - L.buttonH;
    const wide = !L.portrait;
    if (this.from && this.to) {
      const a = this.nameOf(this.from);
      const b = this.nameOf(this.to);
      const head = addText(this, r.x, y, t('view.select.pair', { a, b }), { size: L.font.body, bold: true, width: r.w });
      // Large text on a phone: the pair's heading may not take more than three lines of the panel.
      fitText(head, r.w, L.font.body * 1.35 * 3);
      y += head.height + L.gap * 0.6;
      const existing = this.existingTie(this.from, this.to);
      if (existing) {
        const fixed = M.isFixedTie(this.level, this.from, this.to);
        const info = addText(this, r.x, y, `${t('view.select.existing', { kind: t(`tie.${existing.kind}`) })}${fixed ? ` ${t('view.select.fixed')}` : ''}`, { size: L.font.small, color: COLORS.onBgSoft, width: r.w });
        y += info.height + L.gap;
        const from = this.from;
        const to = this.to;
        addButton(this, this.dom!, L, {
          id: 'untie',
          label: t('label.untie'),
          description: fixed ? t('refuse.fixed') : undefined,
          style: fixed ? 'quiet' : 'card',
          rect: { x: r.x, y, w: Math.min(r.w, 360), h: L.buttonH },
          onActivate: () => this.dispatch({ type: 'untie', a: from, b: to }),
        });
        y += L.buttonH + L.gap;
      } else {
        const choose = addText(this, r.x, y, t('label.chooseKind'), { size: L.font.small, color: COLORS.onBgSoft, width: r.w });
        let bh = wide ? Math.round(L.buttonH * 1.45) : L.buttonH;
        const room = actionsY - L.gap - y;
        const need = (n: number): number => TIE_KINDS.length * (n + L.gap * 0.6);
        if (choose.height + L.gap * 0.5 + need(bh) > room) {
          // Not enough height (large text on a phone): the three kinds matter more than the hint above them.
          choose.setVisible(false);
          bh = Math.max(44, Math.floor(room / TIE_KINDS.length - L.gap * 0.6));
        } else {
          y += choose.height + L.gap * 0.5;
        }
        for (const kind of TIE_KINDS) {
          const check = M.canTie(this.level, s, this.from, this.to, kind);
          const cost = M.tieCost(this.level, this.from, this.to, kind);
          const label = t('view.kind.name', { kind: t(`tie.${kind}`), cost: t('view.kind.cost', { time: cost.time, trust: cost.trust }) });
          const why = check.ok ? t(`tie.${kind}.desc`) : t('view.kind.refused', { reason: t(`refuse.${check.reason}`) });
          const from = this.from;
          const to = this.to;
          addButton(this, this.dom!, L, {
            id: `kind-${kind}`,
            label,
            visibleLabel: `${TIE_STYLE[kind].mark} ${check.ok ? '' : '✗ '}${label}`,
            description: why,
            sublabel: wide ? why : undefined,
            style: check.ok ? 'card' : 'quiet',
            group: 'kinds',
            sound: false,
            fontSize: L.font.small,
            rect: { x: r.x, y, w: r.w, h: bh },
            onActivate: () => this.dispatch({ type: 'tie', a: from, b: to, kind }),
          });
          y += bh + L.gap * 0.6;
        }
        y += L.gap * 0.4;
      }
    } else {
      const lines = this.from ? [this.nameOf(this.from), this.facts(this.from, false).join(' '), t('view.select.pickTo', { name: this.nameOf(this.from) })] : [t('view.select.none')];
      lines.forEach((line, i) => {
        const last = i === lines.length - 1 && this.from !== null;
        const txt = addText(this, r.x, y, line, { size: i === 0 && this.from ? L.font.body : L.font.small, bold: i === 0 || last, color: i === 0 || last ? COLORS.onBg : COLORS.onBgSoft, width: r.w });
        y += txt.height + L.gap * 0.5;
      });
      y += L.gap * 0.5;
    }
    this.drawObjectives({ x: r.x, y, w: r.w, h: actionsY - L.gap - y });
    const actions: Array<{ id: string; label: string; style: 'primary' | 'quiet'; go: () => void }> = [
      { id: 'run', label: t('label.run'), style: 'primary', go: () => this.dispatch({ type: 'run' }) },
      { id: 'brief', label: t('view.brief.open'), style: 'quiet', go: () => this.openBrief() },
    ];
    if (this.from) actions.push({ id: 'clear', label: t('view.select.clear'), style: 'quiet', go: () => this.clearSelection() });
    this.drawActions(actions, { x: r.x, y: actionsY, w: r.w, h: L.buttonH });
  }

  private openBrief(): void {
    this.briefOpen = true;
    this.rebuild();
    this.dom?.focus('start');
  }

  private drawFlowPanel(r: Rect): void {
    const L = this.layout;
    const s = this.state!;
    let y = this.drawBudget(r.x, r.y, r.w);
    const step = s.step > 0 ? (FLOW_STEPS[s.step - 1] as FlowStep) : null;
    const what = step ? t(`step.${step}.desc`) : t('view.flow.ready');
    const desc = addText(this, r.x, y, what, { size: L.font.small, color: COLORS.onBgSoft, width: r.w });
    y += desc.height + L.gap;
    if (s.step >= FLOW_STEPS.length) {
      const done = addText(this, r.x, y, t('view.flow.done'), { size: L.font.small, bold: true, width: r.w });
      y += done.height + L.gap;
    }
    const actionsY = r.y + r.h - L.buttonH;
    this.drawObjectives({ x: r.x, y, w: r.w, h: actionsY - L.gap - y });
    const more = s.phase === 'flow' && s.step < FLOW_STEPS.length;
    const actions: Array<{ id: string; label: string; style: 'primary' | 'quiet'; go: () => void }> = [];
    if (more) actions.push({ id: 'step', label: t('label.step'), style: 'primary', go: () => this.dispatch({ type: 'step' }) });
    if (s.phase === 'flow') actions.push({ id: 'back', label: t('label.back'), style: 'quiet', go: () => this.dispatch({ type: 'back' }) });
    actions.push({ id: 'finish', label: t('label.finish'), style: more ? 'quiet' : 'primary', go: () => this.finishRound() });
    this.drawActions(actions, { x: r.x, y: actionsY, w: r.w, h: L.buttonH });
  }

  private drawActions(list: ReadonlyArray<{ id: string; label: string; style: 'primary' | 'quiet'; go: () => void }>, r: Rect): void {
    const L = this.layout;
    const w = (r.w - L.gap * (list.length - 1)) / list.length;
    list.forEach((a, i) =>
      addButton(this, this.dom!, L, { id: a.id, label: a.label, style: a.style, fontSize: L.font.small, rect: { x: r.x + i * (w + L.gap), y: r.y, w, h: r.h }, onActivate: a.go }),
    );
  }

  /** The objectives with their status, as real text (scrolls on small screens); only a summary when there is no room. */
  private drawObjectives(r: Rect): void {
    const L = this.layout;
    const s = this.state!;
    const obj = this.objectiveTexts();
    const summary = s.phase === 'build' ? null : M.summary(this.level, s);
    const div = this.flow?.diversity;
    const rows: Array<{ status: StepStatus | null; text: string; items: SummaryItem[] }> = FLOW_STEPS.map((step) => {
      const status = this.stepStatus(step);
      return { status, text: obj[step], items: summary && status !== 'waiting' ? this.stepItems(step, summary) : [] };
    });
    rows.push({ status: null, text: t('label.diversity', { n: Math.min(div?.sectors.length ?? 0, this.level.objectives.diversity.target), target: this.level.objectives.diversity.target }), items: [] });
    const legend = [
      TIE_KINDS.map((k) => `${TIE_STYLE[k].mark} ${t(`tie.${k}`)}`).join(' · '),
      `● ${t('side.inside')} · ■ ${t('side.outside')} · ⬢ ${t('side.city')} · ★ ${t('label.source')} · ◎ ${t('label.audience')} · ◆ ${t('label.mustInclude')}`,
    ];
    if (r.h < L.font.body * 4.5) {
      for (const row of rows) this.dom!.text(`${row.status ? `${this.statusText(row.status)}: ` : ''}${row.text}`);
      return;
    }
    const found: { li: HTMLElement | null } = { li: null };
    const sec = addTextPanel(this, this.dom!, { id: 'objectives', rect: r, title: t('view.obj.title'), bodySize: L.font.small, titleSize: L.font.body }, (el) => {
      const ul = document.createElement('ul');
      for (const row of rows) {
        const li = document.createElement('li');
        if (row.status) {
          const v = document.createElement('div');
          v.className = `verdict v-${row.status === 'waiting' || row.status === 'info' ? 'none muted' : row.status}`;
          v.textContent = this.statusText(row.status);
          li.append(v);
        }
        const d = document.createElement('div');
        d.textContent = row.text;
        li.append(d);
        for (const it of row.items) {
          const a = document.createElement('div');
          a.textContent = localize(it.answer);
          const why = document.createElement('div');
          why.className = 'muted';
          why.textContent = localize(it.explanation);
          li.append(a, why);
        }
        ul.append(li);
        if (row.items.length > 0) found.li = li;
      }
      el.append(ul);
      for (const line of legend) {
        const p = document.createElement('p');
        p.className = 'muted';
        p.style.margin = '0.3em 0';
        p.textContent = line;
        el.append(p);
      }
    });
    // The step just revealed is scrolled into view (its results are the news).
    if (found.li && s.step > 1) sec.scrollTop = found.li.offsetTop - L.gap;
  }
}

/** Draws one tie in its kind's pattern, from edge to edge of its nodes: solid, dashed or dotted. */
function strokeTie(g: Phaser.GameObjects.Graphics, a: Point, b: Point, kind: TieKind, inset: number): void {
  const style = TIE_STYLE[kind];
  const len = Math.hypot(b.x - a.x, b.y - a.y);
  if (len <= 2 * inset) return;
  const ux = (b.x - a.x) / len;
  const uy = (b.y - a.y) / len;
  const x0 = a.x + ux * inset;
  const y0 = a.y + uy * inset;
  const span = len - 2 * inset;
  if (style.pattern === 'solid') {
    g.lineStyle(style.width, style.color, 1);
    g.lineBetween(x0, y0, x0 + ux * span, y0 + uy * span);
  } else if (style.pattern === 'dash') {
    g.lineStyle(style.width, style.color, 1);
    for (let d = 0; d < span; d += 20) {
      const e = Math.min(span, d + 12);
      g.lineBetween(x0 + ux * d, y0 + uy * d, x0 + ux * e, y0 + uy * e);
    }
  } else {
    g.fillStyle(style.color, 1);
    for (let d = 2; d < span; d += 9) g.fillCircle(x0 + ux * d, y0 + uy * d, style.width * 0.75);
  }
}

function hexagon(c: Point, r: number): Phaser.Math.Vector2[] {
  return Array.from({ length: 6 }, (_, k) => new Phaser.Math.Vector2(c.x + r * Math.cos((Math.PI / 3) * k), c.y + r * Math.sin((Math.PI / 3) * k)));
}

function starPoints(cx: number, cy: number, size: number): Phaser.Math.Vector2[] {
  return Array.from({ length: 10 }, (_, k) => {
    const a = -Math.PI / 2 + (k * Math.PI) / 5;
    const rad = k % 2 === 0 ? size / 2 : size / 4.4;
    return new Phaser.Math.Vector2(cx + Math.cos(a) * rad, cy + Math.sin(a) * rad);
  });
}
