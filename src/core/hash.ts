// The one string hash of the arcade: 32-bit FNV-1a over UTF-16 code units. Translation sources, option letters,
// check forms and the take-home code all use it (scripts/level-overlay.mjs mirrors it; a unit test keeps them equal).

/** FNV-1a of a text from a starting value (the standard offset basis unless another seed is given), unsigned. */
export function fnv1a(text: string, seed = 0x811c9dc5): number {
  let h = seed >>> 0;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h >>> 0;
}
