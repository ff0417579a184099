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

/**
 * A react-hook-form resolver whose zod schema (and the resolver package) load on first use, not
 * with the page: forms validate with the server's own schema while zod stays out of the First
 * Load JS. `preload` starts the download once the page is interactive.
 */
export function lazyZodResolver<TValues extends FieldValues, TOutput>(loadSchema: () => Promise<$ZodType>) {
  const load = loadOnce(() =>
    Promise.all([import("@hookform/resolvers/zod"), loadSchema()]).then(
      ([{ zodResolver }, schema]) => zodResolver(schema as never) as unknown as Resolver<TValues, unknown, TOutput>,
    ),
  );
  const resolver: Resolver<TValues, unknown, TOutput> = async (values, context, options) =>
    (await load())(values, context, options);
  /** Starts the download; a failure is not reported here but at the submit that needs the schema. */
  const preload = () => void load().catch(() => undefined);
  return { resolver, preload };
}
