export function namespacesOfFile(file: string): { names: Set<string>; dynamic: string[] };
export function clientNamespaces(entries: string[]): { names: string[]; dynamic: string[] };
export function portalPages(): string[];
export function scopeOfPage(page: string): { scope: string | null; files: string[] };
