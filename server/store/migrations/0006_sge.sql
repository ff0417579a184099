CREATE TABLE "sge_enrolments" (
	"id" text PRIMARY KEY NOT NULL,
	"alias" text NOT NULL,
	"login" text NOT NULL,
	"data" jsonb NOT NULL,
	"summary" text DEFAULT '' NOT NULL,
	"state" text DEFAULT 'draft' NOT NULL,
	"step" text DEFAULT 'responsible' NOT NULL,
	"cod_cfo" text,
	"ra" text,
	"result" jsonb,
	"steps" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"error" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sge_finance_log" (
	"id" text PRIMARY KEY NOT NULL,
	"alias" text NOT NULL,
	"login" text NOT NULL,
	"coligada" integer NOT NULL,
	"xnumpro" text NOT NULL,
	"operation" text NOT NULL,
	"request" jsonb NOT NULL,
	"ok" boolean NOT NULL,
	"message" text NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sge_pj_contracts" (
	"alias" text NOT NULL,
	"coligada" integer NOT NULL,
	"numero_contrato" text NOT NULL,
	"num_proposta" text NOT NULL,
	"data" jsonb NOT NULL,
	"updated_by" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "sge_pj_contracts_alias_coligada_numero_contrato_num_proposta_pk" PRIMARY KEY("alias","coligada","numero_contrato","num_proposta")
);
--> statement-breakpoint
CREATE INDEX "sge_enrolments_owner" ON "sge_enrolments" USING btree ("alias","login","updated_at");--> statement-breakpoint
CREATE INDEX "sge_finance_log_contract" ON "sge_finance_log" USING btree ("alias","coligada","xnumpro","at");