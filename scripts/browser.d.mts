// Types for scripts/browser.mjs, so the TypeScript browser tests can import it.
import type { Browser } from 'playwright-core';
export declare const FLAGS: string[];
export declare function resolveChromium(): Promise<{ path: string; source: 'CHROMIUM_PATH' | 'system' | 'packaged' }>;
export declare function launchChromium(extraArgs?: string[]): Promise<Browser>;
