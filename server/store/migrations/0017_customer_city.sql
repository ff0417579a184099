ALTER TABLE "customers" ADD COLUMN "city" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "customers" ADD COLUMN "uf" text DEFAULT '' NOT NULL;--> statement-breakpoint
-- Customers stored before this column: their city and state from the document, once.
UPDATE "customers" SET "city" = coalesce("data"->'address'->>'city', ''), "uf" = coalesce("data"->'address'->>'uf', '');
