// Texture keys and URLs of the committed SVG art (made by scripts/make-art.mjs), loaded once by the boot scene.
import skyline from '../../assets/art/skyline.svg?url';

const portraits = import.meta.glob<string>('../../assets/art/portrait-*.svg', { query: '?url', import: 'default', eager: true });

export const PORTRAITS = ['facilitator', 'mayor', 'newcomer', 'presenter', 'responder', 'translator', 'expert', 'official', 'citizen', 'notetaker', 'timekeeper', 'partner'] as const;
export type Portrait = (typeof PORTRAITS)[number];

export const ART_KEYS = { skyline: 'art-skyline' } as const;

export function portraitKey(p: Portrait): string {
  return `portrait-${p}`;
}

/** Every texture to load: key -> URL. */
export const ART: Record<string, string> = { [ART_KEYS.skyline]: skyline };
for (const p of PORTRAITS) {
  const url = portraits[`../../assets/art/portrait-${p}.svg`];
  if (url) ART[portraitKey(p)] = url;
}
