CREATE TABLE "sge_person_audit" (
	"id" text PRIMARY KEY NOT NULL,
	"alias" text NOT NULL,
	"login" text NOT NULL,
	"enrolment_id" text NOT NULL,
	"coligada" integer NOT NULL,
	"kind" text NOT NULL,
	"person_key" text NOT NULL,
	"document" text NOT NULL,
	"fields" jsonb NOT NULL,
	"before" jsonb NOT NULL,
	"after" jsonb NOT NULL,
	"ok" boolean NOT NULL,
	"message" text NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "sge_enrolments" ADD COLUMN "sale_date" text;--> statement-breakpoint
CREATE INDEX "sge_person_audit_person" ON "sge_person_audit" USING btree ("alias","kind","person_key","at");--> statement-breakpoint
CREATE INDEX "sge_person_audit_enrolment" ON "sge_person_audit" USING btree ("enrolment_id");