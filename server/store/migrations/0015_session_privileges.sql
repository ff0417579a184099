ALTER TABLE "sessions" ADD COLUMN "privileges" jsonb;--> statement-breakpoint
ALTER TABLE "sessions" ADD COLUMN "privileges_checked_at" timestamp with time zone DEFAULT now() NOT NULL;