CREATE TABLE "indicator_cache" (
	"key" text PRIMARY KEY NOT NULL,
	"scope" text NOT NULL,
	"data" jsonb NOT NULL,
	"fetched_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "indicator_cache_scope" ON "indicator_cache" USING btree ("scope");