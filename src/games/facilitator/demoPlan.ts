// What the facilitator role-play's demo on the booth's welcome screen plays (components/demo.ts draws it), pure: the
// scenario's first decision as a player meets it (past any opening lines), its choices as offered there, the best one,
// and what happens in the room when it is taken, all in the scenario's own words.
import type { LocalText } from '../../core/i18n';
import { isInvalid } from '../../core/round';
import * as M from './model';
import { nodeById, type Method, type Scenario } from './schema';

export interface DemoPlan {
  method: Method;
  /** Who speaks the situation, when it is someone of the cast (the narrator and you are not named). */
  speaker: LocalText | null;
  situation: LocalText;
  /** The choices offered, in the file's order (locked ones left out: a visitor could not take them). */
  choices: LocalText[];
  /** Which of `choices` the finger takes: the best move. */
  best: number;
  /** What happens in the room after it. */
  reaction: LocalText;
}

/** Spaces between words; a no-break space (French "répondre :") binds its two sides into one. */
const SPACES = /[^\S\u00a0\u202f]+/;

/** How many words `clipWords` counts in a text. */
export function wordCount(text: string): number {
  return text.trim().split(SPACES).length;
}

/** The first `words` words of a text, with "…" when some were left out. */
export function clipWords(text: string, words: number): string {
  const w = text.trim().split(SPACES);
  return w.length <= words ? text.trim() : `${w.slice(0, words).join(' ')}…`;
}

/** The scenario's first decision and how to play it, or null when it has none (a scenario of lines only). */
export function demoPlan(scenario: Scenario): DemoPlan | null {
  let state = M.start(scenario, 0, M.fileOrder(scenario));
  // Lines before the first decision are read with Continue; the graph is acyclic, so this ends.
  for (let node = M.currentNode(scenario, state); !node.choices; node = M.currentNode(scenario, state)) {
    const next = M.apply(scenario, state, { type: 'continue' });
    if (isInvalid(next)) return null;
    state = next;
  }
  const node = nodeById(scenario.nodes, state.node)!;
  const open = M.availableChoices(scenario, state).filter((o) => !o.locked);
  const pick = open.find((o) => o.choice.quality === 'best') ?? open.find((o) => o.choice.quality === 'ok') ?? open[0];
  if (!pick) return null;
  const cast = scenario.cast.find((c) => c.id === node.speaker);
  return {
    method: scenario.method,
    speaker: cast ? cast.name : null,
    situation: node.text ?? { en: '' },
    choices: open.map((o) => o.choice.text),
    best: open.indexOf(pick),
    reaction: pick.choice.consequence,
  };
}
