import "server-only";
import { unstable_rethrow } from "next/navigation";
import * as z from "zod/mini";
import type { ActionFailure, ActionResult } from "@/lib/action-result";
import { fieldCodes, fieldMessages } from "@/lib/field-errors";
import type { PrivilegeKey } from "@/lib/privileges";
import { can, canSell, getViewer, type SgePermission, type Viewer } from "@/server/auth/viewer";
import { ErpError, isRefusal } from "@/server/erp/errors";
import { FeatureUnavailableError } from "@/server/erp/protheus/endpoints";
import { getErpErrorText, getFormat, getTranslations } from "@/server/i18n";
import { log } from "@/server/log";

/**
 * The one server-action client (issue 15). Every action in `server/actions/*` is
 * `createAction({ ... })`: the viewer from the server-side session with the action's permission,
 * the input parsed with the action's zod schema, the service, and a typed `ActionResult` in the
 * viewer's language. Only expected failures reach the UI with their words (field codes, the
 * ERP's refusals); anything else is logged with a correlation id and answered with a generic
 * message and that id — never a stack trace or the ERP's technical detail.
 *
 * In-house rather than `next-safe-action`: it is not installed (a new dependency for ~100 lines),
 * and its middleware chain would still need this file's house rules (per-action message
 * namespaces whose words users already see, the sales/SGE permission split, ErpError wording).
 */

/** `public`: no session needed (language, logout); `session`: any signed-in viewer; `sales`: `canSell`; else an SGE permission. */
type ActionAccess = "public" | "session" | "sales" | SgePermission;

/** Catalogue namespaces an action words its failures in: each has `unauthorized` and `unexpected` ({id}). */
type ActionMessages =
  | "actions"
  | "orderForm.errors"
  | "quotationForm.errors"
  | "registration.errors"
  | "sgeEnrol.errors"
  | "sgeOps.errors"
  | "notifications.errors"
  | "shell.branchErrors";

/** A translator over one of those namespaces, narrowed to what the client needs (keys vary by namespace). */
export type ActionWords = (key: string, values?: Record<string, string>) => string;

/**
 * How an action words the ERP errors it expects (keys of its namespace). Without it every ErpError
 * but an expired ERP session is unexpected (logged with a correlation id).
 */
type ErpWording = {
  /** The ERP refused (business rule, bad request, conflict, missing record): a key taking `{message}`, the ERP's user-safe words. */
  refusal?: string;
  forbidden?: string;
  notFound?: string;
  /** Anything else the ERP did (down, timeout, odd answer). */
  unavailable: string;
};

type Schema = z.core.$ZodType;

type Needed = PrivilegeKey | readonly PrivilegeKey[];

type ActionContext<V, I> = { viewer: V; input: I; t: ActionWords };

/** Any action's result (its data and success extras are the action's own). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a bound over every result, never a value's type
type AnyResult = ActionResult<any, object>;

type Config<A extends ActionAccess, S extends Schema, R extends AnyResult> = {
  /** Log event for unexpected errors (`orders.action`). */
  name: string;
  access: A;
  messages: ActionMessages;
  schema: S;
  /**
   * How a failed parse answers. Default: the field codes in words (`actions.field`), code `invalid`.
   * An action whose input is not a form (an id, a draft envelope) answers with its own words.
   */
  invalid?: (t: ActionWords, error: z.core.$ZodError) => ActionFailure | Promise<ActionFailure>;
  erp?: ErpWording;
  /**
   * The ERP profile's privileges the action needs (lib/privileges.ts), checked on every call whatever
   * the page showed: a key or keys (all needed), or chosen from the parsed input and the viewer (new
   * or edit, a contact's owner). Without it the role alone decides. A denial is `forbidden` in the
   * `privileges` words.
   */
  privilege?: Needed | ((input: z.output<S>, viewer: Viewer) => Needed | Promise<Needed>);
  /**
   * Protheus answering 401 to the viewer's own token means their ERP session is gone (the sales
   * side); RM's 401 is the portal's integration user, not the viewer, so SGE actions leave it out.
   */
  erpUnauthorizedIsSession?: boolean;
  /** Extra log fields for unexpected errors (never secrets: `server/log.ts` redacts those keys anyway). */
  logFields?: (viewer: Viewer) => Record<string, unknown>;
  run: (ctx: ActionContext<A extends "public" ? Viewer | null : Viewer, z.output<S>>) => Promise<R>;
};

/** The field codes of a failed parse in words, from the one vocabulary. */
export async function fieldErrorWords(codes: Record<string, string>): Promise<Record<string, string>> {
  const [t, f] = await Promise.all([getTranslations("actions.field"), getFormat()]);
  const words = Object.assign((key: string, values?: Record<string, string>) => t(key as "invalid", values), {
    has: (key: string) => t.has(key as "invalid"),
  });
  return fieldMessages(codes, words, f.money);
}

/**
 * The ONE place an ErpError becomes words. An expired ERP session is the portal's session
 * expiring; the rest follows the action's `erp` wording (with the ERP's user-safe `message` for a
 * refusal, its `detail` only to the log). `null`: the action expects no ERP error of this kind.
 */
async function erpFailure(
  error: ErpError,
  t: ActionWords,
  config: Pick<Config<ActionAccess, Schema, AnyResult>, "name" | "erp" | "erpUnauthorizedIsSession">,
): Promise<ActionFailure | null> {
  const { name, erp: wording } = config;
  if (error.kind === "session_expired" || (error.kind === "unauthorized" && config.erpUnauthorizedIsSession))
    return { ok: false, error: t("unauthorized"), code: "session_expired" };
  if (!wording) return null;
  log.warn(`${name}_failed`, { kind: error.kind, detail: error.detail });
  if (error.kind === "forbidden" && wording.forbidden) return { ok: false, error: t(wording.forbidden) };
  if (error.kind === "not_found" && wording.notFound) return { ok: false, error: t(wording.notFound) };
  if (isRefusal(error) && wording.refusal)
    return { ok: false, error: t(wording.refusal, { message: (await getErpErrorText())(error) }) };
  return { ok: false, error: t(wording.unavailable) };
}

type Access<A extends ActionAccess> =
  { viewer: A extends "public" ? Viewer | null : Viewer } | { failure: ActionFailure };

/** The viewer holding `access`, from the server-side session only (never from the input). */
async function resolveViewer<A extends ActionAccess>(access: A, t: ActionWords): Promise<Access<A>> {
  const viewer = await getViewer();
  if (access === "public") return { viewer } as Access<A>;
  const expired: ActionFailure = { ok: false, error: t("unauthorized"), code: "session_expired" };
  if (!viewer) return { failure: expired };
  // A finance-only login has no sales side: like today's `getSalesViewer`, it is sent to sign in again.
  if (access === "sales" && !canSell(viewer)) return { failure: expired };
  if (access !== "session" && access !== "sales" && !viewer.sge?.[access as SgePermission])
    return { failure: { ok: false, error: t("forbidden"), code: "forbidden" } };
  return { viewer } as Access<A>;
}

/** The failure of an action the viewer's ERP profile does not allow (`needed`), or null. */
async function privilegeDenied(name: string, needed: Needed, viewer: Viewer | null): Promise<ActionFailure | null> {
  const key = viewer && [needed].flat().find((k) => !can(viewer, k));
  if (!key || !viewer) return null;
  log.warn("privileges.denied", { action: name, key, login: viewer.login, profile: viewer.privileges?.profile });
  const t = await getTranslations("privileges");
  return { ok: false, error: t("denied", { profile: viewer.privileges?.profile ?? "" }), code: "forbidden" };
}

export function createAction<A extends ActionAccess, S extends Schema, R extends AnyResult>(
  config: Config<A, S, R>,
): (input: unknown) => Promise<R | ActionFailure> {
  return async (input: unknown): Promise<R | ActionFailure> => {
    const translate = await getTranslations(config.messages as "actions");
    const t: ActionWords = (key, values) => translate(key as "invalid", values);
    const access = await resolveViewer(config.access, t);
    if ("failure" in access) return access.failure;
    // A fixed privilege is checked before the input is even read: a denied replay learns nothing more.
    const fixed = typeof config.privilege === "function" ? null : config.privilege;
    const denied = fixed && (await privilegeDenied(config.name, fixed, access.viewer));
    if (denied) return denied;
    try {
      const parsed = z.safeParse(config.schema, input);
      if (!parsed.success)
        return config.invalid
          ? await config.invalid(t, parsed.error)
          : {
              ok: false,
              error: t("invalid"),
              code: "invalid",
              fieldErrors: await fieldErrorWords(fieldCodes(parsed.error)),
            };
      if (typeof config.privilege === "function" && access.viewer) {
        const denied = await privilegeDenied(
          config.name,
          await config.privilege(parsed.data, access.viewer),
          access.viewer,
        );
        if (denied) return denied;
      }
      return await config.run({ viewer: access.viewer, input: parsed.data, t });
    } catch (error) {
      // Next's redirect()/notFound() travel as thrown errors: they are answers, not failures.
      unstable_rethrow(error);
      // A feature this ERP lacks (its endpoint was missing at login): the one line saying so.
      if (error instanceof FeatureUnavailableError)
        return { ok: false, error: (await getTranslations("capabilities"))(error.feature), code: "unavailable" };
      const expected = error instanceof ErpError ? await erpFailure(error, t, config) : null;
      if (expected) return expected;
      const fields = access.viewer && config.logFields ? config.logFields(access.viewer) : {};
      const correlationId = log.unexpected(config.name, error, fields);
      return { ok: false, error: t("unexpected", { id: correlationId }), correlationId };
    }
  };
}
