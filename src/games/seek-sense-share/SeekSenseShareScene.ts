// The controller of "Seek, sense, share": keeps the round's state and the view's selection, turns taps, drags and
// keys into tie / untie / run / step / back / finish actions, and hands the presenter's view model to the
// components with the layout's rectangles. Rules are in model.ts, words in present.ts, positions in layout.ts.
import { SSS_SCENE } from './index';
import { GameScene } from '../sdk/GameScene';
import { a11y } from '../../ui/a11y';
import { addText } from '../../ui/widgets';
import { COLORS } from '../../ui/theme';
import { isInvalid } from '../../core/round';
import * as M from './model';
import type { SssAction, SssState } from './model';
import { TIE_KINDS, type Level } from './schema';
import { FLOW_STEPS, type FlowStep } from './simulation';
import { fitGraph, type GraphFrame, type Point } from './graphLayout';
import { playLayout } from './layout';
import { announce, present, type ActionId, type Note, type Selection, type SssView } from './present';
import { twinId } from './presentNetwork';
import { drawActionBar } from './components/actionBar';
import { drawBrief } from './components/briefPanel';
import { drawLegend } from './components/legend';
import { NodeLayer } from './components/networkNodes';
import { drawNetworkTies, releaseTiesTexture } from './components/networkTies';
import { drawNodeLabels } from './components/nodeLabels';
import { addNodeTwins } from './components/nodeTwins';
import { drawObjectives } from './components/objectivesPanel';
import { drawSidePanel } from './components/sidePanel';

export { SSS_SCENE };

export class SeekSenseShareScene extends GameScene<Level> {
  private state: SssState | null = null;
  /** View-only: brief open, the two ends chosen, the last thing that happened (never saved). */
  private sel: Selection = { briefOpen: false, from: null, to: null, note: null };
  /** The node under focus or pointer: only its ring is redrawn when it moves. */
  private hover: string | null = null;
  private nodeLayer: NodeLayer | null = null;

  constructor() {
    super(SSS_SCENE);
  }

  override create(): void {
    const { state, resumed: ok } = this.resumeOrStart(
      (raw) => M.resume(this.level, raw),
      () => M.start(this.level),
    );
    this.state = state;
    this.sel = { briefOpen: !ok, from: null, to: null, note: null };
    this.hover = null;
    super.create();
    this.onShutdown(() => releaseTiesTexture(this));
    if (this.sel.briefOpen) a11y().announce(announce.brief(this.level));
  }

  protected override initialFocus(): string {
    return this.sel.briefOpen || !this.state ? 'start' : this.homeFocus(this.state);
  }

  /** Where focus rests in a phase: the city while building, else the next step or the results. */
  private homeFocus(s: SssState): string {
    if (s.phase === 'build') return twinId(this.level.city.id);
    return s.phase === 'flow' && s.step < FLOW_STEPS.length ? 'step' : 'finish';
  }

  private select(patch: Partial<Selection>, focus?: string, say?: string): void {
    this.sel = { ...this.sel, ...patch };
    this.rebuild();
    if (focus) this.dom?.focus(focus);
    if (say) a11y().announce(say);
  }

  // ---- actions ------------------------------------------------------------------------------------------

  private dispatch(action: SssAction): void {
    const s = this.state;
    if (!s) return;
    const next = M.apply(this.level, s, action);
    if (isInvalid(next)) {
      this.sounds.wrong();
      const note: Note = { kind: 'refused', code: next.code };
      this.select({ note }, undefined, announce.note(this.level, s, note));
      return;
    }
    this.state = next;
    this.saveState(next);
    switch (action.type) {
      case 'tie':
      case 'untie': {
        this.sounds.correct();
        const note: Note = action.type === 'tie' ? { kind: 'tied', a: action.a, b: action.b, tie: action.kind } : { kind: 'untied', a: action.a, b: action.b };
        this.select({ note, to: null }, twinId(action.b), announce.note(this.level, next, note));
        break;
      }
      case 'run':
        this.sounds.select();
        this.select({ from: null, to: null, note: null }, 'step', announce.run());
        break;
      case 'step': {
        const step = FLOW_STEPS[next.step - 1] as FlowStep;
        if (M.stepOutcome(this.level, next, step).status === 'right') this.sounds.correct();
        else this.sounds.wrong();
        this.select({}, this.homeFocus(next), announce.step(this.level, next, step));
        break;
      }
      case 'back':
        this.sounds.select();
        this.select({}, twinId(this.level.city.id), announce.back());
        break;
      case 'finish':
        this.finish(M.summary(this.level, next));
        break;
    }
  }

  /** A node was chosen (tap, click, Enter or the end of a drag): the first becomes "from", the next "to". */
  private pick(id: string): void {
    const s = this.state;
    if (!s) return;
    if (s.phase !== 'build') {
      a11y().announce(announce.notBuilding());
      return;
    }
    this.sounds.select();
    const { from, to } = this.sel;
    if (from === null || id === from) {
      const first = id === from ? null : id;
      this.select({ from: first, to: null, note: null }, undefined, first ? announce.pickTo(this.level, first) : announce.none());
    } else if (id === to) {
      this.select({ to: null, note: null }, undefined, announce.pickTo(this.level, from));
    } else {
      this.pickPair(from, id);
    }
  }

  private pickPair(a: string, b: string): void {
    this.select({ from: a, to: b, note: null });
    // An existing tie offers only its removal; otherwise focus goes to the first kind of tie.
    this.dom?.focus(this.dom.get('untie') ? 'untie' : `kind-${TIE_KINDS[0]}`);
    a11y().announce(announce.pair(this.level, a, b));
  }

  private act(id: ActionId): void {
    const s = this.state;
    if (!s) return;
    switch (id) {
      case 'run':
      case 'step':
      case 'back':
        this.dispatch({ type: id });
        break;
      case 'brief':
        this.select({ briefOpen: true }, 'start');
        break;
      case 'clear':
        this.select({ from: null, to: null, note: null }, twinId(this.level.city.id), announce.none());
        break;
      case 'finish':
        // A round saved after it ended resumes in 'done': hand over its summary rather than finishing again.
        if (s.phase === 'done') this.finish(M.summary(this.level, s));
        else this.dispatch({ type: 'finish' });
        break;
    }
  }

  private closeBrief(): void {
    const s = this.state;
    if (!s) return;
    this.select({ briefOpen: false }, this.homeFocus(s), s.phase === 'build' ? announce.none() : announce.ready());
  }

  // ---- drawing -------------------------------------------------------------------------------------------

  protected build(): void {
    const s = this.state;
    if (!s) return;
    const L = this.layout;
    this.addGameHeader();
    this.nodeLayer = null;
    const view = present(this.level, s, this.sel);
    if (view.brief) {
      drawBrief(this, this.dom!, L, view.brief, () => this.closeBrief());
      return;
    }
    const pairOpen = view.panel.kind === 'pair';
    const rects = playLayout(L, { pairOpen, contacts: this.level.contacts.length });
    const g = rects.graph;
    const legendH = rects.legendBelow ? drawLegend(this, g, L.font.small, L.gap, view.legend) + L.gap : 0;
    this.drawNetwork(view, { ...g, h: g.h - legendH }, pairOpen);
    const { from, to } = this.sel;
    const top = drawSidePanel(this, this.dom!, L, rects.panel, rects.actions.y, view, {
      tie: (kind) => from && to && this.dispatch({ type: 'tie', a: from, b: to, kind }),
      untie: () => from && to && this.dispatch({ type: 'untie', a: from, b: to }),
    });
    const p = rects.panel;
    drawObjectives(this, this.dom!, L, { x: p.x, y: top, w: p.w, h: rects.actions.y - L.gap - top }, view.objectives, s.step > 1);
    drawActionBar(this, this.dom!, L, rects.actions, view.actions, (id) => this.act(id));
  }

  /** The caption, ties, nodes, names and twins of the network inside `area`. */
  private drawNetwork(view: SssView, area: { x: number; y: number; w: number; h: number }, pairOpen: boolean): void {
    const L = this.layout;
    let top = area.y;
    if (view.caption) top += addText(this, area.x, area.y, view.caption, { size: L.font.body, bold: true, color: COLORS.accent, width: area.w }).height + L.gap;
    const graphArea = { x: area.x, y: top, w: area.w, h: area.y + area.h - top };
    // Upright with a pair chosen, the graph is short: names give way to the nodes (the panel names the pair).
    const frame: GraphFrame = fitGraph(graphArea, view.nodes.length, L.font.small, !(pairOpen && L.portrait));
    const points = new Map<string, Point>(view.nodes.map((n) => [n.id, frame.at(n.pos)]));
    this.dom!.text(view.graphSummary);
    drawNetworkTies(this, view, points, frame);
    const layer = new NodeLayer(this, view.nodes, points, frame);
    this.nodeLayer = layer;
    layer.draw(this.hover);
    if (frame.labels) drawNodeLabels(this, L.font.small, view.nodes, points, frame, graphArea);
    addNodeTwins(this, this.dom!, view.nodes, points, frame, {
      canDrag: () => this.state?.phase === 'build',
      pick: (id) => this.pick(id),
      pair: (a, b) => this.pickPair(a, b),
      hover: (id) => {
        this.hover = id;
        this.nodeLayer?.draw(id);
      },
    });
  }
}
