// A Vite plugin and a chunk group that put everything the arcade's page imports statically (src/main.ts and all it
// imports, Phaser aside) into one start chunk. Left to itself the bundler splits the start into a dozen small chunks
// shared with screens loaded later; the page must fetch and link all of them before the title, one request each.
// Lazy screens then import what they share from that chunk, which is already loaded.
import { fileURLToPath } from 'node:url';

/** @param {string} entryPath the entry module, relative to the project root */
export function startChunk(entryPath) {
  const entry = fileURLToPath(new URL(`../${entryPath}`, import.meta.url));
  /** Module ids statically reachable from the entry, filled when the module graph is complete. */
  const initial = new Set();
  return {
    plugin: {
      name: 'start-chunk',
      apply: 'build',
      buildEnd() {
        const stack = [entry];
        while (stack.length > 0) {
          const id = stack.pop();
          if (initial.has(id)) continue;
          initial.add(id);
          stack.push(...(this.getModuleInfo(id)?.importedIds ?? []));
        }
      },
    },
    /** The chunk group (vite.config.ts `codeSplitting.groups`); give it a lower priority than Phaser's own chunk. */
    group: { name: 'start', test: (id) => initial.has(id) },
  };
}
