// Types of vite-start-chunk.mjs for vite.config.ts.
import type { Plugin } from 'vite';

export function startChunk(entryPath: string): { plugin: Plugin; group: { name: string; test: (id: string) => boolean } };
