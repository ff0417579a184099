import "server-only";
import { env, type SgeConnectionConfig } from "@/server/env";
import { genericErpError } from "../errors";

/** The RM SGE connection of an alias (SGE_CONNECTIONS), or null where the alias has none. */
export function sgeConnection(alias: string): SgeConnectionConfig | null {
  const registry = env().SGE_CONNECTIONS;
  const key = Object.keys(registry).find((k) => k.toLowerCase() === alias.toLowerCase());
  return key ? registry[key]! : null;
}

/**
 * What a viewer may do on SGE (issue 7): a seller enrols students and consults PJ contracts; the
 * finance team (logins listed in the alias' connection) runs the financial operations; a Protheus
 * administrator may do everything, including the CRM services and accounting items.
 */
export type SgeAccess = { enrol: boolean; finance: boolean; admin: boolean };

export function sgeAccessOf(viewer: {
  alias: string;
  login: string;
  seller: unknown;
  isAdmin: boolean;
}): SgeAccess | null {
  const connection = sgeConnection(viewer.alias);
  if (!connection) return null;
  return {
    enrol: Boolean(viewer.seller) || viewer.isAdmin,
    finance: isFinanceLogin(viewer.alias, viewer.login) || viewer.isAdmin,
    admin: viewer.isAdmin,
  };
}

/** A finance-team login of the alias: may sign in without being a seller (SGE pages only). */
export function isFinanceLogin(alias: string, login: string): boolean {
  return sgeConnection(alias)?.financeLogins.some((l) => l.toLowerCase() === login.toLowerCase()) ?? false;
}

/** One of the connection's configured coligadas (code and name), or null: the portal reads and writes no other. */
export function configuredColigada(connection: SgeConnectionConfig, code: number) {
  return connection.coligadas.find((c) => c.code === code) ?? null;
}

/** The alias' SGE connection for a service call; a viewer whose alias has none gets a not-found ErpError. */
export function requireSgeConnection(alias: string): SgeConnectionConfig {
  const connection = sgeConnection(alias);
  if (!connection) throw genericErpError("not_found", `alias ${alias}`, null, "sge.not_configured");
  return connection;
}
