CREATE TABLE "quotations" (
	"scope" text NOT NULL,
	"id" text NOT NULL,
	"number" text NOT NULL,
	"customer" text NOT NULL,
	"store" text NOT NULL,
	"issue_date" text,
	"validity" text,
	"status" text NOT NULL,
	"total" bigint NOT NULL,
	"external_id" text NOT NULL,
	"order_number" text NOT NULL,
	"data" jsonb NOT NULL,
	"synced_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "quotations_scope_id_pk" PRIMARY KEY("scope","id")
);
--> statement-breakpoint
CREATE INDEX "quotations_scope_issue" ON "quotations" USING btree ("scope","issue_date","number");--> statement-breakpoint
CREATE INDEX "quotations_scope_customer" ON "quotations" USING btree ("scope","customer","store");--> statement-breakpoint
CREATE INDEX "quotations_scope_number" ON "quotations" USING btree ("scope","number");