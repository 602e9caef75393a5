// Types of serve.mjs for the TypeScript browser tests.
export declare function serve(dir: string, port?: number, prefix?: string, opts?: { gzip?: boolean }): Promise<{ url: string; close: () => Promise<void> }>;
