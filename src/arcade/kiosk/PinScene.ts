// The operator's PIN: chosen (twice) on the kiosk's first start, asked for to open the operator panel. A keypad of
// real buttons, and the keyboard's digits, Backspace and Enter. Five wrong tries lock input for a minute (kept in
// storage, core/pin); the screen counts the lock down. The words are in ./pin.present, the rectangles in ./pin.layout.
import { ArcadeScene } from '../../ui/ArcadeScene';
import { SCENES } from '../keys';
import { goTo } from '../flow';
import { addButton, addText, fitText } from '../../ui/widgets';
import { COLORS } from '../../ui/theme';
import { a11y } from '../../ui/a11y';
import { validPin } from '../../core/pin';
import { boothOf } from './kiosk';
import { svc } from '../services';
import { KIOSK_SCENES } from './keys';
import { choosingWords, enteredWords, pinTitle, presentPin, refusedWords, typed, type PinMode } from './pin.present';
import { pinLayout, pinTextWidth } from './pin.layout';

export interface PinData {
  mode: PinMode;
}

export class PinScene extends ArcadeScene {
  private mode: PinData['mode'] = 'check';
  private entered = '';
  /** While choosing: the first entry, waiting for its confirmation. */
  private first: string | null = null;
  private message = '';
  private busy = false;
  private lockTimer: number | undefined;
  /** The digits come from the keyboard (not the keypad), so Enter means OK. */
  private typing = false;

  constructor() {
    super(KIOSK_SCENES.pin);
  }

  init(data: PinData): void {
    this.mode = data?.mode === 'set' ? 'set' : 'check';
    this.entered = '';
    this.first = null;
    this.message = '';
    this.busy = false;
  }

  /** The operator's screen takes the whole height of a totem (ArcadeScene.withinReach). */
  protected override withinReach(): boolean {
    return false;
  }

  protected screenName(): string {
    return pinTitle(this.mode);
  }

  protected override initialFocus(): string {
    return 'key-1';
  }

  protected override onEscape(): void {
    this.cancel();
  }

  override create(): void {
    super.create();
    const onKey = (e: KeyboardEvent): void => {
      if (!this.scene.isActive() || e.ctrlKey || e.metaKey || e.altKey) return;
      if (/^[0-9]$/.test(e.key)) {
        this.typing = true;
        this.press(e.key);
      } else if (e.key === 'Backspace') this.press('del');
      // Enter after digits typed on the keyboard submits; otherwise it is the focused button's own click.
      else if (e.key === 'Enter' && (this.typing || !(e.target instanceof HTMLButtonElement))) this.press('ok');
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    this.onShutdown(() => {
      window.removeEventListener('keydown', onKey);
      window.clearTimeout(this.lockTimer);
    });
    this.watchLock();
  }

  /** While locked, the screen redraws each second to count down, and once more when input opens again. */
  private watchLock(): void {
    window.clearTimeout(this.lockTimer);
    const until = this.mode === 'check' ? boothOf(svc()).pin.lockedUntil() : null;
    if (until === null) return;
    this.lockTimer = window.setTimeout(() => {
      if (!this.dom) return;
      if (boothOf(svc()).pin.lockedUntil() === null) this.message = '';
      this.rebuild();
      this.watchLock();
    }, 1000);
  }

  private locked(): number | null {
    return this.mode === 'check' ? boothOf(svc()).pin.lockedUntil() : null;
  }

  private cancel(): void {
    // Leaving before any PIN is chosen leaves kiosk mode too: a booth without a PIN could not be held.
    // So does leaving the PIN asked to turn a former booth back into one.
    if (!boothOf(svc()).pin.isSet() || !boothOf(svc()).store.settings.active) boothOf(svc()).exit();
    else if (this.mode === 'set' && boothOf(svc()).unlocked) goTo(this, KIOSK_SCENES.operator);
    else goTo(this, SCENES.title);
  }

  private say(text: string): void {
    this.message = text;
    this.rebuild();
    a11y().announce(text, true);
  }

  private press(key: string): void {
    if (this.busy || this.locked() !== null) return;
    if (key === 'ok') return void this.submit();
    this.entered = typed(this.entered, key);
    this.rebuild();
    a11y().announce(enteredWords(this.entered.length));
  }

  private async submit(): Promise<void> {
    const pin = this.entered;
    this.entered = '';
    const words = choosingWords();
    if (!validPin(pin)) return this.say(words.tooShort);
    const k = boothOf(svc());
    this.busy = true;
    try {
      if (this.mode === 'set') {
        if (this.first === null) {
          this.first = pin;
          this.message = '';
          this.rebuild();
          a11y().announce(words.again);
          return;
        }
        if (pin !== this.first) {
          this.first = null;
          return this.say(words.mismatch);
        }
        await k.pin.set(pin);
        boothOf(svc()).hold();
        k.unlocked = true;
        a11y().announce(words.saved);
        if (this.scene.isActive()) goTo(this, KIOSK_SCENES.operator);
        return;
      }
      const r = await k.pin.check(pin);
      if (!this.dom) return;
      if (r.ok) {
        k.unlocked = true;
        // Back into kiosk mode on a device that left it: a booth again from now.
        boothOf(svc()).hold();
        goTo(this, KIOSK_SCENES.operator);
      } else {
        this.say(refusedWords(r, Date.now()));
        if (r.reason === 'locked') this.watchLock();
      }
    } finally {
      this.busy = false;
    }
  }

  protected build(): void {
    const L = this.layout;
    const v = presentPin({
      mode: this.mode,
      confirming: this.first !== null,
      entered: this.entered.length,
      message: this.message,
      lockedUntil: this.locked(),
      now: Date.now(),
      active: boothOf(svc()).store.settings.active,
      pinSet: boothOf(svc()).pin.isSet(),
    });
    // The prompt and the dots are drawn first: what comes under them starts where they end.
    const textW = pinTextWidth(L);
    const p = addText(this, L.w / 2, 0, v.prompt, { size: L.font.large, bold: true, originX: 0.5, align: 'center', width: textW });
    this.dom!.text(v.prompt);
    const dt = addText(this, L.w / 2, 0, v.dots, { size: L.font.hero, originX: 0.5, align: 'center' });
    this.dom!.text(v.entered);
    const R = pinLayout(L, { keys: v.keys.length, promptH: p.height, dotsH: dt.height });
    p.setPosition(R.prompt.x, R.prompt.y);
    dt.setPosition(R.dots.x, R.dots.y);
    if (v.message) {
      const m = addText(this, R.message.x + R.message.w / 2, R.message.y, v.message, {
        size: L.font.body,
        color: COLORS.accent,
        originX: 0.5,
        align: 'center',
        width: R.message.w,
      });
      m.setFontStyle('bold');
      // A long message (a wrong PIN, in French, at the largest text) shrinks into its place above the keypad.
      fitText(m, R.message.w, R.message.h);
      this.dom!.text(v.message);
    }
    v.keys.forEach((k, i) => {
      addButton(this, this.dom!, L, {
        id: k.id,
        label: k.label,
        visibleLabel: k.visibleLabel,
        style: k.style,
        group: 'keypad',
        disabled: k.disabled,
        rect: R.keys[i]!,
        fontSize: L.font.title,
        onActivate: () => {
          this.typing = false;
          this.press(k.key);
        },
      });
    });
    addButton(this, this.dom!, L, { id: 'cancel', label: v.cancel, style: 'quiet', rect: R.cancel, onActivate: () => this.cancel() });
  }
}
