// The workshop room's overlays, in the DOM over the canvas: keyboard help, pause, a blank screen for the clicker,
// the room's own story, placing that story at its reveal, and the list of cards to jump to. Each is a modal
// dialog (the screen under it is inert), closed by its button or Escape; trainer text is set as text only.
import { a11y } from '../../../ui/a11y';
import { MAX_STORY_TEXT, MAX_STORY_WHY } from '../../../core/room';
import { MAX_NOTE } from '../../../core/export';
import type { RoomOption } from '../../../games/sdk/room';
import { R } from './strings';

export interface Dialog {
  el: HTMLElement;
  kind: string;
  close(): void;
}

let open: Dialog | null = null;

export function openDialog(): Dialog | null {
  return open;
}

/** Opens a dialog (closing one already open); `onClose` runs once, however it closes. */
export function dialog(kind: string, titleText: string, fill: (body: HTMLElement, close: () => void) => void, onClose: () => void): Dialog {
  open?.close();
  const el = document.createElement('div');
  el.className = `room-dialog room-${kind}`;
  el.setAttribute('role', 'dialog');
  el.setAttribute('aria-modal', 'true');
  el.dataset.id = `room-${kind}`;
  const box = document.createElement('div');
  box.className = 'room-box';
  if (titleText) {
    const h = document.createElement('h2');
    h.textContent = titleText;
    h.id = `room-${kind}-title`;
    el.setAttribute('aria-labelledby', h.id);
    box.append(h);
  }
  el.append(box);
  const layer = a11y().root;
  // Where focus was, to go back to when the dialog closes.
  const back = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  layer.inert = true;
  let closed = false;
  const d: Dialog = {
    el,
    kind,
    close: () => {
      if (closed) return;
      closed = true;
      el.remove();
      layer.inert = false;
      if (open === d) open = null;
      if (back?.isConnected) back.focus({ preventScroll: true });
      onClose();
    },
  };
  fill(box, d.close);
  layer.parentElement?.append(el);
  open = d;
  (el.querySelector<HTMLElement>('[data-autofocus]') ?? el.querySelector<HTMLElement>('textarea, input, button'))?.focus();
  return d;
}

export function button(text: string, id: string, onClick: () => void, primary = false): HTMLButtonElement {
  const b = document.createElement('button');
  b.type = 'button';
  b.textContent = text;
  b.dataset.id = id;
  if (primary) b.className = 'primary';
  b.addEventListener('click', onClick);
  return b;
}

/** A labelled text area of three rows, at most `max` characters. */
function textField(id: string, labelText: string, max: number): [HTMLLabelElement, HTMLTextAreaElement] {
  const label = document.createElement('label');
  label.textContent = labelText;
  label.htmlFor = `room-${id}`;
  const area = document.createElement('textarea');
  area.id = `room-${id}`;
  area.dataset.id = id;
  area.maxLength = max;
  area.rows = 3;
  return [label, area];
}

function para(text: string, cls?: string): HTMLParagraphElement {
  const p = document.createElement('p');
  p.textContent = text;
  if (cls) p.className = cls;
  return p;
}

export function showHelp(stories: boolean, onClose: () => void): Dialog {
  return dialog(
    'help',
    R('room.helpTitle'),
    (box, close) => {
      const ul = document.createElement('ul');
      const lines = R('room.helpItems').split('|');
      // The room's own story, where the game takes one, after "C: jump to any card".
      if (stories) lines.splice(Math.max(0, lines.length - 3), 0, R('room.helpStory'));
      lines.splice(Math.max(0, lines.length - 3), 0, R('room.helpNotes'));
      for (const line of lines) {
        const li = document.createElement('li');
        li.textContent = line;
        ul.append(li);
      }
      box.append(ul, button(R('room.close'), 'close', close, true));
    },
    onClose,
  );
}

export function showPause(onResume: () => void): Dialog {
  return dialog(
    'pause',
    R('room.pausedTitle'),
    (box, close) => {
      box.append(para(R('room.pausedText')), button(R('room.resume'), 'resume', close, true));
    },
    onResume,
  );
}

/** Blank: nothing on screen; any key or a click brings it back, and that key does nothing else. */
export function showBlank(onClose: () => void): Dialog {
  const onKey = (e: KeyboardEvent): void => {
    if (['Shift', 'Control', 'Alt', 'Meta'].includes(e.key)) return;
    e.preventDefault();
    e.stopPropagation();
    d.close();
  };
  const d = dialog(
    'blank',
    '',
    (box, close) => {
      box.setAttribute('aria-label', R('room.blank'));
      box.tabIndex = -1;
      box.dataset.autofocus = '';
      const sr = para(R('room.blank'), 'sr-only');
      box.append(sr);
      box.parentElement?.addEventListener('click', close);
      box.addEventListener('click', close);
    },
    () => {
      window.removeEventListener('keydown', onKey, true);
      onClose();
    },
  );
  window.addEventListener('keydown', onKey, true);
  return d;
}

/** The trainer's notes on the card on screen, for the session report: in this window only. */
export function showNotes(initial: string, onSave: (text: string) => void, onClose: () => void): Dialog {
  return dialog(
    'notes',
    R('room.notesTitle'),
    (box, close) => {
      const [label, area] = textField('notes-text', R('room.notesField'), MAX_NOTE);
      area.rows = 6;
      area.value = initial;
      const help = para(R('room.notesHint'), 'muted');
      help.id = 'room-notes-help';
      area.setAttribute('aria-describedby', 'room-notes-help');
      const save = (): void => {
        close();
        onSave(area.value);
      };
      const row = document.createElement('div');
      row.className = 'room-row';
      row.append(button(R('room.notesSave'), 'notes-save', save, true), button(R('room.close'), 'close', close));
      box.append(label, area, help, row);
    },
    onClose,
  );
}

/** The room's own situation, typed by the trainer. */
export function showStory(onAdd: (text: string) => void, onClose: () => void): Dialog {
  return dialog(
    'story',
    R('room.storyTitle'),
    (box, close) => {
      const [label, area] = textField('story-text', R('room.storyField'), MAX_STORY_TEXT);
      const help = para(R('room.storyHelp'), 'muted');
      help.id = 'room-story-help';
      const err = para('', 'room-error');
      err.id = 'room-story-error';
      err.setAttribute('role', 'alert');
      area.setAttribute('aria-describedby', 'room-story-help room-story-error');
      const add = (): void => {
        const text = area.value.trim();
        if (!text) {
          err.textContent = R('room.storyEmpty');
          area.setAttribute('aria-invalid', 'true');
          area.focus();
          return;
        }
        close();
        onAdd(text);
      };
      const row = document.createElement('div');
      row.className = 'room-row';
      row.append(button(R('room.storyAdd'), 'story-add', add, true), button(R('room.close'), 'close', close));
      box.append(label, area, help, err, row);
    },
    onClose,
  );
}

/** At a story's reveal: where it belongs (the trainer's answer) and why. */
export function showPlace(options: readonly RoomOption[], onReveal: (option: string, why: string) => void, onClose: () => void): Dialog {
  return dialog(
    'place',
    R('room.placeTitle'),
    (box, close) => {
      const field = document.createElement('fieldset');
      const legend = document.createElement('legend');
      legend.textContent = R('room.placeField');
      field.append(legend);
      for (const [i, o] of options.entries()) {
        const label = document.createElement('label');
        label.className = 'room-choice';
        const radio = document.createElement('input');
        radio.type = 'radio';
        radio.name = 'room-place';
        radio.value = o.id;
        radio.dataset.id = `place-${o.id}`;
        if (i === 0) radio.dataset.autofocus = '';
        label.append(radio, document.createTextNode(` ${o.label}`));
        field.append(label);
      }
      const [whyLabel, why] = textField('place-why', R('room.placeWhy'), MAX_STORY_WHY);
      const err = para('', 'room-error');
      err.setAttribute('role', 'alert');
      const reveal = (): void => {
        const chosen = field.querySelector<HTMLInputElement>('input:checked');
        if (!chosen) {
          err.textContent = R('room.placeNeeds');
          field.querySelector<HTMLInputElement>('input')?.focus();
          return;
        }
        close();
        onReveal(chosen.value, why.value);
      };
      const row = document.createElement('div');
      row.className = 'room-row';
      row.append(button(R('room.placeReveal'), 'place-reveal', reveal, true), button(R('room.close'), 'close', close));
      box.append(field, whyLabel, why, err, row);
    },
    onClose,
  );
}

/** Every card, to jump back to one for discussion. */
export function showCards(
  items: ReadonlyArray<{ index: number; text: string; state: string; label: string }>,
  current: number,
  onJump: (index: number) => void,
  onClose: () => void,
): Dialog {
  return dialog(
    'cards',
    R('room.cardsTitle'),
    (box, close) => {
      const ol = document.createElement('ol');
      for (const it of items) {
        const li = document.createElement('li');
        const b = button(`${it.text} · ${it.state}`, `jump-${it.index}`, () => {
          close();
          onJump(it.index);
        });
        b.setAttribute('aria-label', `${it.label}. ${it.state}`);
        if (it.index === current) {
          b.setAttribute('aria-current', 'true');
          b.dataset.autofocus = '';
        }
        li.append(b);
        ol.append(li);
      }
      // The end summary too (the scores, and every card's bars), without stepping through the cards between.
      const li = document.createElement('li');
      li.append(
        button(R('room.toEnd'), 'jump-end', () => {
          close();
          onJump(items.length);
        }),
      );
      ol.append(li);
      box.append(ol, button(R('room.close'), 'close', close, true));
    },
    onClose,
  );
}
