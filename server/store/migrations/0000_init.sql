CREATE TABLE "erp_aliases" (
	"alias" text PRIMARY KEY NOT NULL,
	"rest_url" text NOT NULL,
	"tenants" jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "login_attempts" (
	"key" text PRIMARY KEY NOT NULL,
	"failures" integer DEFAULT 0 NOT NULL,
	"window_start" timestamp with time zone DEFAULT now() NOT NULL,
	"locked_until" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "sessions" (
	"id" text PRIMARY KEY NOT NULL,
	"login" text NOT NULL,
	"user_name" text NOT NULL,
	"alias" text NOT NULL,
	"mode" text NOT NULL,
	"base_url" text NOT NULL,
	"company" text NOT NULL,
	"company_name" text NOT NULL,
	"branch" text NOT NULL,
	"seller_code" text,
	"seller_name" text,
	"is_admin" boolean DEFAULT false NOT NULL,
	"branches" jsonb NOT NULL,
	"tokens" text NOT NULL,
	"token_expires_at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_seen_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"revoked_at" timestamp with time zone
);
