// The column shorthands the SGE table definitions share (schema.ts assembles them).
import type { TableOptions } from "../db";

export type Table = { columns: string[]; options?: TableOptions };

export const COL = "CODCOLIGADA smallint NOT NULL";
export const date = (name: string) => `${name} varchar(10)`;
export const money = (name: string) => `${name} numeric(14,2) NOT NULL DEFAULT 0`;
