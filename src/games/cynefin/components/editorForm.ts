// Cynefin's level editor form (the shell's editor frame calls it through GameEntry.loadEditor), drawn from a draft: the level's settings, then each card with its accepted domains, second
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
} from '../editor';
import { BOARD_DOMAINS, SECOND_KINDS, SECOND_OPTIONS } from '../schema';
import { t, type CynefinStringKey } from '../strings';
import { LANGS, type Lang, type LocalText } from '../../../core/i18n';
import type { EditorHandlers } from '../../sdk/editor';
import { checkField, formButton, group, heading, paragraph, row, selectField, textField, type Choice, type FieldRefs } from '../../../ui/formFields';

/** What the form does with a change (the shell's editor frame supplies it). */
export type FormHandlers = EditorHandlers<Draft>;

const domainName = (d: string): string => t(`domain.${d}` as CynefinStringKey);

/** The domains a card may name: the board's four, Confused when the level shows it, and whatever the draft has. */
function domainChoices(d: Draft, current: string): Choice[] {
  const list: string[] = [...BOARD_DOMAINS, ...(d.showConfused ? ['confused'] : [])];
  if (current && !list.includes(current)) list.push(current);
  return list.map((x) => ({ value: x, label: BOARD_DOMAINS.includes(x as never) || x === 'confused' ? domainName(x) : x }));
}

/** What an option may fit: no domain, or a domain the card may name. */
function fitsChoices(d: Draft, current: string): Choice[] {
  return [{ value: '', label: t('editor.fitsNone') }, ...domainChoices(d, current)];
}

/** A text field's value in the language being written, with the English as its placeholder in another one. */
function written(d: Draft, t: LocalText): { value: string; placeholder?: string; lang: string } {
  return d.writing === 'en' ? { value: t.en, lang: 'en' } : { value: textIn(t, d.writing), placeholder: t.en, lang: d.writing };
}

/** Draws the whole form into `host` (emptied first) and returns its fields by path. */
export function renderForm(host: HTMLElement, d: Draft, on: FormHandlers, langName: (l: Lang) => string): FieldRefs {
  const refs: FieldRefs = new Map();
  host.replaceChildren();
  paragraph(host, t('editor.intro'), 'ed-intro');
  // Issues about the level as a whole (a field the editor does not show, such as the order).
  group(host, refs, { path: '', legend: t('editor.levelMessages'), cls: 'ed-whole' });
  selectField(host, refs, {
    path: '.writing',
    label: t('editor.writing'),
    hint: t('editor.writingHint'),
    value: d.writing,
    choices: LANGS.map((l) => ({ value: l, label: langName(l) })),
    onChange: (v) => on.change((x) => setWriting(x, v), '.writing'),
  });
  levelPart(host, refs, d, on);
  cardsPart(host, refs, d, on);
  return refs;
}

function levelPart(host: HTMLElement, refs: FieldRefs, d: Draft, on: FormHandlers): void {
  const fs = group(host, refs, { path: '.level', legend: t('editor.level') });
  textField(fs, refs, { path: 'title', label: t('editor.title'), ...written(d, d.title), onInput: (v) => on.input((x) => setLevel(x, { title: v })) });
  textField(fs, refs, {
    path: 'summary',
    label: t('editor.summary'),
    ...written(d, d.summary),
    multiline: true,
    onInput: (v) => on.input((x) => setLevel(x, { summary: v })),
  });
  textField(fs, refs, { path: 'id', label: t('editor.id'), hint: t('editor.idHint'), value: d.id, onInput: (v) => on.input((x) => setLevel(x, { id: v })) });
  selectField(fs, refs, {
    path: 'secondStep',
    label: t('editor.secondStep'),
    value: d.secondStep,
    choices: SECOND_KINDS.map((k) => ({ value: k, label: t(`editor.kind.${k}`) })),
    // The answers on offer change with the kind: the cards are drawn again.
    onChange: (v) => on.change((x) => setLevel(x, { secondStep: v }), 'secondStep'),
  });
  checkField(fs, refs, {
    path: 'showConfused',
    label: t('editor.showConfused'),
    checked: d.showConfused,
    onChange: (v) => on.change((x) => setLevel(x, { showConfused: v }), 'showConfused'),
  });
  textField(fs, refs, {
    path: 'timerSeconds',
    label: t('editor.timer'),
    value: d.timerSeconds,
    numeric: true,
    onInput: (v) => on.input((x) => setLevel(x, { timerSeconds: v })),
  });

  const pts = group(fs, refs, { path: 'scoring', legend: t('editor.scoring'), cls: 'ed-grid' });
  for (const f of ['domain', 'second', 'streakBonus', 'streakFrom'] as const satisfies readonly ScoringField[]) {
    textField(pts, refs, {
      path: `scoring.${f}`,
      label: t(`editor.scoring.${f}`),
      value: d.scoring[f],
      numeric: true,
      onInput: (v) => on.input((x) => setScoring(x, f, v)),
    });
  }
  const stars = group(fs, refs, { path: 'stars', legend: t('editor.stars'), cls: 'ed-grid' });
  checkField(stars, refs, {
    path: '.autoStars',
    label: t('editor.autoStars'),
    checked: d.autoStars,
    onChange: (v) => on.change((x) => setLevel(x, { autoStars: v }), '.autoStars'),
  });
  const shown = d.autoStars ? autoStars(d).map(String) : d.stars;
  ([0, 1, 2] as const).forEach((i) =>
    textField(stars, refs, {
      path: `stars[${i}]`,
      label: t('editor.star', { n: i + 1 }),
      value: shown[i] ?? '',
      numeric: true,
      onInput: (v) => on.input((x) => setStar(x, i, v)),
    }),
  );
}

function cardsPart(host: HTMLElement, refs: FieldRefs, d: Draft, on: FormHandlers): void {
  heading(host, t('editor.cards'));
  const list = group(host, refs, {
    path: 'cards',
    legend: t('editor.cards'),
    hint: t('editor.cardsHint', { count: d.cards.length, min: CARD_LIMITS.min, max: CARD_LIMITS.max }),
    cls: 'ed-cards',
  });
  d.cards.forEach((c, i) => cardPart(list, refs, d, c, i, on));
  const add = formButton(host, {
    id: 'add-card',
    label: t('editor.addCard'),
    cls: 'ed-add',
    onClick: () => on.change((x) => addCard(x), `cards[${d.cards.length}].text`, t('editor.cardAdded', { n: d.cards.length + 1 })),
  });
  add.disabled = d.cards.length >= CARD_LIMITS.max;
}

function cardPart(host: HTMLElement, refs: FieldRefs, d: Draft, c: DraftCard, i: number, on: FormHandlers): void {
  const p = `cards[${i}]`;
  const n = i + 1;
  const fs = group(host, refs, { path: p, legend: t('editor.card', { n }), cls: 'ed-card' });
  const tools = row(fs, 'ed-row ed-tools');
  const up = formButton(tools, {
    id: `up-${i}`,
    label: t('editor.moveUp', { n }),
    visible: t('editor.moveUpShort'),
    onClick: () => on.change((x) => moveCard(x, i, -1), `up-${i - 1}`, t('editor.cardMoved', { n: n - 1 })),
  });
  up.disabled = i === 0;
  const down = formButton(tools, {
    id: `down-${i}`,
    label: t('editor.moveDown', { n }),
    visible: t('editor.moveDownShort'),
    onClick: () => on.change((x) => moveCard(x, i, 1), `down-${i + 1}`, t('editor.cardMoved', { n: n + 1 })),
  });
  down.disabled = i === d.cards.length - 1;
  const rm = formButton(tools, {
    id: `remove-${i}`,
    label: t('editor.removeCard', { n }),
    visible: t('editor.removeCardShort'),
    cls: 'ed-danger',
    // The focus goes to the card that takes its place, or the one before it, or Add a card.
    onClick: () =>
      on.change((x) => removeCard(x, i), d.cards.length === 1 ? 'add-card' : `cards[${Math.min(i, d.cards.length - 2)}].text`, t('editor.cardRemoved', { n })),
  });
  rm.disabled = d.cards.length <= 1;

  textField(fs, refs, {
    path: `${p}.text`,
    label: t('editor.text'),
    ...written(d, c.text),
    multiline: true,
    onInput: (v) => on.input((x) => updateCard(x, i, { text: v })),
  });

  const doms = group(fs, refs, { path: `${p}.domains`, legend: t('editor.domains'), hint: t('editor.domainsHint'), cls: 'ed-domains' });
  c.domains.forEach((x, j) => {
    const dp = `${p}.domains[${j}]`;
    const r = row(doms, 'ed-domain');
    selectField(r, refs, {
      path: `${dp}.domain`,
      label: t('editor.domain', { n: j + 1 }),
      value: x.domain,
      placeholder: t('editor.choose'),
      choices: domainChoices(d, x.domain),
      onChange: (v) => on.input((y) => updateDomain(y, i, j, { domain: v })),
    });
    textField(r, refs, {
      path: `${dp}.weight`,
      label: t('editor.weight', { n: j + 1 }),
      value: x.weight,
      numeric: true,
      onInput: (v) => on.input((y) => updateDomain(y, i, j, { weight: v })),
    });
    textField(r, refs, {
      path: `${dp}.why`,
      label: t('editor.why', { n: j + 1 }),
      ...written(d, x.why),
      multiline: true,
      onInput: (v) => on.input((y) => updateDomain(y, i, j, { why: v })),
    });
    if (c.domains.length > 1) {
      formButton(r, {
        id: `remove-domain-${i}-${j}`,
        label: t('editor.removeDomain', { domain: j + 1, n }),
        visible: t('editor.removeDomainShort'),
        cls: 'ed-danger',
        onClick: () => on.change((y) => removeDomain(y, i, j), `${p}.domains[${Math.max(0, j - 1)}].domain`, t('editor.domainRemoved', { n: j + 1 })),
      });
    }
  });
  const addDom = formButton(doms, {
    id: `add-domain-${i}`,
    label: t('editor.addDomain', { n }),
    visible: t('editor.addDomainShort'),
    onClick: () => on.change((y) => addDomain(y, i), `${p}.domains[${c.domains.length}].domain`, t('editor.domainAdded', { n: c.domains.length + 1 })),
  });
  addDom.disabled = c.domains.length >= MAX_DOMAINS;

  textField(fs, refs, {
    path: `${p}.explanation`,
    label: t('editor.explanation'),
    ...written(d, c.explanation),
    multiline: true,
    onInput: (v) => on.input((x) => updateCard(x, i, { explanation: v })),
  });
  secondPart(fs, refs, d, c, i, on);
  selectField(fs, refs, {
    path: `${p}.tempting.domain`,
    label: t('editor.tempting'),
    value: c.temptingDomain,
    placeholder: t('editor.choose'),
    choices: domainChoices(d, c.temptingDomain),
    onChange: (v) => on.input((x) => updateCard(x, i, { temptingDomain: v })),
  });
  textField(fs, refs, {
    path: `${p}.tempting.why`,
    label: t('editor.temptingWhy'),
    ...written(d, c.temptingWhy),
    multiline: true,
    onInput: (v) => on.input((x) => updateCard(x, i, { temptingWhy: v })),
  });
}

/** The card's own second question: whether it asks one, its three or four moves (text, the reading each fits, its
 * credit and why) and the explanation shown after the answer. */
function secondPart(fs: HTMLElement, refs: FieldRefs, d: Draft, c: DraftCard, i: number, on: FormHandlers): void {
  const p = `cards[${i}]`;
  const n = i + 1;
  checkField(fs, refs, {
    path: `${p}.second`,
    label: t('editor.asks'),
    checked: c.asks,
    onChange: (v) => on.change((x) => updateCard(x, i, { asks: v }), `${p}.second`),
  });
  if (!c.asks) return;
  const opts = group(fs, refs, { path: `${p}.second.options`, legend: t('editor.second'), hint: t('editor.secondHint'), cls: 'ed-domains' });
  c.options.forEach((o, j) => {
    const op = `${p}.second.options[${j}]`;
    const r = group(opts, refs, { path: op, legend: t('editor.option', { option: j + 1, n }), cls: 'ed-domain' });
    textField(r, refs, {
      path: `${op}.text`,
      label: t('editor.optionText', { option: j + 1 }),
      ...written(d, o.text),
      multiline: true,
      onInput: (v) => on.input((y) => updateOption(y, i, j, { text: v })),
    });
    selectField(r, refs, {
      path: `${op}.fits`,
      label: t('editor.fits'),
      value: o.fits,
      choices: fitsChoices(d, o.fits),
      onChange: (v) => on.input((y) => updateOption(y, i, j, { fits: v })),
    });
    textField(r, refs, {
      path: `${op}.credit`,
      label: t('editor.credit'),
      value: o.credit,
      numeric: true,
      onInput: (v) => on.input((y) => updateOption(y, i, j, { credit: v })),
    });
    textField(r, refs, {
      path: `${op}.why`,
      label: t('editor.optionWhy'),
      ...written(d, o.why),
      multiline: true,
      onInput: (v) => on.input((y) => updateOption(y, i, j, { why: v })),
    });
    if (c.options.length > SECOND_OPTIONS.min) {
      formButton(r, {
        id: `remove-option-${i}-${j}`,
        label: t('editor.removeOption', { option: j + 1, n }),
        visible: t('editor.removeOptionShort'),
        cls: 'ed-danger',
        onClick: () => on.change((y) => removeOption(y, i, j), `${p}.second.options[${Math.max(0, j - 1)}].text`, t('editor.optionRemoved', { n: j + 1 })),
      });
    }
  });
  const add = formButton(opts, {
    id: `add-option-${i}`,
    label: t('editor.addOption', { n }),
    visible: t('editor.addOptionShort'),
    onClick: () => on.change((y) => addOption(y, i), `${p}.second.options[${c.options.length}].text`, t('editor.optionAdded', { n: c.options.length + 1 })),
  });
  add.disabled = c.options.length >= SECOND_OPTIONS.max;
  textField(fs, refs, {
    path: `${p}.second.explanation`,
    label: t('editor.answerExplanation'),
    ...written(d, c.secondExplanation),
    multiline: true,
    onInput: (v) => on.input((x) => updateCard(x, i, { secondExplanation: v })),
  });
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
