// Which message namespaces the browser needs, per portal page: the client components a page reaches
// (a "use client" file and everything it imports) and the namespaces they read through use-intl.
// tests/unit/client-messages.test.ts checks every page's <ClientMessages scope> against it, and
// `node scripts/client-namespaces.mjs` prints the table.
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
const FOLLOW = ["app/", "components/", "lib/"];
const EXTENSIONS = ["", ".ts", ".tsx", "/index.ts", "/index.tsx"];

function resolveImport(from, specifier) {
  const base = specifier.startsWith("@/")
    ? path.join(root, specifier.slice(2))
    : specifier.startsWith(".")
      ? path.resolve(path.dirname(from), specifier)
      : null;
  if (!base) return null;
  for (const ext of EXTENSIONS) {
    const file = base + ext;
    if (existsSync(file) && statSync(file).isFile()) {
      const rel = path.relative(root, file);
      return FOLLOW.some((dir) => rel.startsWith(dir)) ? file : null;
    }
  }
  return null;
}

const sources = new Map();
const source = (file) => {
  if (!sources.has(file)) sources.set(file, readFileSync(file, "utf8"));
  return sources.get(file);
};

function importsOf(file) {
  const text = source(file);
  const found = [];
  for (const match of text.matchAll(/(?:from|import)\s*\(?\s*"([^"]+)"/g)) {
    // A type-only import brings no code to the browser.
    const statement = text.slice(text.lastIndexOf("\n", match.index) + 1, match.index);
    if (/^\s*import\s+type\b/.test(statement) || /^\s*export\s+type\b/.test(statement)) continue;
    const resolved = resolveImport(file, match[1]);
    if (resolved) found.push(resolved);
  }
  return found;
}

const isClientFile = (file) => /^\s*["']use client["']/.test(source(file));

/** Top-level namespaces one client file reads; `dynamic` lists calls the scan cannot read. */
export function namespacesOfFile(file) {
  const text = source(file);
  const names = new Set();
  const dynamic = [];
  for (const m of text.matchAll(/useTranslations\(\s*([^)]*?)\s*\)/g)) {
    const arg = m[1];
    const literal = /^"([A-Za-z0-9_]+)(?:\.[^"]*)?"$/.exec(arg);
    if (literal) names.add(literal[1]);
    else if (arg === "") for (const t of text.matchAll(/\bt\(\s*"([A-Za-z0-9_]+)\./g)) names.add(t[1]);
    // A component that takes its namespace as a prop: its callers name it (`namespace="…"` below).
    else if (arg !== "namespace") dynamic.push(`${path.relative(root, file)}: useTranslations(${arg})`);
  }
  for (const m of text.matchAll(/namespace="([A-Za-z0-9_]+)[."]/g)) names.add(m[1]);
  for (const m of text.matchAll(/useMessages\(\)\.([A-Za-z0-9_]+)/g)) names.add(m[1]);
  return { names, dynamic };
}

/**
 * The namespaces the client components reached from these entry files read. A server component
 * below the entries that renders its own <ClientMessages scope> (components/contacts/contact-section.tsx)
 * provides what is inside it: the scan stops there and lists it in `nested` ({ scope, file }), whose
 * reads `clientNamespaces([file])` gives.
 */
export function clientNamespaces(entries) {
  const names = new Set();
  const dynamic = [];
  const nested = [];
  const seen = new Set();
  const visit = (file, client, entry) => {
    const key = `${file}|${client}`;
    if (seen.has(key)) return;
    seen.add(key);
    const isClient = client || isClientFile(file);
    const scope = !entry && !isClient ? SCOPE.exec(source(file)) : null;
    if (scope) {
      nested.push({ scope: scope[1], file: path.relative(root, file) });
      return;
    }
    if (isClient) {
      const own = namespacesOfFile(file);
      own.names.forEach((n) => names.add(n));
      dynamic.push(...own.dynamic);
    }
    for (const next of importsOf(file)) visit(next, isClient, false);
  };
  for (const entry of entries) visit(path.join(root, entry), false, true);
  return { names: [...names].sort(), dynamic, nested };
}

/** Every page of the signed-in portal, with the files that render around it up to its scope. */
export function portalPages() {
  const pages = [];
  const walk = (dir) => {
    for (const name of readdirSync(path.join(root, dir))) {
      const rel = path.join(dir, name);
      if (statSync(path.join(root, rel)).isDirectory()) walk(rel);
      else if (/^(page|not-found)\.tsx$/.test(name)) pages.push(rel);
    }
  };
  walk("app/(portal)");
  return pages.sort();
}

const SCOPE = /<ClientMessages\s+scope="([A-Za-z0-9_]+)"/;

/**
 * The scope that provides a page's client messages: the page's own <ClientMessages scope>, or the
 * nearest layout's; with the files inside it (the page and the layouts below the scope's).
 */
export function scopeOfPage(page) {
  const inside = [page];
  let own = SCOPE.exec(source(path.join(root, page)));
  if (own) return { scope: own[1], files: inside };
  for (let dir = path.dirname(page); dir.startsWith("app/(portal)"); dir = path.dirname(dir)) {
    const layout = path.join(dir, "layout.tsx");
    if (!existsSync(path.join(root, layout))) continue;
    own = SCOPE.exec(source(path.join(root, layout)));
    if (own) return { scope: own[1], files: inside };
    inside.push(layout);
  }
  return { scope: null, files: inside };
}

if (process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href) {
  for (const page of portalPages()) {
    const { scope, files } = scopeOfPage(page);
    const { names, nested } = clientNamespaces(files);
    console.log(`${page}  [${scope ?? "no scope"}]  ${names.join(", ")}`);
    for (const inner of nested)
      console.log(`  ${inner.file}  [${inner.scope}]  ${clientNamespaces([inner.file]).names.join(", ")}`);
  }
  console.log(
    `shell (app/(portal)/layout.tsx, error.tsx): ${clientNamespaces(["app/(portal)/layout.tsx", "app/(portal)/error.tsx"]).names.join(", ")}`,
  );
}
