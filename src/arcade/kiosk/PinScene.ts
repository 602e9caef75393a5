// The operator's PIN: chosen (twice) on the kiosk's first start, asked for to open the operator panel. A keypad of
// real buttons, and the keyboard's digits, Backspace and Enter. Five wrong tries lock input for a minute (kept in
// storage, core/pin); the screen counts the lock down.
import { ArcadeScene } from '../../ui/ArcadeScene';
import { SCENES } from '../keys';
import { goTo } from '../flow';
import { addButton, addText } from '../../ui/widgets';
import { COLORS } from '../../ui/theme';
import { a11y } from '../../ui/a11y';
import { PIN_MAX, PIN_MIN, validPin } from '../../core/pin';
import { exitKiosk, holdKiosk, kiosk } from './kiosk';
import { KIOSK_SCENES } from './keys';
import { K } from './strings';

export interface PinData {
  /** check: open the operator panel; set: choose a new PIN (first start, or from the panel). */
  mode: 'check' | 'set';
}

const KEYS = ['1', '2', '3', '4', '5', '6', '7', '8', '9', 'del', '0', 'ok'] as const;

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
    return K(this.mode === 'set' ? 'pin.screen.set' : 'pin.screen.check');
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
    const until = this.mode === 'check' ? kiosk().pin.lockedUntil() : null;
    if (until === null) return;
    this.lockTimer = window.setTimeout(() => {
      if (!this.dom) return;
      if (kiosk().pin.lockedUntil() === null) this.message = '';
      this.rebuild();
      this.watchLock();
    }, 1000);
  }

  private locked(): number | null {
    return this.mode === 'check' ? kiosk().pin.lockedUntil() : null;
  }

  private cancel(): void {
    // Leaving before any PIN is chosen leaves kiosk mode too: a booth without a PIN could not be held.
    // So does leaving the PIN asked to turn a former booth back into one.
    if (!kiosk().pin.isSet() || !kiosk().store.settings.active) exitKiosk();
    else if (this.mode === 'set' && kiosk().unlocked) goTo(this, KIOSK_SCENES.operator);
    else goTo(this, SCENES.title);
  }

  private say(text: string): void {
    this.message = text;
    this.rebuild();
    a11y().announce(text, true);
  }

  private press(key: (typeof KEYS)[number] | string): void {
    if (this.busy || this.locked() !== null) return;
    if (key === 'del') this.entered = this.entered.slice(0, -1);
    else if (key === 'ok') return void this.submit();
    else if (this.entered.length < PIN_MAX) this.entered += key;
    this.rebuild();
    a11y().announce(K('pin.entered', { count: this.entered.length }));
  }

  private async submit(): Promise<void> {
    const pin = this.entered;
    this.entered = '';
    if (!validPin(pin)) return this.say(K('pin.tooShort'));
    const k = kiosk();
    this.busy = true;
    try {
      if (this.mode === 'set') {
        if (this.first === null) {
          this.first = pin;
          this.message = '';
          this.rebuild();
          a11y().announce(K('pin.prompt.confirm'));
          return;
        }
        if (pin !== this.first) {
          this.first = null;
          return this.say(K('pin.mismatch'));
        }
        await k.pin.set(pin);
        holdKiosk();
        k.unlocked = true;
        a11y().announce(K('pin.saved'));
        if (this.scene.isActive()) goTo(this, KIOSK_SCENES.operator);
        return;
      }
      const r = await k.pin.check(pin);
      if (!this.dom) return;
      if (r.ok) {
        k.unlocked = true;
        // Back into kiosk mode on a device that left it: a booth again from now.
        holdKiosk();
        goTo(this, KIOSK_SCENES.operator);
      } else if (r.reason === 'wrong') {
        this.say(K('pin.wrong', { tries: r.triesLeft }));
      } else {
        this.say(K('pin.locked', { seconds: Math.ceil((r.until - Date.now()) / 1000) }));
        this.watchLock();
      }
    } finally {
      this.busy = false;
    }
  }

  protected build(): void {
    const L = this.layout;
    const until = this.locked();
    const returning = this.mode === 'check' && !kiosk().store.settings.active;
    const prompt =
      this.mode === 'check' ? K(returning ? 'pin.prompt.return' : 'pin.prompt.check') : this.first === null ? K('pin.prompt.set') : K('pin.prompt.confirm');
    const w = Math.min(L.w - 2 * L.pad, 420);
    const x = L.w / 2 - w / 2;
    const keyH = Math.max(56, L.buttonH * 1.1);
    const padH = 4 * keyH + 3 * L.gap;
    let y = Math.max(L.pad, L.h * 0.06);
    const p = addText(this, L.w / 2, y, prompt, { size: L.font.large, bold: true, originX: 0.5, align: 'center', width: Math.min(L.w - 2 * L.pad, 720) });
    this.dom!.text(prompt);
    y += p.height + L.gap;
    // One dot per digit typed, and the empty places up to the shortest PIN.
    const dots = Array.from({ length: Math.max(PIN_MIN, this.entered.length) }, (_, i) => (i < this.entered.length ? '●' : '○')).join(' ');
    const dt = addText(this, L.w / 2, y, dots, { size: L.font.hero, originX: 0.5, align: 'center' });
    this.dom!.text(K('pin.entered', { count: this.entered.length }));
    y += dt.height + L.gap;
    const msg = until !== null ? K('pin.locked', { seconds: Math.ceil((until - Date.now()) / 1000) }) : this.message;
    const mh = L.font.body * 2.8;
    if (msg) {
      const m = addText(this, L.w / 2, y, msg, {
        size: L.font.body,
        color: COLORS.accent,
        originX: 0.5,
        align: 'center',
        width: Math.min(L.w - 2 * L.pad, 720),
      });
      m.setFontStyle('bold');
      this.dom!.text(msg);
    }
    y += mh;
    const cw = (w - 2 * L.gap) / 3;
    KEYS.forEach((key, i) => {
      const rect = { x: x + (i % 3) * (cw + L.gap), y: y + Math.floor(i / 3) * (keyH + L.gap), w: cw, h: keyH };
      const label = key === 'del' ? K('pin.delete') : key === 'ok' ? K('pin.ok') : K('pin.digit', { digit: key });
      const visible = key === 'del' ? '⌫' : key === 'ok' ? K('pin.ok') : key;
      addButton(this, this.dom!, L, {
        id: `key-${key}`,
        label,
        visibleLabel: visible,
        style: key === 'ok' ? 'primary' : 'quiet',
        group: 'keypad',
        disabled: until !== null,
        rect,
        fontSize: L.font.title,
        onActivate: () => {
          this.typing = false;
          this.press(key);
        },
      });
    });
    y += padH + L.gap * 2;
    addButton(this, this.dom!, L, {
      id: 'cancel',
      label: kiosk().pin.isSet() ? K('pin.cancel') : K('pin.cancelSet'),
      style: 'quiet',
      rect: { x, y: Math.min(y, L.h - L.pad - L.buttonH), w, h: L.buttonH },
      onActivate: () => this.cancel(),
    });
  }
}
