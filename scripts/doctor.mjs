#!/usr/bin/env node
// `npm run doctor -- --alias demo [--user admin --password admin123] [--lang en] [--json]`: the
// requirements diagnostics of /admin/diagnostics on the command line (server/services/diagnostics.ts,
// the same checks), one line per check, exit code 1 when a check failed. Credentials from
// --user/--password or DOCTOR_USER/DOCTOR_PASSWORD. Without MINGLE_URL / ERP_ALIASES it checks the
// demo sandbox of `npm start` (SANDBOX_PORT, default 8282). It needs neither the portal running nor
// its store: only the ERP (and RM SGE where the alias has it).
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import path from "node:path";
import { parseArgs } from "node:util";
import { sandboxAliases, sandboxSgeConnections } from "./demo-config.mjs";

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");

const USAGE = `Usage: npm run doctor -- --alias <alias> [--user <login> --password <password>] [--lang pt-BR|en|es] [--json]
  --user / --password   a Protheus user of the alias (or DOCTOR_USER / DOCTOR_PASSWORD); an administrator sees every check
  --lang                language of the report (default pt-BR)
  --json                the support report (JSON, no secrets) instead of the lines
Exit code: 0 when no check failed, 1 when one did, 2 on a usage error.`;

if (process.env.PGV_DOCTOR_RUN !== "1") {
  // The service is TypeScript under `server/`: run it through tsx, with `server-only` resolved to its
  // no-op entry (scripts/doctor.tsconfig.json paths, as vitest's alias does for the tests).
  const env = {
    ...process.env,
    PGV_DOCTOR_RUN: "1",
    TSX_TSCONFIG_PATH: path.join(root, "scripts/doctor.tsconfig.json"),
  };
  if (!env.MINGLE_URL && !env.ERP_ALIASES) {
    // The wiring of `npm start` without an ERP configured (scripts/start.mjs): the demo sandbox.
    const sandboxUrl = `http://127.0.0.1:${env.SANDBOX_PORT ?? 8282}`;
    env.ERP_ALIASES = sandboxAliases(sandboxUrl);
    env.SGE_CONNECTIONS ??= sandboxSgeConnections(sandboxUrl);
    console.error(`(no ERP_ALIASES / MINGLE_URL: checking the demo sandbox at ${sandboxUrl})`);
  }
  // server/env.ts wants a session secret; the doctor signs nothing with it.
  if (!env.AUTH_SECRET && !env.NEXTAUTH_SECRET) env.AUTH_SECRET = randomBytes(32).toString("base64url");
  const child = spawn(
    process.execPath,
    ["--import", "tsx", new URL(import.meta.url).pathname, ...process.argv.slice(2)],
    {
      cwd: root,
      env,
      stdio: "inherit",
    },
  );
  child.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
} else {
  process.exitCode = await main();
}

async function main() {
  let args;
  try {
    args = parseArgs({
      options: {
        alias: { type: "string" },
        user: { type: "string" },
        password: { type: "string" },
        lang: { type: "string", default: "pt-BR" },
        json: { type: "boolean", default: false },
        help: { type: "boolean", default: false },
      },
    }).values;
  } catch (error) {
    console.error(`${error.message}\n\n${USAGE}`);
    return 2;
  }
  const user = args.user ?? process.env.DOCTOR_USER;
  const password = args.password ?? process.env.DOCTOR_PASSWORD;
  if (args.help || !args.alias || !user || !password) {
    console.error(USAGE);
    return args.help ? 0 : 2;
  }
  const { isLocale } = await import("../lib/i18n/locales.ts");
  if (!isLocale(args.lang)) {
    console.error(`--lang must be pt-BR, en or es\n\n${USAGE}`);
    return 2;
  }

  const [
    { runDiagnosticsForAlias },
    { checkLabel, noteText, summarise, supportReport },
    { messages },
    { createTranslator },
  ] = await Promise.all([
    import("../server/services/diagnostics.ts"),
    import("../lib/diagnostics.ts"),
    import("../lib/i18n/messages/index.ts"),
    import("use-intl/core"),
  ]);
  const t = createTranslator({ locale: args.lang, messages: messages[args.lang], namespace: "diagnostics" });
  const report = await runDiagnosticsForAlias(args.alias, { user, password });

  if (args.json) console.log(JSON.stringify(supportReport(t, report), null, 2));
  else {
    const { alias, mode } = report;
    console.log(
      `${t("title")}: ${t("connection", { alias, mode, company: report.company || "-", branch: report.branch || "-" })}`,
    );
    for (const line of formatLines(report.results, t, { checkLabel, noteText })) console.log(line);
    console.log(t("summary", summarise(report.results)));
  }
  return report.results.some((r) => r.status === "failed") ? 1 : 0;
}

/** One line per check (symbol and status word, never colour alone; latency; name: result), the fix indented below. */
function formatLines(results, t, { checkLabel, noteText }) {
  const symbol = { ok: "✔", warning: "!", failed: "✖", skipped: "-" };
  const words = Object.fromEntries(Object.keys(symbol).map((s) => [s, t(`statuses.${s}`)]));
  const width = Math.max(...Object.values(words).map((w) => w.length));
  return results.flatMap((r) => {
    const detail = noteText(t, "detail", r.detail);
    const head = `${symbol[r.status]} ${words[r.status].padEnd(width)} ${String(r.ms).padStart(6)} ms  ${checkLabel(t, r)}${detail ? `: ${detail}` : ""}`;
    const fix = noteText(t, "fix", r.fix);
    return fix ? [head, `  ${" ".repeat(width)}           → ${fix}`] : [head];
  });
}
