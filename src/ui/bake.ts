// Bakes a large static drawing into one reused texture (DESIGN.md rule 6): Canvas replays every Graphics command
// each frame, while one drawImage holds 60 fps on a software GPU.
import Phaser from 'phaser';

/**
 * Draws `g` into the texture `key` (replacing it), then destroys `g`. Phaser draws through one camera shared by
 * every Graphics, and its canvas renderer keeps each drawn object in that camera's render list, which nothing
 * empties: emptied here, or every bake keeps its destroyed Graphics alive (4.5 KB a round, see BENCH.md).
 */
export function bakeGraphics(scene: Phaser.Scene, g: Phaser.GameObjects.Graphics, key: string, width: number, height: number): void {
  if (scene.textures.exists(key)) scene.textures.remove(key);
  g.generateTexture(key, width, height);
  const shared = (g.constructor as unknown as { TargetCamera?: { renderList?: unknown[] } }).TargetCamera;
  if (shared?.renderList) shared.renderList.length = 0;
  g.destroy();
}
