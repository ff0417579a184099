/**
 * The RM SGE stand-in, mounted at `/rm` (sandbox/docs/sge.md): the 14 endpoints of the FIEC
 * customisation (sge-enrolment-api.txt) and RM's standard SQL read (RealizaConsulta, the sentences
 * the portal names: people, catalogue, contracts), all behind Basic auth against GUSUARIO.
 * Every error is the `{ Message, Status, StatusCode }` envelope.
 */
import { Hono } from "hono";
import type { AppEnv, SandboxState } from "../context";
import { registerAgreementRoutes } from "./agreement-routes";
import { requireSgeUser } from "./auth";
import { registerConsultaRoutes } from "./consulta-routes";
import { registerContractPjRoutes } from "./contract-pj-routes";
import { registerEnrolmentRoutes } from "./enrolment-routes";
import { SgeError, sgeError } from "./envelope";
import { registerLaunchRoutes } from "./launch-routes";
import { registerPeopleRoutes } from "./people-routes";
import { registerServiceRoutes } from "./services-routes";
import { registerSettlementRoutes } from "./settlement-routes";

export function sgeRoutes(state: SandboxState): Hono<AppEnv> {
  const rm = new Hono<AppEnv>();
  rm.use("*", requireSgeUser(state));
  registerServiceRoutes(rm, state);
  registerPeopleRoutes(rm, state);
  registerEnrolmentRoutes(rm, state);
  registerLaunchRoutes(rm, state);
  registerSettlementRoutes(rm, state);
  registerAgreementRoutes(rm, state);
  registerContractPjRoutes(rm, state);
  registerConsultaRoutes(rm, state);
  // Hono's notFound of a mounted app is not used: a catch-all keeps the envelope for unknown paths.
  rm.all("*", (c) => sgeError(c, 404, `Recurso não encontrado: ${c.req.method} ${new URL(c.req.url).pathname}.`));
  rm.onError((err, c) => {
    if (err instanceof SgeError) return sgeError(c, err.status, err.message);
    console.error("[sandbox] unexpected error in /rm", err);
    return sgeError(c, 500, `Erro interno no servidor RM: ${err instanceof Error ? err.message : String(err)}`);
  });
  return rm;
}
