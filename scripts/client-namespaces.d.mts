export function namespacesOfFile(file: string): { names: Set<string>; dynamic: string[] };
/** `nested`: components below the entries with their own <ClientMessages scope> (the scan stops there). */
export function clientNamespaces(entries: string[]): {
  names: string[];
  dynamic: string[];
  nested: { scope: string; file: string }[];
};
export function portalPages(): string[];
export function scopeOfPage(page: string): { scope: string | null; files: string[] };
