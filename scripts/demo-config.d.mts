export declare const DEMO_LOGINS: [alias: string, user: string, password: string, note: string][];
export declare function sandboxAliases(sandboxUrl: string): string;
export declare function sandboxSgeConnections(sandboxUrl: string): string;
export declare function sandboxCepUrl(sandboxUrl: string): string;
