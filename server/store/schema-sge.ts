import "server-only";
import { boolean, index, integer, jsonb, pgTable, primaryKey, text, timestamp } from "drizzle-orm/pg-core";

// The SESI/SENAI (RM SGE) tables of the portal's store; schema.ts re-exports them (one drizzle schema).

/**
 * SESI/SENAI enrolments started in the portal (issue 7): the wizard's draft while typing, then the
 * submission's progress. Submitting runs three SGE calls in order; `step` is the next one to run
 * and each finished call leaves its result here (`codCfo`, `ra`), so a retry after a failure
 * resumes at the step that failed instead of writing the person or the student again.
 */
export const sgeEnrolments = pgTable(
  "sge_enrolments",
  {
    id: text("id").primaryKey(),
    alias: text("alias").notNull(),
    login: text("login").notNull(),
    data: jsonb("data").notNull(),
    summary: text("summary").notNull().default(""),
    state: text("state", { enum: ["draft", "submitting", "failed", "enrolled"] })
      .notNull()
      .default("draft"),
    step: text("step", { enum: ["responsible", "student", "enrolment", "done"] })
      .notNull()
      .default("responsible"),
    codCfo: text("cod_cfo"),
    ra: text("ra"),
    /**
     * RealizarMatricula's `DataVenda` (`yyyy-mm-dd`): the business date of the first submission,
     * kept for every retry, so a contract SGE made before its answer was lost is recognised by it.
     */
    saleDate: text("sale_date"),
    result: jsonb("result"),
    steps: jsonb("steps").notNull().default([]),
    error: text("error"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("sge_enrolments_owner").on(t.alias, t.login, t.updatedAt)],
);

/** PJ contracts registered or consulted from the portal, so they can be found again (per alias). */
export const sgePjContracts = pgTable(
  "sge_pj_contracts",
  {
    alias: text("alias").notNull(),
    coligada: integer("coligada").notNull(),
    numeroContrato: text("numero_contrato").notNull(),
    numProposta: text("num_proposta").notNull(),
    data: jsonb("data").notNull(),
    /** The seller who registered it (SetContract from the portal); null when only consulted. */
    owner: text("owner"),
    updatedBy: text("updated_by").notNull(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.alias, t.coligada, t.numeroContrato, t.numProposta] })],
);

/** Every registration or change of a PJ contract from the portal: who, when, and the data before → after. */
export const sgePjAudit = pgTable(
  "sge_pj_audit",
  {
    id: text("id").primaryKey(),
    alias: text("alias").notNull(),
    login: text("login").notNull(),
    coligada: integer("coligada").notNull(),
    numeroContrato: text("numero_contrato").notNull(),
    numProposta: text("num_proposta").notNull(),
    before: jsonb("before"),
    after: jsonb("after").notNull(),
    ok: boolean("ok").notNull(),
    message: text("message").notNull(),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("sge_pj_audit_contract").on(t.alias, t.coligada, t.numeroContrato, t.numProposta, t.at)],
);

/** Every SGE financial operation run from the portal: who, on which contract, what, and RM's answer. */
export const sgeFinanceLog = pgTable(
  "sge_finance_log",
  {
    id: text("id").primaryKey(),
    alias: text("alias").notNull(),
    login: text("login").notNull(),
    coligada: integer("coligada").notNull(),
    xnumpro: text("xnumpro").notNull(),
    operation: text("operation").notNull(),
    request: jsonb("request").notNull(),
    ok: boolean("ok").notNull(),
    message: text("message").notNull(),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("sge_finance_log_contract").on(t.alias, t.coligada, t.xnumpro, t.at)],
);

/**
 * Every write of the enrolment to a person RM already had (issue 14 item 12): GravarResponsavelFinanceiro
 * or GravarAluno on an existing financial responsible or student — who, when, for which enrolment,
 * the fields changed and their values before → after, e-mails, phones and CPFs masked (lib/mask.ts).
 */
export const sgePersonAudit = pgTable(
  "sge_person_audit",
  {
    id: text("id").primaryKey(),
    alias: text("alias").notNull(),
    login: text("login").notNull(),
    enrolmentId: text("enrolment_id").notNull(),
    coligada: integer("coligada").notNull(),
    kind: text("kind", { enum: ["responsible", "student"] }).notNull(),
    /** RM's key of the person: the CodCFO of a responsible, the RA (or `pessoa:<CODIGO>` before one exists) of a student. */
    personKey: text("person_key").notNull(),
    /** The CPF masked (`***.982.247-**`), a company's CNPJ whole. */
    document: text("document").notNull(),
    fields: jsonb("fields").$type<string[]>().notNull(),
    before: jsonb("before").$type<Record<string, string>>().notNull(),
    after: jsonb("after").$type<Record<string, string>>().notNull(),
    ok: boolean("ok").notNull(),
    message: text("message").notNull(),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("sge_person_audit_person").on(t.alias, t.kind, t.personKey, t.at),
    index("sge_person_audit_enrolment").on(t.enrolmentId),
  ],
);
