// After a round at the booth: the visitor may put a nickname on today's board for the level (checked by
// core/nickname, shown as text only, in an isolated bidi run), typed on the device's keyboard or the on-screen keys,
// and sees the board. On an anonymous board the score goes on without a name, and no name is asked for. The words
// and the rules of the name are in ./board.present, the rectangles in ./board.layout.
import { ArcadeScene } from '../../ui/ArcadeScene';
import { SCENES } from '../keys';
import { goTo, type ResultsData } from '../flow';
import { gameById } from '../services';
import { addButton, addHeader, addScrollArea, addText, addTextPanel } from '../../ui/widgets';
import { COLORS } from '../../ui/theme';
import { a11y, place, type Rect } from '../../ui/a11y';
import { getLang, localize } from '../../core/i18n';
import { checkNickname } from '../../core/nickname';
import { hasBlockedWord } from '../../core/blockedWords';
import type { RankedEntry } from '../../core/leaderboard';
import { boothOf } from './kiosk';
import { svc } from '../services';
import { boardNames } from '../../core/kioskSettings';
import { KIOSK_SCENES } from './keys';
import { FIELD_MAX, boardTitle, presentBoard, problemWords, savedWords, typeKey, type BoardKey, type BoardNext } from './board.present';
import { boardFormWidth, boardLayout } from './board.layout';

export interface BoardData {
  result: ResultsData;
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
    this.draft = boothOf(svc()).visitor.nickname ?? '';
    this.message = '';
    this.saved = null;
  }

  protected screenName(): string {
    const g = this.result ? gameById(this.result.gameId) : undefined;
    return boardTitle(g ? localize(g.title) : '');
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
    const k = boothOf(svc());
    if (r && k.store.settings.anonymousBoard && !k.visitor.onBoard.has(r)) {
      const entry = k.board.add({ gameId: r.gameId, levelId: r.level.id, name: null, score: r.summary.score, stars: r.summary.stars });
      if (entry) {
        k.visitor.onBoard.add(r);
        this.saved = entry;
        this.message = savedWords(entry);
      } else {
        this.message = problemWords('storage');
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
      this.message = problemWords(check.problem);
      this.rebuild();
      this.nameField?.focus({ preventScroll: true });
      a11y().announce(this.message, true);
      return;
    }
    const k = boothOf(svc());
    const entry = k.board.add({ gameId: r.gameId, levelId: r.level.id, name: check.name, score: r.summary.score, stars: r.summary.stars });
    if (!entry) {
      this.message = problemWords('storage');
      this.rebuild();
      return;
    }
    k.visitor.nickname = check.name;
    k.visitor.onBoard.add(r);
    this.saved = entry;
    this.message = savedWords(entry);
    this.rebuild();
    this.dom?.focus('card');
    a11y().announce(this.message);
  }

  /** An on-screen key: typed where the caret is, capitalised at the start of a word. */
  private type(key: string): void {
    const el = this.nameField;
    if (!el) return;
    const next = typeKey(el.value, el.selectionStart ?? el.value.length, el.selectionEnd ?? el.value.length, key);
    if (next) {
      el.value = next.value;
      el.setSelectionRange(next.caret, next.caret);
    }
    this.draft = el.value;
  }

  private field(rect: Rect, label: string, invalid: boolean): void {
    const input = document.createElement('input');
    input.type = 'text';
    input.className = 'kiosk-input';
    input.value = this.draft;
    input.maxLength = FIELD_MAX;
    input.autocomplete = 'off';
    input.spellcheck = false;
    input.setAttribute('autocapitalize', 'words');
    input.setAttribute('enterkeyhint', 'done');
    input.setAttribute('aria-label', label);
    input.dataset.id = 'nickname';
    if (invalid) {
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

  private navigate(to: BoardNext, r: ResultsData): void {
    if (to === 'card') goTo(this, KIOSK_SCENES.card, { result: r });
    else goTo(this, to === 'picker' ? SCENES.picker : SCENES.title);
  }

  protected build(): void {
    const r = this.result;
    if (!r) return;
    const L = this.layout;
    const k = boothOf(svc());
    const game = gameById(r.gameId);
    const v = presentBoard({
      game: game ? localize(game.title) : '',
      level: localize(r.level.title),
      names: boardNames(k.store.settings),
      saved: this.saved,
      onBoard: k.visitor.onBoard.has(r),
      message: this.message,
      lang: getLang(),
      ranked: k.board.ranked(r.gameId, r.level.id),
    });
    const hadFocus = document.activeElement === this.nameField;
    this.nameField = null;
    addHeader(this, this.dom!, L, v.title, { label: v.back, onActivate: () => this.back() });
    // The form's label and message are drawn first: what comes under them starts where they end.
    const formW = boardFormWidth(L);
    const labelText = v.pick?.prompt ?? v.typed?.label;
    const label = labelText === undefined ? null : addText(this, 0, 0, labelText, { size: L.font.body, bold: true, width: formW });
    const msg = v.message
      ? addText(this, 0, 0, v.message.text, { size: L.font.body, bold: true, color: v.message.error ? COLORS.accent : COLORS.onBg, width: formW })
      : null;
    const R = boardLayout(L, {
      mode: v.mode,
      labelH: label?.height ?? 0,
      messageH: msg ? msg.height : null,
      names: v.pick?.names.length ?? 0,
      keyRows: v.typed?.keys.map((row) => row.length) ?? [],
      nav: v.nav.length,
    });
    if (label && R.label) label.setPosition(R.label.x, R.label.y);
    if (v.pick) {
      this.dom!.text(v.pick.prompt);
      v.pick.names.forEach((n, i) =>
        addButton(this, this.dom!, L, {
          id: n.id,
          label: n.label,
          visibleLabel: n.name,
          style: 'quiet',
          group: 'names',
          rect: R.names[i]!,
          fontSize: L.font.body,
          onActivate: () => this.save(n.name),
        }),
      );
    }
    if (v.typed && R.field && R.save) {
      this.field(R.field, v.typed.label, v.message !== null);
      addButton(this, this.dom!, L, { id: 'save', label: v.typed.save, rect: R.save, fontSize: L.font.small, onActivate: () => this.save() });
    }
    if (v.message && msg && R.message) {
      msg.setPosition(R.message.x, R.message.y);
      const p = this.dom!.text(v.message.text);
      p.id = 'kiosk-board-msg';
    }
    if (v.typed && R.keyArea && R.space && R.del) {
      // On-screen keys, for a touch screen with no keyboard: in their own scroll area where the screen is short.
      const area = R.keyArea;
      const scroll = R.scrolls ? addScrollArea(this, this.dom!, 'keys', area, R.keysH) : undefined;
      const key = (b: BoardKey, at: Rect): void => {
        addButton(this, this.dom!, L, {
          id: b.id,
          label: b.label,
          visibleLabel: b.visibleLabel,
          style: 'quiet',
          group: 'keys',
          sound: false,
          rect: scroll ? at : { ...at, x: area.x + at.x, y: area.y + at.y },
          fontSize: L.font.body,
          scroll,
          onActivate: () => this.type(b.key),
        });
      };
      v.typed.keys.forEach((row, ri) => row.forEach((b, ci) => key(b, R.keys[ri]![ci]!)));
      key(v.typed.space, R.space);
      key(v.typed.del, R.del);
    }
    // The board, and where to go next.
    addTextPanel(this, this.dom!, { id: 'board', rect: R.panel, title: v.board.title, bodySize: L.font.body, titleSize: L.font.large }, (el) => {
      if (v.board.empty !== null) {
        const p = document.createElement('p');
        p.textContent = v.board.empty;
        el.append(p);
        return;
      }
      const ol = document.createElement('ol');
      ol.className = 'board';
      for (const line of v.board.lines) {
        const li = document.createElement('li');
        li.textContent = line.text;
        if (line.mine) li.className = 'mine';
        ol.append(li);
      }
      el.append(ol);
    });
    v.nav.forEach((b, i) =>
      addButton(this, this.dom!, L, {
        id: b.id,
        label: b.label,
        style: b.style,
        rect: R.nav[i]!,
        fontSize: L.font.small,
        onActivate: () => this.navigate(b.to, r),
      }),
    );
    if (hadFocus) (this.nameField as HTMLInputElement | null)?.focus({ preventScroll: true });
  }
}
