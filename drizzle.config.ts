import { defineConfig } from "drizzle-kit";

// One schema and one migrations folder for both drivers (PGlite embedded and PostgreSQL).
export default defineConfig({
  dialect: "postgresql",
  schema: "./server/store/schema.ts",
  out: "./server/store/migrations",
});
