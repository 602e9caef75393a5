// Types of vite-phaser-lean.mjs for vite.config.ts.
import type { Plugin } from 'vite';
export declare const PHASER_FLAGS: Record<string, boolean>;
export declare function phaserLean(): Plugin;
