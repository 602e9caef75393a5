// The arcade's own Phaser: the tree-shakable core build plus only what the arcade uses on top of it.
// `import Phaser from 'phaser'` resolves here in the build (vite.config.ts, phaserLean); the types stay Phaser's own.
// The core drops some namespaces that Phaser's type file still claims, so a gap shows only at run time: every
// screen of every game runs in the browser tests on this build. Add a piece here only when the arcade uses it.
import Phaser from 'phaser/src/phaser-core.js';
import Container from 'phaser/src/gameobjects/container/Container.js';
import 'phaser/src/gameobjects/container/ContainerFactory.js';

Phaser.GameObjects.Container = Container; // level-select and results panels

export default Phaser;

// Phaser's three default textures (blank, missing, white) come from base64 images, and the game waits for them to
// decode before its first frame: a task or more after the game is made. Drawn on small canvases they are ready at
// once, and the first frame comes sooner (bench/NOTES.md, issue 25). Same keys, sizes and pixels as Phaser's.
import TextureManager from 'phaser/src/textures/TextureManager.js';
import TextureEvents from 'phaser/src/textures/events/index.js';
import ImageParser from 'phaser/src/textures/parsers/Image.js';

const bootTextures = TextureManager.prototype.boot;
TextureManager.prototype.boot = function () {
  const config = this.game.config;
  const own = [config.defaultImage, config.missingImage, config.whiteImage];
  config.defaultImage = config.missingImage = config.whiteImage = null;
  bootTextures.call(this);
  [config.defaultImage, config.missingImage, config.whiteImage] = own;
  const canvas = (size, draw) => {
    const c = document.createElement('canvas');
    c.width = c.height = size;
    draw(c.getContext('2d'));
    return c;
  };
  const add = (key, source) => {
    const texture = this.create(key, source);
    ImageParser(texture, 0);
    this.emit(TextureEvents.ADD, key, texture);
    this.emit(TextureEvents.ADD_KEY + key, texture);
    this.emit(TextureEvents.LOAD, key, texture);
  };
  add('__DEFAULT', canvas(32, () => undefined));
  add(
    '__MISSING',
    canvas(32, (g) => {
      g.strokeStyle = '#00ff00';
      g.lineWidth = 1;
      g.strokeRect(0.5, 0.5, 31, 31);
      g.beginPath();
      g.moveTo(0, 0);
      g.lineTo(32, 32);
      g.stroke();
    }),
  );
  add(
    '__WHITE',
    canvas(4, (g) => {
      g.fillStyle = '#ffffff';
      g.fillRect(0, 0, 4, 4);
    }),
  );
};
