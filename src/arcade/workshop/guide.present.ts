// Words of a game's facilitator guide: (the game's name, the guide as loaded, where the screen was opened from, whether
// a paper kit can be printed) -> the screen's name, what the panel says while the guide loads or when the game has
// none, the guide itself (its contents, then its sections, in its own language), and the buttons under it: Done (or
// Back), Print the guide, and the paper kit. Pure: no Phaser, no DOM, no services.
import { W } from './strings';
import { T } from '../strings';
import type { Block } from './guides';

export interface GuideInput {
  /** The game's name, as the player reads it ('' for a game this arcade does not have). */
  game: string;
  /** The guide's blocks once loaded; null while it loads or when the game has none. */
  blocks: readonly Block[] | null;
  /** The guide's language (English where the player's has no translation yet). */
  lang: string;
  /** The game has no guide, or it could not be loaded. */
  missing: boolean;
  /** Opened from the level select (Done goes back to the levels) or from the workshop screen (Back). */
  from: 'levels' | 'setup';
  /** A level was chosen on the workshop screen and the game's cards share one board: its paper kit can be printed. */
  kit: boolean;
}

/** What the guide's panel holds: one line while it loads (or when there is none), else the guide. */
export type GuideBody =
  | { kind: 'message'; text: string }
  | {
      kind: 'guide';
      /** Read in the guide's own language, so screen readers say it right. */
      lang: string;
      /** The sections' headings as links to them, where there is more than one; null: no contents. */
      contents: { label: string; items: Array<{ target: string; text: string }> } | null;
      /** The guide's text, its own title left out (the panel's title says it). */
      blocks: Array<{ kind: 'heading'; id: string; text: string } | { kind: 'para'; text: string } | { kind: 'list'; ordered: boolean; items: string[] }>;
    };

export interface GuideButton {
  id: 'done' | 'print' | 'paper-kit';
  label: string;
  visibleLabel?: string;
  style?: 'quiet';
  disabled?: boolean;
}

export interface GuideView {
  /** The screen's accessible name, its title bar and the panel's title. */
  heading: string;
  back: string;
  body: GuideBody;
  buttons: GuideButton[];
}

export function guideHeading(game: string): string {
  return W('guide.screen', { game });
}

/** Done (or Back) is focused first: the guide is read, then left. */
export function initialFocus(): string {
  return 'done';
}

/** Said when the game's cards do not share one board (no paper kit to print). */
export function noKit(): string {
  return W('kit.none');
}

function body(i: GuideInput): GuideBody {
  if (!i.blocks) return { kind: 'message', text: W(i.missing ? 'guide.missing' : 'guide.loading') };
  const headings = i.blocks.flatMap((b) => (b.kind === 'heading' ? [b.text] : []));
  let section = 0;
  const blocks = i.blocks.flatMap((b): Extract<GuideBody, { kind: 'guide' }>['blocks'] => {
    if (b.kind === 'title') return [];
    if (b.kind === 'list') return [{ kind: 'list', ordered: b.ordered, items: [...b.items] }];
    return b.kind === 'heading' ? [{ kind: 'heading', id: `guide-s${section++}`, text: b.text }] : [{ kind: 'para', text: b.text }];
  });
  return {
    kind: 'guide',
    lang: i.lang,
    contents: headings.length > 1 ? { label: W('guide.contents'), items: headings.map((text, n) => ({ target: `guide-s${n}`, text })) } : null,
    blocks,
  };
}

export function presentGuide(i: GuideInput): GuideView {
  const buttons: GuideButton[] = [
    { id: 'done', label: i.from === 'levels' ? W('guide.done') : T('nav.back') },
    // On paper: the guide alone, every section open (the print stylesheet, ui/arcade.css).
    { id: 'print', label: W('guide.print'), style: 'quiet', disabled: !i.blocks },
    ...(i.kit ? [{ id: 'paper-kit' as const, label: W('kit.buttonLabel'), visibleLabel: W('kit.button'), style: 'quiet' as const }] : []),
  ];
  return { heading: guideHeading(i.game), back: T('nav.back'), body: body(i), buttons };
}
