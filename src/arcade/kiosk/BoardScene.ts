// After a round at the booth: the visitor may put a nickname on today's board for the level (checked by
// core/nickname, shown as text only, in an isolated bidi run), typed on the device's keyboard or the on-screen keys,
// and sees the board. On an anonymous board the score goes on without a name, and no name is asked for.
import { ArcadeScene } from '../../ui/ArcadeScene';
import { SCENES } from '../keys';
import { goTo, type ResultsData } from '../flow';
import { gameById } from '../services';
import { addButton, addHeader, addText, addTextPanel } from '../../ui/widgets';
import { COLORS } from '../../ui/theme';
import { a11y, place, type Rect } from '../../ui/a11y';
import { getLang, localize } from '../../core/i18n';
import { checkNickname } from '../../core/nickname';
import { hasBlockedWord } from '../../core/blockedWords';
import { boardRows, isolateName, type RankedEntry } from '../../core/leaderboard';
import { kiosk } from './kiosk';
import { boardNames } from '../../core/kioskSettings';
import { KIOSK_SCENES } from './keys';
import { K } from './strings';
import { T } from '../strings';

export interface BoardData {
  result: ResultsData;
}

/** Names shown on the board. */
const SHOWN = 10;
/** The field takes more than a nickname may have, so a long one is told it is too long rather than cut. */
const FIELD_MAX = 64;
const ROWS = ['1234567890', 'QWERTYUIOP', 'ASDFGHJKL-', 'ZXCVBNM_.'] as const;
/** The letters a language's names need that A to Z lacks ("José", "Loïc"), as a row of their own (ten at most). */
const ACCENTS: Readonly<Record<string, string>> = { fr: 'ÉÈÊÀÂÇÔÎÏÙ', es: 'ÁÉÍÓÚÑÜ' };

/** The on-screen keyboard's rows in a language. */
function keyRows(lang: string): string[] {
  const extra = ACCENTS[lang];
  return extra ? [...ROWS, extra] : [...ROWS];
}

export class BoardScene extends ArcadeScene {
  private result: ResultsData | null = null;
  private draft = '';
  private message = '';
  private saved: RankedEntry | null = null;
  private nameField: HTMLInputElement | null = null;

  constructor() {
    super(KIOSK_SCENES.board);
  }

  init(data: BoardData): void {
    this.result = data?.result ?? null;
    this.draft = kiosk().visitor.nickname ?? '';
    this.message = '';
    this.saved = null;
  }

  protected screenName(): string {
    const g = this.result ? gameById(this.result.gameId) : undefined;
    return K('board.screen', { game: g ? localize(g.title) : '' });
  }

  protected override initialFocus(): string | null {
    return null;
  }

  protected override onEscape(): void {
    this.back();
  }

  override create(): void {
    // An anonymous board asks for no name: the score goes on as the screen opens (once per round).
    const r = this.result;
    const k = kiosk();
    if (r && k.store.settings.anonymousBoard && !k.visitor.onBoard.has(r)) {
      const entry = k.board.add({ gameId: r.gameId, levelId: r.level.id, name: null, score: r.summary.score, stars: r.summary.stars });
      if (entry) {
        k.visitor.onBoard.add(r);
        this.saved = entry;
        this.message = K('board.savedAnon', { rank: entry.rank });
      } else {
        this.message = K('board.problem.storage');
      }
    }
    super.create();
    if (this.saved) a11y().announce(this.message);
    else this.nameField?.focus({ preventScroll: true });
  }

  private back(): void {
    if (this.result) goTo(this, SCENES.results, this.result);
    else goTo(this, SCENES.title);
  }

  /** Saves the typed name, or (on a board with names from a list) the one chosen. */
  private save(chosen?: string): void {
    const r = this.result;
    if (!r) return;
    const check = checkNickname(chosen ?? this.draft, chosen === undefined ? hasBlockedWord : null);
    if (!check.ok) {
      this.message = K(`board.problem.${check.problem}`);
      this.rebuild();
      this.nameField?.focus({ preventScroll: true });
      a11y().announce(this.message, true);
      return;
    }
    const k = kiosk();
    const entry = k.board.add({ gameId: r.gameId, levelId: r.level.id, name: check.name, score: r.summary.score, stars: r.summary.stars });
    if (!entry) {
      this.message = K('board.problem.storage');
      this.rebuild();
      return;
    }
    k.visitor.nickname = check.name;
    k.visitor.onBoard.add(r);
    this.saved = entry;
    this.message = K('board.saved', { name: isolateName(entry.name), rank: entry.rank });
    this.rebuild();
    this.dom?.focus('card');
    a11y().announce(this.message);
  }

  /** An on-screen key: typed where the caret is, capitalised at the start of a word. */
  private type(key: string): void {
    const el = this.nameField;
    if (!el) return;
    const start = el.selectionStart ?? el.value.length;
    const end = el.selectionEnd ?? el.value.length;
    const before = el.value.slice(0, start);
    const ch = key === 'space' ? ' ' : /^\p{Lu}$/u.test(key) && before !== '' && !before.endsWith(' ') ? key.toLowerCase() : key;
    if (key === 'del') {
      const cut = start === end ? Math.max(0, start - 1) : start;
      el.value = el.value.slice(0, cut) + el.value.slice(end);
      el.setSelectionRange(cut, cut);
    } else if (el.value.length - (end - start) < FIELD_MAX) {
      el.value = before + ch + el.value.slice(end);
      el.setSelectionRange(start + ch.length, start + ch.length);
    }
    this.draft = el.value;
  }

  private field(rect: Rect): void {
    const input = document.createElement('input');
    input.type = 'text';
    input.className = 'kiosk-input';
    input.value = this.draft;
    input.maxLength = FIELD_MAX;
    input.autocomplete = 'off';
    input.spellcheck = false;
    input.setAttribute('autocapitalize', 'words');
    input.setAttribute('enterkeyhint', 'done');
    input.setAttribute('aria-label', K('board.label'));
    input.dataset.id = 'nickname';
    if (this.message) {
      input.setAttribute('aria-invalid', 'true');
      input.setAttribute('aria-describedby', 'kiosk-board-msg');
    }
    input.addEventListener('input', () => {
      this.draft = input.value;
    });
    input.addEventListener('keydown', (e) => {
      if (e.key === 'Enter') {
        e.preventDefault();
        this.save();
      }
    });
    place(input, rect);
    input.style.fontSize = `${this.layout.font.large}px`;
    this.dom!.el.append(input);
    this.nameField = input;
  }

  protected build(): void {
    const r = this.result;
    if (!r) return;
    const L = this.layout;
    const k = kiosk();
    const game = gameById(r.gameId);
    const gameName = game ? localize(game.title) : '';
    const hadFocus = document.activeElement === this.nameField;
    this.nameField = null;
    addHeader(this, this.dom!, L, K('board.screen', { game: gameName }), { label: T('nav.back'), onActivate: () => this.back() });
    const bh = L.buttonH;
    const side = !L.portrait;
    const formW = side ? L.body.w * 0.56 : L.body.w;
    const fx = L.body.x;
    let y = L.body.y;
    const done = this.saved !== null || k.visitor.onBoard.has(r) || k.store.settings.anonymousBoard;
    // Names from a list: a name is a tap, nothing typed and nothing to moderate.
    const fromList = !done && boardNames(k.store.settings) === 'list';
    if (fromList) {
      const label = addText(this, fx, y, K('board.pick'), { size: L.font.body, bold: true, width: formW });
      this.dom!.text(K('board.pick'));
      y += label.height + L.gap * 0.6;
      const names = K('board.names').split('|').slice(0, 12);
      const cols = L.portrait ? 2 : 3;
      const w = (formW - (cols - 1) * L.gap * 0.6) / cols;
      names.forEach((name, i) =>
        addButton(this, this.dom!, L, {
          id: `name-${i}`,
          label: K('board.pickName', { name }),
          visibleLabel: name,
          style: 'quiet',
          group: 'names',
          rect: { x: fx + (i % cols) * (w + L.gap * 0.6), y: y + Math.floor(i / cols) * (bh + L.gap * 0.6), w, h: bh },
          fontSize: L.font.body,
          onActivate: () => this.save(name),
        }),
      );
      y += Math.ceil(names.length / cols) * (bh + L.gap * 0.6) + L.gap;
    }
    if (!done && !fromList) {
      const label = addText(this, fx, y, K('board.label'), { size: L.font.body, bold: true, width: formW });
      y += label.height + L.gap * 0.6;
      const saveW = Math.min(formW * 0.4, 300);
      this.field({ x: fx, y, w: formW - saveW - L.gap, h: bh });
      addButton(this, this.dom!, L, {
        id: 'save',
        label: K('board.save'),
        rect: { x: fx + formW - saveW, y, w: saveW, h: bh },
        fontSize: L.font.small,
        onActivate: () => this.save(),
      });
      y += bh + L.gap * 0.6;
    }
    if (this.message) {
      const m = addText(this, fx, y, this.message, { size: L.font.body, bold: true, color: this.saved ? COLORS.onBg : COLORS.accent, width: formW });
      const p = this.dom!.text(this.message);
      p.id = 'kiosk-board-msg';
      y += m.height + L.gap;
    } else if (!done && !fromList) {
      y += L.font.body * 1.6;
    }
    if (!done && !fromList) {
      // On-screen keys, for a touch screen with no keyboard.
      const keyH = Math.max(48, Math.min(64, bh));
      const kw = (formW - 9 * (L.gap * 0.6)) / 10;
      const step = kw + L.gap * 0.6;
      const rows = keyRows(getLang());
      rows.forEach((row, ri) => {
        [...row].forEach((ch, ci) => {
          addButton(this, this.dom!, L, {
            id: `k-${ch}`,
            label: K('board.key', { key: ch }),
            visibleLabel: ch,
            style: 'quiet',
            group: 'keys',
            sound: false,
            rect: { x: fx + ci * step, y: y + ri * (keyH + L.gap * 0.6), w: kw, h: keyH },
            fontSize: L.font.body,
            onActivate: () => this.type(ch),
          });
        });
      });
      const ly = y + rows.length * (keyH + L.gap * 0.6);
      addButton(this, this.dom!, L, {
        id: 'k-space',
        label: K('board.space'),
        style: 'quiet',
        group: 'keys',
        sound: false,
        rect: { x: fx, y: ly, w: 7 * step - L.gap * 0.6, h: keyH },
        fontSize: L.font.body,
        onActivate: () => this.type('space'),
      });
      addButton(this, this.dom!, L, {
        id: 'k-del',
        label: K('board.delete'),
        visibleLabel: '⌫',
        style: 'quiet',
        group: 'keys',
        sound: false,
        rect: { x: fx + 7 * step, y: ly, w: 3 * step - L.gap * 0.6, h: keyH },
        fontSize: L.font.body,
        onActivate: () => this.type('del'),
      });
      y = ly + keyH + L.gap * 1.5;
    }
    // The board, and where to go next.
    const navY = L.h - L.pad - bh;
    const panel = side
      ? { x: fx + formW + L.pad, y: L.body.y, w: L.body.w - formW - L.pad, h: navY - L.gap - L.body.y }
      : { x: fx, y, w: L.body.w, h: navY - L.gap - y };
    // This level's ranking (a short round ranks apart from the full level).
    const rows = boardRows(k.board.ranked(r.gameId, r.level.id), { shown: SHOWN, anonymous: k.store.settings.anonymousBoard, mine: this.saved });
    const title = K('board.title', { game: gameName, level: localize(r.level.title) });
    addTextPanel(this, this.dom!, { id: 'board', rect: panel, title, bodySize: L.font.body, titleSize: L.font.large }, (el) => {
      if (rows.length === 0) {
        const p = document.createElement('p');
        p.textContent = K('board.empty');
        el.append(p);
        return;
      }
      const ol = document.createElement('ol');
      ol.className = 'board';
      for (const row of rows) {
        const li = document.createElement('li');
        const line =
          row.name === null
            ? K('board.lineAnon', { rank: row.rank, score: row.score, stars: row.stars })
            : K('board.line', { rank: row.rank, name: row.name, score: row.score, stars: row.stars });
        li.textContent = row.mine ? K('board.you', { line }) : line;
        if (row.mine) li.className = 'mine';
        ol.append(li);
      }
      el.append(ol);
    });
    const nav = [
      { id: 'card', label: K('results.card'), style: 'primary' as const, go: () => goTo(this, KIOSK_SCENES.card, { result: r }) },
      { id: 'another', label: K('board.another'), style: 'quiet' as const, go: () => goTo(this, SCENES.picker) },
      { id: 'done', label: K('results.done'), style: 'quiet' as const, go: () => goTo(this, SCENES.title) },
    ];
    const nx = side ? panel.x : L.body.x;
    const nw = side ? panel.w : L.body.w;
    const bw = (nw - L.gap * (nav.length - 1)) / nav.length;
    nav.forEach((b, i) =>
      addButton(this, this.dom!, L, {
        id: b.id,
        label: b.label,
        style: b.style,
        rect: { x: nx + i * (bw + L.gap), y: navY, w: bw, h: bh },
        fontSize: L.font.small,
        onActivate: b.go,
      }),
    );
    if (hadFocus) (this.nameField as HTMLInputElement | null)?.focus({ preventScroll: true });
  }
}
