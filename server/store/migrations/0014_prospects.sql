CREATE TABLE "prospects" (
	"scope" text NOT NULL,
	"id" text NOT NULL,
	"code" text NOT NULL,
	"store" text NOT NULL,
	"name" text NOT NULL,
	"trade_name" text NOT NULL,
	"document" text NOT NULL,
	"city" text NOT NULL,
	"uf" text NOT NULL,
	"status" text NOT NULL,
	"customer_code" text,
	"customer_store" text,
	"seller" text NOT NULL,
	"inclusion_date" text,
	"search" text NOT NULL,
	"data" jsonb NOT NULL,
	"synced_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "prospects_scope_id_pk" PRIMARY KEY("scope","id")
);
--> statement-breakpoint
ALTER TABLE "quotations" ADD COLUMN "prospect" text;--> statement-breakpoint
ALTER TABLE "quotations" ADD COLUMN "prospect_store" text;--> statement-breakpoint
CREATE INDEX "prospects_scope_name" ON "prospects" USING btree ("scope","name");--> statement-breakpoint
CREATE INDEX "prospects_scope_code" ON "prospects" USING btree ("scope","code","store");--> statement-breakpoint
CREATE INDEX "prospects_search_trgm" ON "prospects" USING gin ("search" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "quotations_scope_prospect" ON "quotations" USING btree ("scope","prospect","prospect_store");--> statement-breakpoint
-- Quotations synced before the wire carried their prospect (CJ_PROSPE/CJ_LOJPRO): forget their
-- watermark, so the next sync loads them again with it (the rows stay, rewritten in place).
DELETE FROM "sync_state" WHERE "entity" = 'quotations';
