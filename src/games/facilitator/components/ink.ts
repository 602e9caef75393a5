// The presenter's inks (by meaning) as palette colours, and its piece sizes as the layout's type scale.
import { COLORS } from '../../../ui/theme';
import type { Layout } from '../../../ui/layout';
import type { StackPiece } from '../../../ui/textFit';
import type { Ink, Piece } from '../present';

const INK: Readonly<Record<Ink, number>> = { ink: COLORS.ink, soft: COLORS.inkSoft, good: COLORS.right, mixed: COLORS.partial, poor: COLORS.wrong };

export const inkColor = (ink: Ink = 'ink'): number => INK[ink];

export function stackPieces(L: Layout, pieces: readonly Piece[]): StackPiece[] {
  return pieces.map((p) => ({ text: p.text, size: L.font[p.size], bold: p.bold, color: inkColor(p.ink) }));
}
