// The editor's form controls: real, labelled DOM inputs, text areas, selects, check boxes and buttons, each with its
// message element beside it (aria-describedby, aria-invalid). Everything the trainer typed is set as text only.

/** A shown field (or group of fields) by its level path, with the element that says its messages. */
export interface FieldRef {
  /** What gets focus for this field (the control; for a group, its first control). */
  control: HTMLElement | null;
  msg: HTMLElement;
  /** A group's fieldset (its first control takes the focus). */
  box?: HTMLElement;
}

export type FieldRefs = Map<string, FieldRef>;

let seq = 0;
/** A page-unique element id (paths hold brackets and dots, which ids may hold but selectors would need escaped). */
function uid(kind: string): string {
  seq = (seq + 1) % 1_000_000;
  return `ed-${kind}-${seq}`;
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, cls?: string, text?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined) e.textContent = text;
  return e;
}

function message(): HTMLParagraphElement {
  const m = el('p', 'ed-msg');
  m.id = uid('msg');
  m.hidden = true;
  return m;
}

function describe(control: HTMLElement, ...ids: string[]): void {
  control.setAttribute('aria-describedby', ids.join(' '));
}

interface Base {
  path: string;
  label: string;
  hint?: string;
}

function wrap(host: HTMLElement, o: Base, control: HTMLElement, refs: FieldRefs, cls = 'ed-field'): void {
  const box = el('div', cls);
  const id = uid('f');
  control.id = id;
  control.dataset.field = o.path;
  const label = el('label', 'ed-label', o.label);
  label.htmlFor = id;
  box.append(label, control);
  const msg = hintAndMessage(box, control, o.hint);
  host.append(box);
  refs.set(o.path, { control, msg });
}

/** The field's hint (if any) and its message line, appended to `box` and read out with `target`; returns the message. */
function hintAndMessage(box: HTMLElement, target: HTMLElement, hintText?: string): HTMLElement {
  const msg = message();
  const ids: string[] = [];
  if (hintText) {
    const hint = el('p', 'ed-hint', hintText);
    hint.id = uid('hint');
    ids.push(hint.id);
    box.append(hint);
  }
  ids.push(msg.id);
  describe(target, ...ids);
  box.append(msg);
  return msg;
}

/** A one-line or many-line text field; `onInput` gets every change as it is typed. */
export function textField(
  host: HTMLElement,
  refs: FieldRefs,
  o: Base & { value: string; multiline?: boolean; numeric?: boolean; placeholder?: string; lang?: string; onInput: (v: string) => void },
): void {
  const c = o.multiline ? el('textarea', 'ed-input') : el('input', 'ed-input');
  if (c instanceof HTMLTextAreaElement) c.rows = 3;
  else {
    c.type = 'text';
    if (o.numeric) {
      // Text, not type=number: a number field hides what was typed when it is not a number, and the schema's
      // message should name it.
      c.inputMode = 'decimal';
      c.classList.add('ed-number');
    }
  }
  c.value = o.value;
  c.autocomplete = 'off';
  if (o.placeholder) c.placeholder = o.placeholder;
  // Screen readers pronounce the trainer's text in the language it is written in.
  if (o.lang) c.lang = o.lang;
  c.addEventListener('input', () => o.onInput(c.value));
  wrap(host, o, c, refs);
}

export interface Choice {
  value: string;
  label: string;
}

/** A drop-down list; an empty value is the "Choose…" placeholder. */
export function selectField(
  host: HTMLElement,
  refs: FieldRefs,
  o: Base & { value: string; choices: Choice[]; placeholder?: string; onChange: (v: string) => void },
): void {
  const c = el('select', 'ed-input');
  const all = o.placeholder !== undefined ? [{ value: '', label: o.placeholder }, ...o.choices] : o.choices;
  for (const ch of all) {
    const opt = el('option', undefined, ch.label);
    opt.value = ch.value;
    c.append(opt);
  }
  c.value = o.value;
  c.addEventListener('change', () => o.onChange(c.value));
  wrap(host, o, c, refs);
}

export function checkField(host: HTMLElement, refs: FieldRefs, o: Base & { checked: boolean; onChange: (v: boolean) => void }): void {
  const c = el('input', 'ed-check');
  c.type = 'checkbox';
  c.checked = o.checked;
  c.addEventListener('change', () => o.onChange(c.checked));
  wrap(host, o, c, refs, 'ed-field ed-field-check');
}

/** A fieldset with a legend and a message for the group as a whole (e.g. "exactly one domain must have weight 1"). */
export function group(host: HTMLElement, refs: FieldRefs, o: { path: string; legend: string; hint?: string; cls?: string }): HTMLFieldSetElement {
  const fs = el('fieldset', `ed-group ${o.cls ?? ''}`.trim());
  fs.dataset.group = o.path;
  fs.append(el('legend', 'ed-legend', o.legend));
  const msg = hintAndMessage(fs, fs, o.hint);
  host.append(fs);
  refs.set(o.path, { control: null, msg, box: fs });
  return fs;
}

/** A real button (not a canvas twin): it scrolls with the form. `label` is its accessible name. */
export function formButton(host: HTMLElement, o: { id: string; label: string; visible?: string; cls?: string; onClick: () => void }): HTMLButtonElement {
  const b = el('button', `ed-button ${o.cls ?? ''}`.trim(), o.visible ?? o.label);
  b.type = 'button';
  b.dataset.id = o.id;
  if (o.visible !== undefined && o.visible !== o.label) b.setAttribute('aria-label', o.label);
  b.addEventListener('click', o.onClick);
  host.append(b);
  return b;
}

/**
 * Shows each field's messages (those `shown` allows) beside it, marks its control invalid, and clears the rest.
 * A group's message goes on its first control too, so a keyboard user hears it there.
 */
export function showMessages(refs: FieldRefs, messages: Record<string, string[]>, shown: (path: string) => boolean): void {
  for (const [path, ref] of refs) {
    const list = shown(path) ? messages[path] : undefined;
    const text = list?.join(' ') ?? '';
    if (ref.msg.textContent !== text) ref.msg.textContent = text;
    ref.msg.hidden = text === '';
    if (ref.control) {
      if (text) ref.control.setAttribute('aria-invalid', 'true');
      else ref.control.removeAttribute('aria-invalid');
    }
  }
}

export function paragraph(host: HTMLElement, text: string, cls?: string): HTMLParagraphElement {
  const p = el('p', cls, text);
  host.append(p);
  return p;
}

export function heading(host: HTMLElement, text: string, level: 2 | 3 = 2): HTMLHeadingElement {
  const h = el(`h${level}`, 'ed-heading', text);
  host.append(h);
  return h;
}

export function row(host: HTMLElement, cls = 'ed-row'): HTMLDivElement {
  const r = el('div', cls);
  host.append(r);
  return r;
}
