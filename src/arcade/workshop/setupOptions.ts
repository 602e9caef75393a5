// The options column of the workshop screen, drawn: game, level, language, teams (a field per named team, and who
// plays next when teams take turns), play mode, the workshop clock, projector colours, hidden answers and the second
// round, in a scroll area. The rows and their words come from ./setup.present, their places from ./setup.layout;
// the screen hands in what each row does; nothing here keeps state.
import type Phaser from 'phaser';
import { addButton, addScrollArea } from '../../ui/widgets';
import { place, type A11yScope, type Rect } from '../../ui/a11y';
import type { Layout } from '../../ui/layout';
import type { OptionItem } from './setup.present';
import { teamRow, type SetupLayout } from './setup.layout';

/** Where the setup screen draws. */
export interface SetupCanvas {
  scene: Phaser.Scene;
  dom: A11yScope;
  L: Layout;
}

/** What the options' rows do (the screen's actions). */
export interface OptionsHandlers {
  /** A row pressed, by its id (what it changes is worked out then: the team names typed since count). */
  press(id: string): void;
  /** A team's name as it is typed (the screen keeps it and follows it in the link, without a rebuild). */
  teamName(i: number, value: string): void;
  /** Who plays next, chosen (its index, and what is said). */
  nextTeam(i: number, said: string): void;
}

function teamField(k: SetupCanvas, item: Extract<OptionItem, { kind: 'team' }>, rect: Rect, parent: HTMLElement, h: OptionsHandlers): void {
  const input = document.createElement('input');
  input.type = 'text';
  input.className = 'ws-input';
  input.value = item.value;
  input.placeholder = item.placeholder;
  input.maxLength = item.maxLength;
  input.autocomplete = 'off';
  input.spellcheck = false;
  input.setAttribute('aria-label', item.label);
  input.dataset.id = item.id;
  input.addEventListener('input', () => h.teamName(item.index, input.value));
  place(input, rect);
  input.style.fontSize = `${k.L.font.body}px`;
  parent.append(input);
}

/** The options, in a scroll area: the list grows with the teams. */
export function drawOptions(k: SetupCanvas, lay: SetupLayout, items: readonly OptionItem[], h: OptionsHandlers): void {
  const { scene, dom, L } = k;
  const scroll = addScrollArea(scene, dom, 'options', lay.scroll, lay.contentH);
  items.forEach((item, i) => {
    const rect = lay.rows[i]!;
    if (item.kind === 'row') {
      addButton(scene, dom, L, {
        id: item.id,
        label: item.label,
        style: 'quiet',
        group: 'options',
        rect,
        scroll,
        onActivate: () => h.press(item.id),
        pressed: item.pressed,
        disabled: item.disabled,
        description: item.description,
      });
      return;
    }
    const parts = teamRow(L, rect, item.next !== null);
    teamField(k, item, parts.field, scroll.content, h);
    const next = item.next;
    if (next && parts.next)
      addButton(scene, dom, L, {
        id: next.id,
        label: next.label,
        visibleLabel: next.visibleLabel,
        pressed: next.pressed,
        style: 'quiet',
        group: 'teams',
        rect: parts.next,
        scroll,
        fontSize: L.font.small,
        onActivate: () => h.nextTeam(item.index, next.label),
      });
  });
}
