export declare const LANGS: string[];
export declare function tableDirs(dir?: string, out?: string[]): string[];
export declare function sourcesPath(lang: string): string;
export declare function staleness(lang: string, root?: string): string[];
