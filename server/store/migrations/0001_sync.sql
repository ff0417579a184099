CREATE TABLE "customers" (
	"scope" text NOT NULL,
	"id" text NOT NULL,
	"code" text NOT NULL,
	"store" text NOT NULL,
	"name" text NOT NULL,
	"trade_name" text NOT NULL,
	"document" text NOT NULL,
	"risk" text,
	"blocked" boolean NOT NULL,
	"credit_limit" bigint NOT NULL,
	"available_credit" bigint NOT NULL,
	"last_purchase" text,
	"seller" text NOT NULL,
	"search" text NOT NULL,
	"data" jsonb NOT NULL,
	"synced_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "customers_scope_id_pk" PRIMARY KEY("scope","id")
);
--> statement-breakpoint
CREATE TABLE "sync_state" (
	"key" text PRIMARY KEY NOT NULL,
	"scope" text NOT NULL,
	"entity" text NOT NULL,
	"watermark" text,
	"pending_watermark" text,
	"resume_page" integer DEFAULT 1 NOT NULL,
	"pages_done" integer DEFAULT 0 NOT NULL,
	"pages_total" integer DEFAULT 0 NOT NULL,
	"rows" integer DEFAULT 0 NOT NULL,
	"last_run_at" timestamp with time zone,
	"last_success_at" timestamp with time zone,
	"last_error" text
);
--> statement-breakpoint
CREATE TABLE "synced_records" (
	"scope" text NOT NULL,
	"entity" text NOT NULL,
	"id" text NOT NULL,
	"data" jsonb NOT NULL,
	"synced_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "synced_records_scope_entity_id_pk" PRIMARY KEY("scope","entity","id")
);
--> statement-breakpoint
CREATE INDEX "customers_scope_name" ON "customers" USING btree ("scope","name");--> statement-breakpoint
CREATE INDEX "customers_scope_code" ON "customers" USING btree ("scope","code","store");