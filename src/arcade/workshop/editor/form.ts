// The editor's form, drawn from a draft: the level's settings, then each card with its accepted domains, second
// question and tempting neighbour. Typing changes the draft in place (no redraw, the field keeps focus); adding,
// moving or removing something redraws the form from the new draft and puts the focus where the trainer expects it.
import {
  addCard,
  addDomain,
  addOption,
  removeOption,
  updateOption,
  CARD_LIMITS,
  MAX_DOMAINS,
  moveCard,
  removeCard,
  removeDomain,
  setLevel,
  setScoring,
  setStar,
  updateCard,
  updateDomain,
  autoStars,
  setWriting,
  textIn,
  type Draft,
  type DraftCard,
  type ScoringField,
} from '../../../games/cynefin/editor';
import { BOARD_DOMAINS, SECOND_KINDS, SECOND_OPTIONS } from '../../../games/cynefin/schema';
import { t, type CynefinStringKey } from '../../../games/cynefin/strings';
import { E } from './strings';
import { T } from '../../strings';
import { LANGS, type LocalText } from '../../../core/i18n';
import { checkField, formButton, group, heading, paragraph, row, selectField, textField, type Choice, type FieldRefs } from './fields';

export interface FormHandlers {
  /** A typed change: the draft changes, the form stays (focus and caret with it). */
  input(change: (d: Draft) => Draft): void;
  /** A change of shape: the form is drawn again, with the focus on `focus` (a field path or a button id). */
  change(change: (d: Draft) => Draft, focus: string, say?: string): void;
}

const domainName = (d: string): string => t(`domain.${d}` as CynefinStringKey);

/** The domains a card may name: the board's four, Confused when the level shows it, and whatever the draft has. */
function domainChoices(d: Draft, current: string): Choice[] {
  const list: string[] = [...BOARD_DOMAINS, ...(d.showConfused ? ['confused'] : [])];
  if (current && !list.includes(current)) list.push(current);
  return list.map((x) => ({ value: x, label: BOARD_DOMAINS.includes(x as never) || x === 'confused' ? domainName(x) : x }));
}

/** What an option may fit: no domain, or a domain the card may name. */
function fitsChoices(d: Draft, current: string): Choice[] {
  return [{ value: '', label: E('fitsNone') }, ...domainChoices(d, current)];
}

/** A text field's value in the language being written, with the English as its placeholder in another one. */
function written(d: Draft, t: LocalText): { value: string; placeholder?: string; lang: string } {
  return d.writing === 'en' ? { value: t.en, lang: 'en' } : { value: textIn(t, d.writing), placeholder: t.en, lang: d.writing };
}

/** Draws the whole form into `host` (emptied first) and returns its fields by path. */
export function renderForm(host: HTMLElement, d: Draft, on: FormHandlers): FieldRefs {
  const refs: FieldRefs = new Map();
  host.replaceChildren();
  paragraph(host, E('intro'), 'ed-intro');
  // Issues about the level as a whole (a field the editor does not show, such as the order).
  group(host, refs, { path: '', legend: E('levelMessages'), cls: 'ed-whole' });
  selectField(host, refs, {
    path: '.writing',
    label: E('writing'),
    hint: E('writingHint'),
    value: d.writing,
    choices: LANGS.map((l) => ({ value: l, label: T(`lang.${l}`) })),
    onChange: (v) => on.change((x) => setWriting(x, v), '.writing'),
  });
  levelPart(host, refs, d, on);
  cardsPart(host, refs, d, on);
  return refs;
}

function levelPart(host: HTMLElement, refs: FieldRefs, d: Draft, on: FormHandlers): void {
  const fs = group(host, refs, { path: '.level', legend: E('level') });
  textField(fs, refs, { path: 'title', label: E('title'), ...written(d, d.title), onInput: (v) => on.input((x) => setLevel(x, { title: v })) });
  textField(fs, refs, { path: 'summary', label: E('summary'), ...written(d, d.summary), multiline: true, onInput: (v) => on.input((x) => setLevel(x, { summary: v })) });
  textField(fs, refs, { path: 'id', label: E('id'), hint: E('idHint'), value: d.id, onInput: (v) => on.input((x) => setLevel(x, { id: v })) });
  selectField(fs, refs, {
    path: 'secondStep',
    label: E('secondStep'),
    value: d.secondStep,
    choices: SECOND_KINDS.map((k) => ({ value: k, label: E(`kind.${k}`) })),
    // The answers on offer change with the kind: the cards are drawn again.
    onChange: (v) => on.change((x) => setLevel(x, { secondStep: v }), 'secondStep'),
  });
  checkField(fs, refs, { path: 'showConfused', label: E('showConfused'), checked: d.showConfused, onChange: (v) => on.change((x) => setLevel(x, { showConfused: v }), 'showConfused') });
  textField(fs, refs, { path: 'timerSeconds', label: E('timer'), value: d.timerSeconds, numeric: true, onInput: (v) => on.input((x) => setLevel(x, { timerSeconds: v })) });

  const pts = group(fs, refs, { path: 'scoring', legend: E('scoring'), cls: 'ed-grid' });
  for (const f of ['domain', 'second', 'streakBonus', 'streakFrom'] as const satisfies readonly ScoringField[]) {
    textField(pts, refs, { path: `scoring.${f}`, label: E(`scoring.${f}`), value: d.scoring[f], numeric: true, onInput: (v) => on.input((x) => setScoring(x, f, v)) });
  }
  const stars = group(fs, refs, { path: 'stars', legend: E('stars'), cls: 'ed-grid' });
  checkField(stars, refs, { path: '.autoStars', label: E('autoStars'), checked: d.autoStars, onChange: (v) => on.change((x) => setLevel(x, { autoStars: v }), '.autoStars') });
  const shown = d.autoStars ? autoStars(d).map(String) : d.stars;
  ([0, 1, 2] as const).forEach((i) =>
    textField(stars, refs, { path: `stars[${i}]`, label: E('star', { n: i + 1 }), value: shown[i] ?? '', numeric: true, onInput: (v) => on.input((x) => setStar(x, i, v)) }),
  );
}

function cardsPart(host: HTMLElement, refs: FieldRefs, d: Draft, on: FormHandlers): void {
  heading(host, E('cards'));
  const list = group(host, refs, { path: 'cards', legend: E('cards'), hint: E('cardsHint', { count: d.cards.length, min: CARD_LIMITS.min, max: CARD_LIMITS.max }), cls: 'ed-cards' });
  d.cards.forEach((c, i) => cardPart(list, refs, d, c, i, on));
  const add = formButton(host, {
    id: 'add-card',
    label: E('addCard'),
    cls: 'ed-add',
    onClick: () => on.change((x) => addCard(x), `cards[${d.cards.length}].text`, E('cardAdded', { n: d.cards.length + 1 })),
  });
  add.disabled = d.cards.length >= CARD_LIMITS.max;
}

function cardPart(host: HTMLElement, refs: FieldRefs, d: Draft, c: DraftCard, i: number, on: FormHandlers): void {
  const p = `cards[${i}]`;
  const n = i + 1;
  const fs = group(host, refs, { path: p, legend: E('card', { n }), cls: 'ed-card' });
  const tools = row(fs, 'ed-row ed-tools');
  const up = formButton(tools, { id: `up-${i}`, label: E('moveUp', { n }), visible: E('moveUpShort'), onClick: () => on.change((x) => moveCard(x, i, -1), `up-${i - 1}`, E('cardMoved', { n: n - 1 })) });
  up.disabled = i === 0;
  const down = formButton(tools, { id: `down-${i}`, label: E('moveDown', { n }), visible: E('moveDownShort'), onClick: () => on.change((x) => moveCard(x, i, 1), `down-${i + 1}`, E('cardMoved', { n: n + 1 })) });
  down.disabled = i === d.cards.length - 1;
  const rm = formButton(tools, {
    id: `remove-${i}`,
    label: E('removeCard', { n }),
    visible: E('removeCardShort'),
    cls: 'ed-danger',
    // The focus goes to the card that takes its place, or the one before it, or Add a card.
    onClick: () => on.change((x) => removeCard(x, i), d.cards.length === 1 ? 'add-card' : `cards[${Math.min(i, d.cards.length - 2)}].text`, E('cardRemoved', { n })),
  });
  rm.disabled = d.cards.length <= 1;

  textField(fs, refs, { path: `${p}.text`, label: E('text'), ...written(d, c.text), multiline: true, onInput: (v) => on.input((x) => updateCard(x, i, { text: v })) });

  const doms = group(fs, refs, { path: `${p}.domains`, legend: E('domains'), hint: E('domainsHint'), cls: 'ed-domains' });
  c.domains.forEach((x, j) => {
    const dp = `${p}.domains[${j}]`;
    const r = row(doms, 'ed-domain');
    selectField(r, refs, { path: `${dp}.domain`, label: E('domain', { n: j + 1 }), value: x.domain, placeholder: E('choose'), choices: domainChoices(d, x.domain), onChange: (v) => on.input((y) => updateDomain(y, i, j, { domain: v })) });
    textField(r, refs, { path: `${dp}.weight`, label: E('weight', { n: j + 1 }), value: x.weight, numeric: true, onInput: (v) => on.input((y) => updateDomain(y, i, j, { weight: v })) });
    textField(r, refs, { path: `${dp}.why`, label: E('why', { n: j + 1 }), ...written(d, x.why), multiline: true, onInput: (v) => on.input((y) => updateDomain(y, i, j, { why: v })) });
    if (c.domains.length > 1) {
      formButton(r, {
        id: `remove-domain-${i}-${j}`,
        label: E('removeDomain', { domain: j + 1, n }),
        visible: E('removeDomainShort'),
        cls: 'ed-danger',
        onClick: () => on.change((y) => removeDomain(y, i, j), `${p}.domains[${Math.max(0, j - 1)}].domain`, E('domainRemoved', { n: j + 1 })),
      });
    }
  });
  const addDom = formButton(doms, {
    id: `add-domain-${i}`,
    label: E('addDomain', { n }),
    visible: E('addDomainShort'),
    onClick: () => on.change((y) => addDomain(y, i), `${p}.domains[${c.domains.length}].domain`, E('domainAdded', { n: c.domains.length + 1 })),
  });
  addDom.disabled = c.domains.length >= MAX_DOMAINS;

  textField(fs, refs, { path: `${p}.explanation`, label: E('explanation'), ...written(d, c.explanation), multiline: true, onInput: (v) => on.input((x) => updateCard(x, i, { explanation: v })) });
  secondPart(fs, refs, d, c, i, on);
  selectField(fs, refs, { path: `${p}.tempting.domain`, label: E('tempting'), value: c.temptingDomain, placeholder: E('choose'), choices: domainChoices(d, c.temptingDomain), onChange: (v) => on.input((x) => updateCard(x, i, { temptingDomain: v })) });
  textField(fs, refs, { path: `${p}.tempting.why`, label: E('temptingWhy'), ...written(d, c.temptingWhy), multiline: true, onInput: (v) => on.input((x) => updateCard(x, i, { temptingWhy: v })) });
}

/** The card's own second question: whether it asks one, its three or four moves (text, the reading each fits, its
 * credit and why) and the explanation shown after the answer. */
function secondPart(fs: HTMLElement, refs: FieldRefs, d: Draft, c: DraftCard, i: number, on: FormHandlers): void {
  const p = `cards[${i}]`;
  const n = i + 1;
  checkField(fs, refs, { path: `${p}.second`, label: E('asks'), checked: c.asks, onChange: (v) => on.change((x) => updateCard(x, i, { asks: v }), `${p}.second`) });
  if (!c.asks) return;
  const opts = group(fs, refs, { path: `${p}.second.options`, legend: E('second'), hint: E('secondHint'), cls: 'ed-domains' });
  c.options.forEach((o, j) => {
    const op = `${p}.second.options[${j}]`;
    const r = group(opts, refs, { path: op, legend: E('option', { option: j + 1, n }), cls: 'ed-domain' });
    textField(r, refs, { path: `${op}.text`, label: E('optionText', { option: j + 1 }), ...written(d, o.text), multiline: true, onInput: (v) => on.input((y) => updateOption(y, i, j, { text: v })) });
    selectField(r, refs, { path: `${op}.fits`, label: E('fits'), value: o.fits, choices: fitsChoices(d, o.fits), onChange: (v) => on.input((y) => updateOption(y, i, j, { fits: v })) });
    textField(r, refs, { path: `${op}.credit`, label: E('credit'), value: o.credit, numeric: true, onInput: (v) => on.input((y) => updateOption(y, i, j, { credit: v })) });
    textField(r, refs, { path: `${op}.why`, label: E('optionWhy'), ...written(d, o.why), multiline: true, onInput: (v) => on.input((y) => updateOption(y, i, j, { why: v })) });
    if (c.options.length > SECOND_OPTIONS.min) {
      formButton(r, {
        id: `remove-option-${i}-${j}`,
        label: E('removeOption', { option: j + 1, n }),
        visible: E('removeOptionShort'),
        cls: 'ed-danger',
        onClick: () => on.change((y) => removeOption(y, i, j), `${p}.second.options[${Math.max(0, j - 1)}].text`, E('optionRemoved', { n: j + 1 })),
      });
    }
  });
  const add = formButton(opts, {
    id: `add-option-${i}`,
    label: E('addOption', { n }),
    visible: E('addOptionShort'),
    onClick: () => on.change((y) => addOption(y, i), `${p}.second.options[${c.options.length}].text`, E('optionAdded', { n: c.options.length + 1 })),
  });
  add.disabled = c.options.length >= SECOND_OPTIONS.max;
  textField(fs, refs, { path: `${p}.second.explanation`, label: E('answerExplanation'), ...written(d, c.secondExplanation), multiline: true, onInput: (v) => on.input((x) => updateCard(x, i, { secondExplanation: v })) });
}

/** Keeps the values the form derives from others (the id from the title, automatic stars) as the trainer types. */
export function syncDerived(refs: FieldRefs, d: Draft): void {
  const set = (path: string, value: string): void => {
    const c = refs.get(path)?.control;
    if (c instanceof HTMLInputElement && c !== document.activeElement && c.value !== value) c.value = value;
  };
  set('id', d.id);
  // Typing a star score switches the automatic stars off.
  const auto = refs.get('.autoStars')?.control;
  if (auto instanceof HTMLInputElement) auto.checked = d.autoStars;
  if (d.autoStars) autoStars(d).forEach((s, i) => set(`stars[${i}]`, String(s)));
}
