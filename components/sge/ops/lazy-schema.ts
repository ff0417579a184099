import type * as schemas from "@/lib/sge/ops/schemas";

type SchemaName = { [K in keyof typeof schemas]: K extends `${string}Schema` ? K : never }[keyof typeof schemas];

/**
 * One of the SGE forms' zod schemas (lib/sge/ops/schemas.ts), loaded on first use instead of with
 * the page: the form validates with the action's own schema while zod stays out of First Load JS.
 */
export function lazySgeSchema<K extends SchemaName>(name: K): () => Promise<(typeof schemas)[K]> {
  return () => import("@/lib/sge/ops/schemas").then((m) => m[name]);
}
