// Texture keys and URLs of the committed SVG art (made by scripts/make-art.mjs), in groups loaded when first
// needed: the skyline by the title once it is drawn, the covers by the picker, the portraits when the facilitator
// game starts.
import type Phaser from 'phaser';
import skyline from '../../assets/art/skyline.svg?url';

const covers = import.meta.glob<string>('../../assets/art/game-*.svg', { query: '?url', import: 'default', eager: true });
const portraits = import.meta.glob<string>('../../assets/art/portrait-*.svg', { query: '?url', import: 'default', eager: true });

export const ART_KEYS = { skyline: 'art-skyline' } as const;

/** Texture key of a role-play portrait (assets/art/portrait-<name>.svg; the names are the facilitator schema's). */
export function portraitKey(p: string): string {
  return `portrait-${p}`;
}

/** Texture key of a game's cover in the picker (assets/art/game-<id>.svg), if it has one. */
export function coverKey(gameId: string): string {
  return `cover-${gameId}`;
}

export type ArtGroup = Readonly<Record<string, string>>;

/** What the title shows: loaded once the title is up, which draws it when it comes. */
export const START_ART: ArtGroup = { [ART_KEYS.skyline]: skyline };

/** The pictures a glob found, each under the texture key made from the name in its file name. */
function byName(files: Record<string, string>, name: RegExp, key: (name: string) => string): ArtGroup {
  return Object.fromEntries(
    Object.entries(files).flatMap(([path, url]) => {
      const n = name.exec(path)?.[1];
      return n ? [[key(n), url]] : [];
    }),
  );
}

/** The games' covers, for the picker. */
export const COVER_ART: ArtGroup = byName(covers, /game-(.+)\.svg$/, coverKey);

/** The people of the role-plays, for the facilitator game. */
export const PORTRAIT_ART: ArtGroup = byName(portraits, /portrait-(.+)\.svg$/, portraitKey);

/** Loads the textures of a group that are not loaded yet; resolves true once they are, or false at once when
 * none was missing. A picture that fails to load is left out: every screen draws without its art. */
export function loadArt(scene: Phaser.Scene, group: ArtGroup): Promise<boolean> {
  const textures = scene.textures;
  const missing = Object.entries(group).filter(([key]) => !textures.exists(key));
  if (missing.length === 0) return Promise.resolve(false);
  // True when any of them came (the screen redraws with them).
  return Promise.all(missing.map(([key, url]) => loadPicture(textures, key, url))).then((came) => came.some(Boolean));
}

/**
 * One picture, added to the game's textures once it has loaded. Not through a scene's loader: a screen left before
 * its pictures came (a booth's attract loop, its picker a tap later) would have its loader's files land after the
 * next screen had asked for them again, and a texture key added twice is an error. Here each key is fetched once,
 * whoever asks, and added only if nobody added it meanwhile.
 */
function loadPicture(textures: Phaser.Textures.TextureManager, key: string, url: string): Promise<boolean> {
  let p = inFlight.get(key);
  if (!p) {
    p = new Promise<boolean>((resolve) => {
      const img = new Image();
      img.onload = () => {
        inFlight.delete(key);
        if (!textures.exists(key)) textures.addImage(key, img);
        resolve(true);
      };
      img.onerror = () => {
        inFlight.delete(key);
        resolve(false);
      };
      img.src = url;
    });
    inFlight.set(key, p);
  }
  return p;
}

/** Texture keys being loaded now, by the promise that says when. */
const inFlight = new Map<string, Promise<boolean>>();
