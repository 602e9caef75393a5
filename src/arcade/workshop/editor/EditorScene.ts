// The level editor's frame, for any game that offers one (GameEntry.loadEditor): the game's form of real inputs over
// the canvas, checked by the game's schema as the trainer types, with Save (to "Your levels"), Play now, Export (a
// file) and New. The draft survives a reload. The frame never names a game: the form and its checks are the game's.
import './editor.css';
import { ArcadeScene } from '../../../ui/ArcadeScene';
import { addButton, addHeader } from '../../../ui/widgets';
import { a11y, place } from '../../../ui/a11y';
import { localize } from '../../../core/i18n';
import { SCENES } from '../../keys';
import { T } from '../../strings';
import { svc } from '../../services';
import { goTo, startLevel } from '../../flow';
import { download } from '../../../ui/download';
import { emptyPreset } from '../../../core/preset';
import { presetLink } from '../workshop';
import type { EditorHandlers, EditorValidation, GameEditor } from '../../../games/sdk/editor';
import { gameById } from '../../services';
import { inLang } from '../../flow';
import { EDITOR_SCENE, type EditorData } from './keys';
import { loadDraft, storeDraft } from './draftStore';
import { showMessages, type FieldRefs } from '../../../ui/formFields';
import { E } from './strings';
import type { Lang } from '../../../core/i18n';

/** Per game: the draft and what the trainer has touched, kept while they play it and come back (this page). */
interface Kept {
  draft: unknown;
  touched: Set<string>;
  /** Every message shows once the trainer asked to save, play or export, or opened a level that has them. */
  showAll: boolean;
  scrollTop: number;
}
const kept = new Map<string, Kept>();
function keptFor(gameId: string): Kept {
  let k = kept.get(gameId);
  if (!k) kept.set(gameId, (k = { draft: null, touched: new Set(), showAll: false, scrollTop: 0 }));
  return k;
}

export class EditorScene extends ArcadeScene {
  private from: NonNullable<EditorData['from']> = SCENES.levels;
  private gameId = '';
  private editor: GameEditor | null = null;
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
    this.gameId = data?.gameId ?? '';
    this.open = data?.levelId;
    this.confirmNew = false;
    this.editor = null;
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
    goTo(this, this.from, { gameId: this.gameId });
  }

  private get k(): Kept {
    return keptFor(this.gameId);
  }

  private get d(): unknown {
    this.k.draft ??= this.ed.newDraft(Date.now());
    return this.k.draft;
  }

  private set d(v: unknown) {
    this.k.draft = v;
  }

  /** The game's editor (create() draws nothing of the form before it has loaded). */
  private get ed(): GameEditor {
    if (!this.editor) throw new Error('editor not loaded');
    return this.editor;
  }

  override create(): void {
    this.formEl = null;
    this.warned = false;
    super.create();
    const load = gameById(this.gameId)?.loadEditor;
    if (!load) {
      this.back();
      return;
    }
    void load()
      .then(inLang)
      .then((ed) => {
        if (!this.scene.isActive()) return;
        this.editor = ed;
        if (this.open) this.openKept(this.open);
        else if (!this.k.draft) {
          const stored = loadDraft(this.gameId, ed.parseDraft);
          this.d = stored ?? ed.newDraft(Date.now());
          this.k.showAll = stored !== null;
        }
        // "Ready" is said when the level becomes ready, not when it opens ready.
        this.wasReady = ed.validate(this.d).ok;
        this.rebuild(true);
        this.focusIn(ed.firstField);
      });
  }

  /** A kept level of the trainer's, opened for editing (it replaces the draft in progress). */
  private openKept(levelId: string): void {
    const e = svc()
      .own.list(this.gameId)
      .find((x) => x.levelId === levelId);
    if (!e) return;
    let raw: unknown = null;
    try {
      raw = JSON.parse(e.text);
    } catch {
      // A kept text that no longer reads: an empty level under its id.
      raw = { id: levelId };
    }
    this.d = this.ed.draftFromLevel(raw, Date.now());
    this.k.touched.clear();
    this.k.showAll = true;
    this.k.scrollTop = 0;
    this.keep();
    a11y().announce(E('opened', { title: this.ed.title(this.d) || levelId }));
  }

  /** Keeps the draft for a reload; storage that is full or gone is said once per visit. */
  private keep(): void {
    if (storeDraft(this.gameId, this.d) || this.warned) return;
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
    if (!this.editor) return;
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
    form.addEventListener('scroll', () => (this.k.scrollTop = form.scrollTop), { passive: true });
    // A field the trainer leaves shows what it derives from others now (an emptied id follows the title again).
    form.addEventListener('focusout', () => this.ed.syncDerived(this.refs, this.d));
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
    form.scrollTop = this.k.scrollTop;

    const actions = [
      { id: 'save', label: E('save'), short: E('saveShort'), go: () => this.save() },
      { id: 'play', label: E('play'), short: E('playShort'), go: () => this.play() },
      { id: 'export', label: E('export'), short: E('exportShort'), go: () => this.exportFile() },
      { id: 'workshop', label: E('workshop'), short: E('workshopShort'), go: () => this.runInWorkshop() },
      {
        id: 'new',
        label: this.confirmNew ? E('newConfirm') : E('new'),
        short: this.confirmNew ? E('newConfirmShort') : E('newShort'),
        go: () => this.newLevel(),
      },
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

  private readonly handlers: EditorHandlers<unknown> = {
    input: (change) => {
      this.confirmNew = false;
      this.d = change(this.d);
      const a = document.activeElement as HTMLElement | null;
      if (a?.dataset.field) this.k.touched.add(a.dataset.field);
      this.keep();
      this.ed.syncDerived(this.refs, this.d);
      this.check();
    },
    change: (change, focus, say) => {
      this.d = change(this.d);
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
    this.refs = this.ed.renderForm(this.body, this.d, this.handlers, (l: Lang) => T(`lang.${l}`));
    this.formEl.scrollTop = top;
    this.check();
  }

  /** Runs the schema and puts each message beside its field (the touched ones, or all once asked). */
  private check(): EditorValidation {
    const v = this.ed.validate(this.d);
    const shown = (p: string): boolean =>
      this.k.showAll || [...this.k.touched].some((t) => p === '' || t === p || t.startsWith(`${p}.`) || t.startsWith(`${p}[`));
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
  private ready(): Extract<EditorValidation, { ok: true }> | null {
    this.confirmNew = false;
    const v = this.ed.validate(this.d);
    if (v.ok) return v;
    this.k.showAll = true;
    this.check();
    // Too few items (cards): the way on is the button that adds one.
    this.focusIn(v.first === this.ed.tooFewField.path ? this.ed.tooFewField.button : v.first);
    a11y().announce(E('notReady', { count: v.count }));
    return null;
  }

  private save(): void {
    const v = this.ready();
    if (!v) return;
    const added = svc().own.add(this.gameId, v.level.id, v.file, v.text);
    svc().forgetOwnLevels(this.gameId);
    const said = T(added === 'too-many' ? 'own.tooMany' : added === 'no-room' ? 'own.noRoom' : 'own.kept', { title: localize(v.level.title) });
    if (this.status) this.status.textContent = said;
    a11y().announce(said);
  }

  private play(): void {
    const v = this.ready();
    if (v) void startLevel(this, this.gameId, v.level, v.file);
  }

  /** The level kept in Your levels, then the workshop screen with it chosen (a workshop link: the draft stays). */
  private runInWorkshop(): void {
    const v = this.ready();
    if (!v) return;
    const added = svc().own.add(this.gameId, v.level.id, v.file, v.text);
    svc().forgetOwnLevels(this.gameId);
    if (added === 'too-many' || added === 'no-room') {
      const said = T(added === 'too-many' ? 'own.tooMany' : 'own.noRoom', { title: localize(v.level.title) });
      if (this.status) this.status.textContent = said;
      return a11y().announce(said);
    }
    location.assign(presetLink({ ...emptyPreset(), game: this.gameId, level: v.level.id }));
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
    this.d = this.ed.newDraft(Date.now());
    this.k.touched.clear();
    this.k.showAll = false;
    this.k.scrollTop = 0;
    this.keep();
    this.rebuild();
    this.focusIn(this.ed.firstField);
    a11y().announce(E('started'));
  }
}
