/**
 * Positional parameters for one statement: every value a client sends reaches PostgreSQL as a
 * `$n` parameter, never spliced into the SQL text.
 */
export class SqlParams {
  readonly values: unknown[] = [];

  /** Adds a value and returns its placeholder (`$1`, `$2`...). */
  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}
