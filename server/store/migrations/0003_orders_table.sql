CREATE TABLE "orders" (
	"scope" text NOT NULL,
	"id" text NOT NULL,
	"number" text NOT NULL,
	"customer" text NOT NULL,
	"store" text NOT NULL,
	"issue_date" text,
	"status" text NOT NULL,
	"total" bigint NOT NULL,
	"external_id" text NOT NULL,
	"data" jsonb NOT NULL,
	"synced_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "orders_scope_id_pk" PRIMARY KEY("scope","id")
);
--> statement-breakpoint
DROP INDEX "synced_orders_customer";--> statement-breakpoint
CREATE INDEX "orders_scope_issue" ON "orders" USING btree ("scope","issue_date","number");--> statement-breakpoint
CREATE INDEX "orders_scope_customer" ON "orders" USING btree ("scope","customer","store");--> statement-breakpoint
CREATE INDEX "orders_scope_number" ON "orders" USING btree ("scope","number");--> statement-breakpoint
-- Orders synced into synced_records before this table existed: drop them and their watermark, so
-- the next sync loads them into `orders`.
DELETE FROM "synced_records" WHERE "entity" = 'salesorders';--> statement-breakpoint
DELETE FROM "sync_state" WHERE "entity" = 'salesorders';
