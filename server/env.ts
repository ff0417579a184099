import "server-only";
import { z } from "zod";
import { ENDPOINT_KEYS, ENDPOINTS, isEndpointTemplate, overrideFits, type EndpointMap } from "@/lib/erp/endpoints";

/**
 * The only reader of process.env (ARCHITECTURE.md). Validated once; a bad value stops the server
 * at start-up with a message naming the variable, instead of failing on the first request.
 */
const bool = z
  .enum(["true", "false", "1", "0", ""])
  .optional()
  .transform((v) => v === "true" || v === "1");

const tenantSchema = z.object({
  company: z.string().min(1).max(12),
  branch: z.string().min(1).max(12),
});

/** An alias' Protheus endpoint map (lib/erp/endpoints.ts): known keys, paths under the REST root keeping the default's `{placeholders}`. */
const endpointMapSchema = z.record(z.string(), z.string()).superRefine((map, ctx) => {
  for (const [key, path] of Object.entries(map)) {
    const known = (ENDPOINT_KEYS as string[]).includes(key);
    const message = !known
      ? `unknown endpoint (known: ${ENDPOINT_KEYS.join(", ")})`
      : !isEndpointTemplate(path)
        ? "must be a path under the REST root like api/custom/v1/stock/{code}"
        : !overrideFits(key as keyof typeof ENDPOINTS, path)
          ? `must keep the placeholders of ${ENDPOINTS[key as keyof typeof ENDPOINTS].path}`
          : null;
    if (message) ctx.addIssue({ code: "custom", path: [key], message });
  }
});

const aliasEntrySchema = z.object({
  restUrl: z.url(),
  tenants: z.array(tenantSchema).min(1),
  endpoints: endpointMapSchema.transform((map) => map as EndpointMap).optional(),
});

const aliasRegistrySchema = z.record(z.string().min(1).max(40), aliasEntrySchema);

/**
 * RM SGE (SESI/SENAI enrolment) per alias: the RM API root (`…/rm/api`), the integration user
 * (server-side secrets, never sent to the browser), and the Protheus logins of the finance team.
 */
const sgeConnectionSchema = z.object({
  url: z.url(),
  user: z.string().min(1),
  password: z.string().min(1),
  financeLogins: z.array(z.string().min(1).max(25)).default([]),
  /**
   * RM's standard SQL read (`…/framework/v1/consultaSQLServer/RealizaConsulta/{sentence}/{coligada}/{system}`)
   * and the sentences the customer's RM team registered for the portal (their SQL: sandbox/docs/sge.md).
   */
  consulta: z
    .object({
      path: z.string().min(1).default("framework/v1/consultaSQLServer/RealizaConsulta"),
      coligada: z.int().min(0).default(0),
      system: z
        .string()
        .regex(/^[A-Z]$/)
        .default("S"),
      responsible: z.string().min(1).max(40).default("PGV.SGE.RESPFIN"),
      student: z.string().min(1).max(40).default("PGV.SGE.ALUNO"),
      crmServices: z.string().min(1).max(40).default("PGV.SGE.SERVICOSCRM"),
      accountingItems: z.string().min(1).max(40).default("PGV.SGE.ITENSCONTABEIS"),
      // Catalogue and contracts (issue 19): rows of one kind each, assembled by server/erp/sge/*-consulta.ts.
      branches: z.string().min(1).max(40).default("PGV.SGE.FILIAIS"),
      offers: z.string().min(1).max(40).default("PGV.SGE.OFERTAS"),
      subjects: z.string().min(1).max(40).default("PGV.SGE.DISCIPLINAS"),
      cashAccounts: z.string().min(1).max(40).default("PGV.SGE.CONTASCAIXA"),
      contracts: z.string().min(1).max(40).default("PGV.SGE.CONTRATOS"),
      instalments: z.string().min(1).max(40).default("PGV.SGE.PARCELAS"),
      launches: z.string().min(1).max(40).default("PGV.SGE.LANCAMENTOS"),
      settlements: z.string().min(1).max(40).default("PGV.SGE.BAIXAS"),
      agreements: z.string().min(1).max(40).default("PGV.SGE.ACORDOS"),
    })
    .prefault({}),
  /** The coligadas the portal enrols in and reads (RM's CODCOLIGADA), with the names it shows. */
  coligadas: z
    .array(z.object({ code: z.int().min(1), name: z.string().min(1).max(40) }))
    .min(1)
    .default([
      { code: 2, name: "SESI" },
      { code: 3, name: "SENAI" },
    ]),
});

const sgeRegistrySchema = z.record(z.string().min(1).max(40), sgeConnectionSchema);
export type SgeConnectionConfig = z.infer<typeof sgeConnectionSchema>;

/** A JSON-valued variable: empty → `{}`, not JSON → "must be JSON", then the given schema. */
function jsonVariable<S extends z.ZodType>(schema: S) {
  return z
    .string()
    .optional()
    .transform((raw, ctx) => {
      if (!raw) return {};
      try {
        return JSON.parse(raw) as unknown;
      } catch {
        ctx.addIssue({ code: "custom", message: "must be JSON" });
        return z.NEVER;
      }
    })
    .pipe(schema);
}

const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  AUTH_SECRET: z.string().min(32, "must be at least 32 characters"),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "must be a postgres:// URL")
    .optional(),
  PORTAL_DATA_DIR: z.string().default("data/portal"),
  ERP_ALIASES: jsonVariable(aliasRegistrySchema),
  SGE_CONNECTIONS: jsonVariable(sgeRegistrySchema),
  SGE_TIMEOUT_MS: z.coerce.number().int().min(500).max(120_000).default(15_000),
  MINGLE_URL: z.url().optional(),
  MINGLE_APP_ID: z.string().default("pgv-portal"),
  ERP_MIN_PACKAGE_VERSION: z
    .string()
    .regex(/^\d+(\.\d+)*$/, "must look like 2026.11.1")
    .default("2026.11.1"),
  ALLOW_INSECURE_ERP: bool,
  ERP_TIMEOUT_MS: z.coerce.number().int().min(500).max(60_000).default(8_000),
  // Protheus's tax API (the "Planilha financeira"), relative to the REST root: `…/{SalesOrderId}` reads a saved order's.
  // The default of every alias' `salesTaxes` endpoint; an alias' own `endpoints.salesTaxes` wins.
  ERP_SALES_TAXES_PATH: z
    .string()
    .regex(/^[A-Za-z0-9_./-]+$/, "must be a path like api/fat/v1/SalesTaxes")
    .transform((p) => p.replace(/^\/+|\/+$/g, ""))
    .default(ENDPOINTS.salesTaxes.path),
  // The address lookup of the registration forms: a ViaCEP-compatible URL template, `{cep}` = 8 digits.
  CEP_LOOKUP_URL: z
    .string()
    .refine(
      (v) => v.includes("{cep}") && /^https?:$/.test(URL.parse(v.replace("{cep}", "01310100"))?.protocol ?? ""),
      "must be an http(s) URL template with {cep}, like https://viacep.com.br/ws/{cep}/json/",
    )
    .default("https://viacep.com.br/ws/{cep}/json/"),
  LOGIN_DEADLINE_MS: z.coerce.number().int().min(1_000).max(60_000).default(10_000),
  LOGIN_MAX_FAILURES: z.coerce.number().int().min(1).default(5),
  LOGIN_IP_MAX_FAILURES: z.coerce.number().int().min(1).default(20),
  LOGIN_ACCOUNT_MAX_FAILURES: z.coerce.number().int().min(1).default(30),
  LOGIN_LOCK_SECONDS: z.coerce.number().int().min(1).default(900),
  SESSION_IDLE_MINUTES: z.coerce.number().int().min(1).default(120),
  SESSION_MAX_HOURS: z.coerce.number().int().min(1).default(12),
  // Pins the business date (what "today", "this month", "overdue" and validity mean) for tests and
  // demos; the ERP sandbox takes the same date as SANDBOX_TODAY. Unset in production: the real
  // Brasília date.
  BUSINESS_DATE: z.iso.date("must be a date yyyy-mm-dd").optional(),
});

type Env = z.infer<typeof schema>;

/** Parses an environment (process.env at run time, a literal in tests). */
export function parseEnv(source: Record<string, string | undefined>) {
  return schema.safeParse({
    ...source,
    AUTH_SECRET: source.AUTH_SECRET ?? source.NEXTAUTH_SECRET,
    DATABASE_URL: source.DATABASE_URL || undefined,
    MINGLE_URL: source.MINGLE_URL || undefined,
    CEP_LOOKUP_URL: source.CEP_LOOKUP_URL || undefined,
    BUSINESS_DATE: source.BUSINESS_DATE || undefined,
  });
}

function load(): Env {
  const parsed = parseEnv(process.env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".") || "(root)"}: ${i.message}`);
    throw new Error(`Invalid portal configuration:\n${lines.join("\n")}`);
  }
  return parsed.data;
}

let cached: Env | undefined;

/** Validated configuration; parsed on first use so `next build` does not need runtime secrets. */
export function env(): Env {
  cached ??= load();
  return cached;
}
