export declare function gameFolders(root?: string): string[];
export declare function config(games: string[]): unknown;
export declare function render(games: string[]): string;
