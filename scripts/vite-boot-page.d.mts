// Types of vite-boot-page.mjs for vite.config.ts and its unit test.
import type { Plugin } from 'vite';

export const BOOT_LANGS: readonly string[];
export const BOOT_SAVE_KEY: string;
export const BOOT_SCRIPT: string;
export function bootCopies(root?: string): string;
export function bootPage(): Plugin;
export function preloadArcade(): Plugin;
export function bootStyle(root?: string): string;
/** The page's Content-Security-Policy for its own style's hash (the dev server's lets inline style in). */
export function POLICY(styleHash: string, dev?: boolean): string;
/** The inline script's first statement: `policy`, first in the head. */
export function policyScript(policy: string): string;
