// Types of vite-boot-page.mjs for vite.config.ts and its unit test.
import type { Plugin } from 'vite';

export const BOOT_LANGS: readonly string[];
export const BOOT_SAVE_KEY: string;
export const BOOT_SCRIPT: string;
export function bootCopies(root?: string): string;
export function bootPage(): Plugin;
export function preloadArcade(): Plugin;
export function bootStyle(root?: string): string;
