CREATE TABLE "sge_pj_audit" (
	"id" text PRIMARY KEY NOT NULL,
	"alias" text NOT NULL,
	"login" text NOT NULL,
	"coligada" integer NOT NULL,
	"numero_contrato" text NOT NULL,
	"num_proposta" text NOT NULL,
	"before" jsonb,
	"after" jsonb NOT NULL,
	"ok" boolean NOT NULL,
	"message" text NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "sge_pj_contracts" ADD COLUMN "owner" text;--> statement-breakpoint
CREATE INDEX "sge_pj_audit_contract" ON "sge_pj_audit" USING btree ("alias","coligada","numero_contrato","num_proposta","at");--> statement-breakpoint
-- Contracts registered before owners existed belong to whoever registered them last.
UPDATE "sge_pj_contracts" SET "owner" = "updated_by" WHERE "data" ? 'registered';
