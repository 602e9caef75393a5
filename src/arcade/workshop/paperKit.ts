// A paper kit for a table exercise without screens: a level's board (the options every card is sorted onto, with
// their cues), its cards to cut out (numbered, no answer on them), and an answer key for the trainer on a page of
// its own. For the games whose cards all share one board (those whose room takes the room's own stories: Cynefin).
// The kit's words come from the game's room deck, in the player's language; shown as text only, printed alone.
import type { RoomDeck } from '../../games/sdk/room';
import { W } from './strings';
import { button, dialog } from './room/dialogs';
import { printOnly } from '../../ui/download';

export interface PaperKit {
  board: { heading: string; areas: Array<{ name: string; cue: string }> };
  cards: Array<{ n: number; text: string }>;
  key: Array<{ n: number; answer: string; why: string }>;
}

/** The kit of a deck (pure): the board from its options, a card per item, the key from each card's best answer. */
export function paperKit(deck: RoomDeck): PaperKit {
  const label = (id: string): string => deck.options.find((o) => o.id === id)?.label ?? id;
  return {
    board: { heading: deck.question, areas: deck.options.map((o) => ({ name: o.label, cue: o.cue ?? '' })) },
    cards: deck.items.map((it, i) => ({ n: i + 1, text: it.text })),
    key: deck.items.map((it, i) => {
      const best = [...it.accepted].sort((a, b) => b.credit - a.credit);
      return { n: i + 1, answer: best.map((a) => label(a.option)).join(' / '), why: best[0]?.why ?? '' };
    }),
  };
}

/** The kit in a dialog, with Print (the kit alone on paper: the board, the cards to cut out, then the key). */
export function showPaperKit(title: string, kit: PaperKit, onClose: () => void): void {
  dialog(
    'paper-kit',
    W('kit.title', { level: title }),
    (box, close) => {
      const el = (tag: string, text: string, cls?: string): HTMLElement => {
        const e = document.createElement(tag);
        e.textContent = text;
        if (cls) e.className = cls;
        return e;
      };
      const row = document.createElement('div');
      row.className = 'room-row';
      row.append(
        button(W('kit.print'), 'kit-print', () => printOnly('print-kit'), true),
        button(W('session.close'), 'kit-close', close),
      );
      box.append(row, el('p', W('kit.how'), 'muted'));
      const board = el('section', '', 'kit-board');
      board.append(el('h3', kit.board.heading));
      const areas = el('div', '', 'kit-areas');
      for (const a of kit.board.areas) {
        const area = el('div', '', 'kit-area');
        area.append(el('h4', a.name), el('p', a.cue));
        areas.append(area);
      }
      board.append(areas);
      const cards = el('section', '', 'kit-cards');
      cards.append(el('h3', W('kit.cards', { count: kit.cards.length })));
      const grid = el('ol', '', 'kit-grid');
      for (const c of kit.cards) {
        const li = el('li', '', 'kit-card');
        li.append(el('span', String(c.n), 'kit-n'), el('p', c.text));
        grid.append(li);
      }
      cards.append(grid);
      const key = el('section', '', 'kit-key');
      key.append(el('h3', W('kit.key')));
      const ol = el('ol', '');
      for (const k of kit.key) ol.append(el('li', W('kit.keyLine', { n: k.n, answer: k.answer, why: k.why })));
      key.append(ol);
      box.append(board, cards, key);
    },
    onClose,
  );
}
