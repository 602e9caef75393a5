// Types of level-overlay.mjs for the tests.
export declare function textHash(text: string): string;
export declare function textsOf(value: unknown): { pointer: string; en: string }[];
export declare function updateOverlay(
  level: unknown,
  overlay?: Record<string, { text: string; source: string }>,
): Record<string, { text: string; source: string; stale?: boolean; en?: string }>;
export declare function acceptOverlay(level: unknown, overlay: Record<string, unknown>): Record<string, unknown>;
