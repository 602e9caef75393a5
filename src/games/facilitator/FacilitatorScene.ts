// The facilitator role-play's controller: turns Continue, choices, Step back, Restart and the transcript into model
// actions and view selections, and hands the presenter's words and the layout's rectangles to the components.
// No rules here (model.ts), no words (present.ts), no positions (layout.ts), no drawing (components/).
import { FACILITATOR_SCENE } from './index';
import { GameScene } from '../sdk/GameScene';
import { a11y } from '../../ui/a11y';
import { isInvalid } from '../../core/round';
import * as M from './model';
import * as R from './results';
import type { FacAction, FacState } from './model';
import { present, type FacView, type Phase } from './present';
import { meterGrid, screenRects } from './layout';
import type { Scenario } from './schema';
import { drawMeters, meterNeeds } from './components/meters';
import { drawRoomStage, drawSpeakerRow } from './components/stage';
import { drawDialogue } from './components/dialogue';
import { drawTranscript } from './components/transcript';
import { drawEnding } from './components/ending';

export { FACILITATOR_SCENE };

/** After the screen's name has been spoken, the first line is announced. */
const FIRST_ANNOUNCE_MS = 700;

export class FacilitatorScene extends GameScene<Scenario> {
  private state: FacState | null = null;
  private phase: Phase = 'node';
  private transcriptOpen = false;
  private transcriptEl: HTMLElement | null = null;

  constructor() {
    super(FACILITATOR_SCENE);
  }

  override create(): void {
    this.state = this.resumeOrStart(
      (raw) => M.resume(this.level, raw),
      () => M.start(this.level, this.newSeed()),
    ).state;
    // A session resumed right after a choice shows that choice's consequence again before moving on.
    this.phase = M.lastOutcome(this.level, this.state) ? 'outcome' : this.state.transcript.length === 1 ? 'intro' : 'node';
    this.transcriptOpen = false;
    this.transcriptEl = null;
    super.create();
    this.time.delayedCall(FIRST_ANNOUNCE_MS, () => {
      const v = this.view();
      if (v) a11y().announce(v.announcement);
    });
  }

  private view(): FacView | null {
    return this.state ? present(this.level, this.state, { phase: this.phase, transcriptOpen: this.transcriptOpen }) : null;
  }

  protected override initialFocus(): string | null {
    return this.view()?.focus ?? null;
  }

  protected override onEscape(): void {
    if (this.transcriptOpen) this.closeTranscript();
    else this.openPause();
  }

  // ---- actions ----------------------------------------------------------------------------------------------

  private dispatch(action: FacAction): void {
    if (!this.state) return;
    const next = M.apply(this.level, this.state, action);
    // A refused action (a double press racing a rebuild) leaves the screen as it is.
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

  /** Continue: past the setting or a consequence to the node, or along a line to the next node. */
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
    const v = this.view();
    if (!v) return;
    if (v.focus) this.dom?.focus(v.focus);
    a11y().announce(v.announcement);
  }

  private openTranscript(): void {
    this.transcriptOpen = true;
    this.rebuild();
    this.transcriptEl?.focus({ preventScroll: true });
    const v = this.view();
    if (v) a11y().announce(v.announcement);
  }

  private closeTranscript(): void {
    this.transcriptOpen = false;
    this.rebuild();
    this.dom?.focus('transcript');
  }

  private toDebrief(): void {
    if (!this.state || !M.isEnded(this.level, this.state)) return;
    this.finish(R.summary(this.level, this.state));
  }

  // ---- build ------------------------------------------------------------------------------------------------

  protected build(): void {
    const v = this.view();
    const dom = this.dom;
    if (!v || !dom) return;
    const L = this.layout;
    this.transcriptEl = null;
    // Upright phones name the method in the bar; the full title stays the screen's heading.
    this.addGameHeader(L.portrait ? v.method : undefined);
    const meters = meterGrid(L, meterNeeds(this, L, v.meters));
    const rects = screenRects(L, meters.area.h);
    const back = (): void => this.dispatch({ type: 'back' });
    const openTranscript = (): void => this.openTranscript();
    if (v.transcript) {
      if (!L.portrait) drawRoomStage(this, L, rects, v.speaker);
      this.transcriptEl = drawTranscript(this, dom, L, rects, v.transcript, () => this.closeTranscript());
    } else if (v.ending) {
      drawEnding(this, dom, L, rects, v.ending, {
        onDebrief: () => this.toDebrief(),
        onRestart: () => this.restartLevel(),
        onBack: back,
        onTranscript: openTranscript,
      });
    } else {
      if (L.portrait) drawSpeakerRow(this, L, rects, v.speaker);
      else drawRoomStage(this, L, rects, v.speaker);
      drawDialogue(this, dom, L, rects, v, !L.portrait, {
        onContinue: () => this.continueOn(),
        onChoose: (index) => this.dispatch({ type: 'choose', index }),
        onTranscript: openTranscript,
        onBack: back,
      });
    }
    // Drawn last so a screen reader meets speaker, line and choices first.
    drawMeters(this, dom, L, meters.cells, v.meters, v.metersSaid);
  }
}
