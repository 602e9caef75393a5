import type { Plugin } from 'vite';
export declare function fixtureGame(): Plugin;
