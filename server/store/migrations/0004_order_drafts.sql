CREATE TABLE "order_drafts" (
	"id" text PRIMARY KEY NOT NULL,
	"scope" text NOT NULL,
	"login" text NOT NULL,
	"kind" text NOT NULL,
	"order_id" text,
	"stamp" text,
	"key" text NOT NULL,
	"data" jsonb NOT NULL,
	"customer_name" text DEFAULT '' NOT NULL,
	"lines" integer DEFAULT 0 NOT NULL,
	"total" bigint DEFAULT 0 NOT NULL,
	"state" text DEFAULT 'editing' NOT NULL,
	"queue_id" text,
	"error" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "order_drafts_scope_updated" ON "order_drafts" USING btree ("scope","updated_at");--> statement-breakpoint
CREATE INDEX "order_drafts_scope_order" ON "order_drafts" USING btree ("scope","order_id");