import type { FieldValues, Resolver } from "react-hook-form";

import type { $ZodType } from "zod/v4/core";

/**
 * `load`, started at most once and shared by every caller; a failure (a chunk that could not be
 * fetched, offline) is forgotten, so the next call fetches again.
 */
export function loadOnce<T>(load: () => Promise<T>): () => Promise<T> {
  let loaded: Promise<T> | null = null;
  return () =>
    (loaded ??= load().catch((error: unknown) => {
      loaded = null;
      throw error;
    }));
}

const inputs = ["focusin", "pointerdown", "keydown"] as const;

/**
 * Runs `start` once, at the user's first input on the page (a focus, a tap, a key) rather than
 * while the page hydrates: code a form needs only once the rep works in it (its schema, its next
 * steps) arrives as they start, and the phone's main thread is free while the page comes up (issue
 * 20: zod's chunk evaluated at mount was a long task of its own). Returns the cleanup, for an effect.
 */
export function onFirstInput(start: () => void): () => void {
  const run = () => {
    stop();
    start();
  };
  const stop = () => inputs.forEach((type) => window.removeEventListener(type, run, true));
  inputs.forEach((type) => window.addEventListener(type, run, true));
  return stop;
}

/**
 * A react-hook-form resolver whose zod schema (and the resolver package) load on first use, not
 * with the page: forms validate with the server's own schema while zod stays out of the First
 * Load JS. `preload` starts the download at the rep's first input (`onFirstInput`) and returns the
 * cleanup: `useEffect(() => preload(), [])`. A submit before it finishes waits for it.
 */
export function lazyZodResolver<TValues extends FieldValues, TOutput>(loadSchema: () => Promise<$ZodType>) {
  const load = loadOnce(() =>
    Promise.all([import("@hookform/resolvers/zod"), loadSchema()]).then(
      ([{ zodResolver }, schema]) => zodResolver(schema as never) as unknown as Resolver<TValues, unknown, TOutput>,
    ),
  );
  const resolver: Resolver<TValues, unknown, TOutput> = async (values, context, options) =>
    (await load())(values, context, options);
  /** A failure is not reported here but at the submit that needs the schema. */
  const preload = () => onFirstInput(() => void load().catch(() => undefined));
  return { resolver, preload };
}
