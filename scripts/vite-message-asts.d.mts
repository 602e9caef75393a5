// Types of vite-message-asts.mjs for vite.config.ts.
import type { Plugin } from 'vite';

export const PARSE_OPTIONS: { ignoreTag: boolean };
export function tableAsts(table: Record<string, unknown>): Record<string, unknown>;
export function messageAsts(opts: { tables: string[] }): Plugin[];
