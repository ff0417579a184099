import type { FieldValues, Resolver } from "react-hook-form";

import type { $ZodType } from "zod/v4/core";

/**
 * A react-hook-form resolver whose zod schema (and the resolver package) load on first use, not
 * with the page: forms validate with the server's own schema while zod stays out of the First
 * Load JS. `preload` starts the download once the page is interactive.
 */
export function lazyZodResolver<TValues extends FieldValues, TOutput>(loadSchema: () => Promise<$ZodType>) {
  let loaded: Promise<Resolver<TValues, unknown, TOutput>> | null = null;
  const load = () => {
    loaded ??= Promise.all([import("@hookform/resolvers/zod"), loadSchema()]).then(
      ([{ zodResolver }, schema]) => zodResolver(schema as never) as unknown as Resolver<TValues, unknown, TOutput>,
      (error: unknown) => {
        loaded = null; // a chunk that failed to load (offline) is fetched again on the next try
        throw error;
      },
    );
    return loaded;
  };
  const resolver: Resolver<TValues, unknown, TOutput> = async (values, context, options) =>
    (await load())(values, context, options);
  /** Starts the download; a failure is not reported here but at the submit that needs the schema. */
  const preload = () => void load().catch(() => undefined);
  return { resolver, preload };
}
