// The browser's cookies for server actions: next-auth's cookie of whoever `actAs` names. No imports,
// so a test's `vi.mock("next/headers", …)` factory may load it without loading the portal first.

export const jar = new Map<string, string>();

export const nextHeaders = () => ({
  cookies: async () => ({ get: (name: string) => (jar.has(name) ? { name, value: jar.get(name)! } : undefined) }),
  headers: async () => new Headers({ "accept-language": "pt-BR" }),
});
