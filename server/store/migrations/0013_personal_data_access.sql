CREATE TABLE "personal_data_access" (
	"id" text PRIMARY KEY NOT NULL,
	"alias" text NOT NULL,
	"company" text NOT NULL,
	"branch" text NOT NULL,
	"login" text NOT NULL,
	"user_name" text NOT NULL,
	"seller_code" text,
	"entity" text NOT NULL,
	"record_key" text NOT NULL,
	"subject_name" text NOT NULL,
	"search" text NOT NULL,
	"fields" jsonb NOT NULL,
	"screen" text NOT NULL,
	"at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE INDEX "personal_data_access_alias_at" ON "personal_data_access" USING btree ("alias","at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "personal_data_access_alias_record" ON "personal_data_access" USING btree ("alias","record_key","at");