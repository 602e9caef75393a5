// Which levels of a game are open (pure, tested in Node): a shipped level opens once the shipped level before it has
// at least one star; the first is always open; a trainer's level from a file is always open and does not count as
// the one before; a broken file is shown as a problem, never locked, and does not count either. In a workshop every
// level is open (the trainer picks).
export interface LevelEntry {
  /** A level that ships with the game (not a trainer's file). */
  shipped: boolean;
  /** The file parsed: a level, not a problem to show. */
  ok: boolean;
  /** Best stars so far (0 when never played). */
  stars: number;
}

export function levelLocks(entries: readonly LevelEntry[], allOpen: boolean): boolean[] {
  let previous = 3;
  return entries.map((e) => {
    if (!e.ok) return false;
    const locked = e.shipped && previous === 0 && !allOpen;
    if (e.shipped) previous = e.stars;
    return locked;
  });
}
