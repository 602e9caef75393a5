// Texture keys and URLs of the committed SVG art (made by scripts/make-art.mjs), loaded once by the boot scene.
import skyline from '../../assets/art/skyline.svg?url';

const covers = import.meta.glob<string>('../../assets/art/game-*.svg', { query: '?url', import: 'default', eager: true });
const portraits = import.meta.glob<string>('../../assets/art/portrait-*.svg', { query: '?url', import: 'default', eager: true });

export const PORTRAITS = ['facilitator', 'mayor', 'newcomer', 'presenter', 'responder', 'translator', 'expert', 'official', 'citizen', 'notetaker', 'timekeeper', 'partner'] as const;
export type Portrait = (typeof PORTRAITS)[number];

export const ART_KEYS = { skyline: 'art-skyline' } as const;

export function portraitKey(p: Portrait): string {
  return `portrait-${p}`;
}

/** Texture key of a game's cover in the picker (assets/art/game-<id>.svg), if it has one. */
export function coverKey(gameId: string): string {
  return `cover-${gameId}`;
}

/** Every texture to load: key -> URL. */
export const ART: Record<string, string> = { [ART_KEYS.skyline]: skyline };
for (const [path, url] of Object.entries(covers)) {
  const id = /game-(.+)\.svg$/.exec(path)?.[1];
  if (id) ART[coverKey(id)] = url;
}
for (const p of PORTRAITS) {
  const url = portraits[`../../assets/art/portrait-${p}.svg`];
  if (url) ART[portraitKey(p)] = url;
}
