// The arcade's own Phaser: the tree-shakable core build plus only what the arcade uses on top of it.
// `import Phaser from 'phaser'` resolves here in the build (vite.config.ts, phaserLean); the types stay Phaser's own.
// The core drops some namespaces that Phaser's type file still claims, so a gap shows only at run time: every
// screen of every game runs in the browser tests on this build. Add a piece here only when the arcade uses it.
import Phaser from 'phaser/src/phaser-core.js';
import Container from 'phaser/src/gameobjects/container/Container.js';
import 'phaser/src/gameobjects/container/ContainerFactory.js';
import 'phaser/src/loader/filetypes/SVGFile.js';
import LoaderEvents from 'phaser/src/loader/events/index.js';

Phaser.GameObjects.Container = Container; // level-select and results panels
Phaser.Loader.Events = LoaderEvents; // the boot screen's progress bar

export default Phaser;
