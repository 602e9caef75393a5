// The level editor (Cynefin sorting): a form of real inputs over the canvas, checked by the game's schema as the
// trainer types, with Save (to "Your levels"), Play now, Export (a file) and New. The draft survives a reload.
import './editor.css';
import { ArcadeScene } from '../../../ui/ArcadeScene';
import { addButton, addHeader } from '../../../ui/widgets';
import { a11y, place } from '../../../ui/a11y';
import { localize } from '../../../core/i18n';
import { SCENES } from '../../keys';
import { T } from '../../strings';
import { svc } from '../../services';
import { goTo, startLevel } from '../../flow';
import { download } from '../download';
import { newDraft, validate, type Draft, type Validation } from '../../../games/cynefin/editor';
import { draftFromLevel } from '../../../games/cynefin/editorDraft';
import { EDITOR_SCENE, type EditorData } from './keys';
import { loadDraft, storeDraft } from './draftStore';
import { renderForm, syncDerived, type FormHandlers } from './form';
import { showMessages, type FieldRefs } from './fields';
import { E } from './strings';

/** The draft and what the trainer has touched, kept while they play it and come back (this page). */
let draft: Draft | null = null;
const touched = new Set<string>();
/** Every message shows once the trainer asked to save, play or export, or opened a level that has them. */
let showAll = false;
let scrollTop = 0;

const GAME = 'cynefin';

export class EditorScene extends ArcadeScene {
  private from: string = SCENES.levels;
  private open: string | undefined;
  private formEl: HTMLFormElement | null = null;
  private body: HTMLElement | null = null;
  private status: HTMLElement | null = null;
  private refs: FieldRefs = new Map();
  private wasReady = false;
  private confirmNew = false;
  private warned = false;

  constructor() {
    super(EDITOR_SCENE);
  }

  init(data: EditorData): void {
    this.from = data?.from ?? SCENES.levels;
    this.open = data?.levelId;
    this.confirmNew = false;
  }

  protected screenName(): string {
    return E('screen');
  }

  protected override initialFocus(): string | null {
    return null;
  }

  protected override onEscape(): void {
    // Escape in a field belongs to the field (a list closing); elsewhere it goes back.
    const a = document.activeElement;
    if (a && this.formEl?.contains(a) && a.matches('input, textarea, select')) return;
    this.back();
  }

  private back(): void {
    goTo(this, this.from, { gameId: GAME });
  }

  private get d(): Draft {
    draft ??= newDraft(Date.now());
    return draft;
  }

  override create(): void {
    this.formEl = null;
    this.warned = false;
    if (this.open) this.openKept(this.open);
    else if (!draft) {
      const kept = loadDraft();
      draft = kept ?? newDraft(Date.now());
      showAll = kept !== null;
    }
    // "Ready" is said when the level becomes ready, not when it opens ready.
    this.wasReady = validate(this.d).ok;
    super.create();
    this.focusIn('title');
  }

  /** A kept level of the trainer's, opened for editing (it replaces the draft in progress). */
  private openKept(levelId: string): void {
    const e = svc().own.list(GAME).find((x) => x.levelId === levelId);
    if (!e) return;
    let raw: unknown = null;
    try {
      raw = JSON.parse(e.text);
    } catch {
      // A kept text that no longer reads: an empty level under its id.
      raw = { id: levelId };
    }
    draft = draftFromLevel(raw, Date.now());
    touched.clear();
    showAll = true;
    scrollTop = 0;
    this.keep();
    a11y().announce(E('opened', { title: draft.title.en || levelId }));
  }

  /** Keeps the draft for a reload; storage that is full or gone is said once per visit. */
  private keep(): void {
    if (storeDraft(this.d) || this.warned) return;
    this.warned = true;
    a11y().announce(E('draftNotKept'));
    if (this.status) this.status.textContent = E('draftNotKept');
  }

  protected override rebuild(first = false): void {
    // The form is not made of the layer's buttons: its focus is kept here, by field path or button id.
    const a = document.activeElement as HTMLElement | null;
    const keepFocus = a && this.formEl?.contains(a) ? (a.dataset.field ?? a.dataset.id) : undefined;
    // The caret too: a phone's keyboard opening resizes the page, and the trainer is mid-word.
    const caret = a instanceof HTMLInputElement || a instanceof HTMLTextAreaElement ? [a.selectionStart, a.selectionEnd] : null;
    super.rebuild(first);
    if (!keepFocus) return;
    this.focusIn(keepFocus);
    const b = document.activeElement;
    if (caret && (b instanceof HTMLInputElement || b instanceof HTMLTextAreaElement)) b.setSelectionRange(caret[0] ?? null, caret[1] ?? null);
  }

  protected build(): void {
    const L = this.layout;
    addHeader(this, this.dom!, L, E('header'), { label: T('nav.back'), onActivate: () => this.back() });
    const w = Math.min(L.body.w, 1400);
    const x = L.w / 2 - w / 2;
    const barY = L.h - L.pad - L.buttonH;
    const rect = { x, y: L.body.y, w, h: barY - L.gap - L.body.y };

    const form = document.createElement('form');
    // scroll-area: it scrolls natively, and controls scrolled out of it are not "off screen".
    form.className = 'scroll-area ed-form';
    form.dataset.id = 'editor-form';
    form.noValidate = true;
    form.setAttribute('aria-label', E('form'));
    form.style.setProperty('--ed-font', `${L.font.body}px`);
    // Enter in a one-line field would submit the form (and the page's CSP refuses any form action).
    form.addEventListener('submit', (e) => e.preventDefault());
    form.addEventListener('scroll', () => (scrollTop = form.scrollTop), { passive: true });
    // A field the trainer leaves shows what it derives from others now (an emptied id follows the title again).
    form.addEventListener('focusout', () => syncDerived(this.refs, this.d));
    place(form, rect);
    const status = document.createElement('p');
    status.className = 'ed-status';
    status.tabIndex = -1;
    status.dataset.id = 'status';
    const body = document.createElement('div');
    form.append(status, body);
    this.dom!.el.append(form);
    this.formEl = form;
    this.status = status;
    this.body = body;
    this.drawForm();
    form.scrollTop = scrollTop;

    const actions = [
      { id: 'save', label: E('save'), short: E('saveShort'), go: () => this.save() },
      { id: 'play', label: E('play'), short: E('playShort'), go: () => this.play() },
      { id: 'export', label: E('export'), short: E('exportShort'), go: () => this.exportFile() },
      { id: 'new', label: this.confirmNew ? E('newConfirm') : E('new'), short: this.confirmNew ? E('newConfirmShort') : E('newShort'), go: () => this.newLevel() },
    ];
    const bw = (w - L.gap * (actions.length - 1)) / actions.length;
    // Full words where they fit; the short ones on a phone (the accessible name is always the full one).
    const full = bw > 300;
    actions.forEach((b, i) =>
      addButton(this, this.dom!, L, {
        id: b.id,
        label: b.label,
        visibleLabel: full ? b.label : b.short,
        style: i === 0 ? 'primary' : 'quiet',
        group: 'editor-actions',
        rect: { x: x + i * (bw + L.gap), y: barY, w: bw, h: L.buttonH },
        fontSize: full ? undefined : L.font.small,
        onActivate: b.go,
      }),
    );
  }

  private readonly handlers: FormHandlers = {
    input: (change) => {
      this.confirmNew = false;
      draft = change(this.d);
      const a = document.activeElement as HTMLElement | null;
      if (a?.dataset.field) touched.add(a.dataset.field);
      this.keep();
      syncDerived(this.refs, this.d);
      this.check();
    },
    change: (change, focus, say) => {
      draft = change(this.d);
      this.keep();
      this.drawForm();
      this.focusIn(focus);
      if (say) a11y().announce(say);
    },
  };

  /** Draws the form from the draft, keeping the scroll position. */
  private drawForm(): void {
    if (!this.body || !this.formEl) return;
    const top = this.formEl.scrollTop;
    this.refs = renderForm(this.body, this.d, this.handlers);
    this.formEl.scrollTop = top;
    this.check();
  }

  /** Runs the schema and puts each message beside its field (the touched ones, or all once asked). */
  private check(): Validation {
    const v = validate(this.d);
    const shown = (p: string): boolean => showAll || [...touched].some((t) => p === '' || t === p || t.startsWith(`${p}.`) || t.startsWith(`${p}[`));
    showMessages(this.refs, v.ok ? {} : v.messages, shown);
    if (this.status && !(this.warned && !v.ok)) {
      this.status.textContent = v.ok ? E('ready') : E('problems', { count: v.count });
      this.status.classList.toggle('ed-ready', v.ok);
      this.status.classList.toggle('ed-problems', !v.ok);
    }
    if (v.ok && !this.wasReady) a11y().announce(E('ready'));
    this.wasReady = v.ok;
    return v;
  }

  /** Focus on a field (by path), a form button or group (by id), or one of the canvas buttons. */
  private focusIn(key: string): void {
    const ref = this.refs.get(key);
    const target =
      ref?.control ??
      ref?.box?.querySelector<HTMLElement>('input, select, textarea, button:not(:disabled)') ??
      this.formEl?.querySelector<HTMLElement>(`[data-id="${CSS.escape(key)}"]`) ??
      (key === '' ? this.status : null);
    if (target) target.focus();
    else this.dom?.focus(key);
  }

  /** The level when it passes every check; otherwise every message shows and the first problem gets the focus. */
  private ready(): Extract<Validation, { ok: true }> | null {
    this.confirmNew = false;
    const v = validate(this.d);
    if (v.ok) return v;
    showAll = true;
    this.check();
    // Too few cards: the way on is Add a card.
    this.focusIn(v.first === 'cards' ? 'add-card' : v.first);
    a11y().announce(E('notReady', { count: v.count }));
    return null;
  }

  private save(): void {
    const v = this.ready();
    if (!v) return;
    const kept = svc().own.add(GAME, v.level.id, v.file, v.text);
    svc().forgetOwnLevels(GAME);
    const said = T(kept === 'too-many' ? 'own.tooMany' : kept === 'no-room' ? 'own.noRoom' : 'own.kept', { title: localize(v.level.title) });
    if (this.status) this.status.textContent = said;
    a11y().announce(said);
  }

  private play(): void {
    const v = this.ready();
    if (v) void startLevel(this, GAME, v.level, v.file);
  }

  private exportFile(): void {
    const v = this.ready();
    if (!v) return;
    download(v.file, v.text, 'application/json');
    a11y().announce(T('own.exported', { file: v.file }));
  }

  /** New asks once (its label changes), then starts an empty level in place of the draft. */
  private newLevel(): void {
    if (!this.confirmNew) {
      this.confirmNew = true;
      this.rebuild();
      this.dom?.focus('new');
      return;
    }
    this.confirmNew = false;
    draft = newDraft(Date.now());
    touched.clear();
    showAll = false;
    scrollTop = 0;
    this.keep();
    this.rebuild();
    this.focusIn('title');
    a11y().announce(E('started'));
  }
}
