import { z } from "zod";

/** A comma-separated URL parameter of allowed values (`risk=B,C`); anything else is rejected. */
export const csvOf = <T extends readonly [string, ...string[]]>(values: T) =>
  z
    .string()
    .optional()
    .transform((v) => (v ? v.split(",").filter(Boolean) : []))
    .pipe(z.array(z.enum(values)));
