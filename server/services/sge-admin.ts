import "server-only";
import type { AccountingItemForm, CrmServiceForm } from "@/lib/sge/ops/schemas";
import type { CourseOption, SgeAdminLists } from "@/lib/sge/ops/types";
import type { Viewer } from "@/server/auth/viewer";
import { fetchOffers } from "@/server/erp/sge/catalogue-consulta";
import { saveAccountingItems, updateCrmServices } from "@/server/erp/sge/client";
import { listAccountingItems, listCrmServices } from "@/server/erp/sge/consulta";
import { log } from "@/server/log";
import { isFailure, sgeContext, sgeFailure, unknownColigada, type OpOutcome } from "./sge-ops";

/** SGE administration (Protheus administrators only): CRM services linked to courses, accounting items. */

export async function courseOptions(viewer: Viewer): Promise<OpOutcome<CourseOption[]>> {
  const context = sgeContext(viewer, "admin");
  if (isFailure(context)) return context;
  try {
    const catalogues = await Promise.all(
      context.connection.coligadas.map(async ({ code }) => ({
        coligada: code,
        offers: await fetchOffers(context.connection, code, { subjects: false }),
      })),
    );
    const courses = new Map<string, CourseOption>();
    for (const { coligada, offers } of catalogues)
      for (const o of offers)
        courses.set(`${coligada}|${o.CodCurso}`, { coligada, code: o.CodCurso, name: o.NomeCurso });
    return {
      ok: true,
      data: [...courses.values()].sort((a, b) => a.coligada - b.coligada || a.code.localeCompare(b.code)),
      message: "",
    };
  } catch (error) {
    return sgeFailure(error);
  }
}

/**
 * The CRM services and accounting items already in SGE, in the configured coligadas (RealizaConsulta
 * sentences `consulta.crmServices` / `consulta.accountingItems`); null for a list SGE did not give.
 */
export async function adminLists(viewer: Viewer): Promise<SgeAdminLists> {
  const context = sgeContext(viewer, "admin");
  if (isFailure(context)) return { services: null, items: null };
  const all = async <T>(read: (coligada: number) => Promise<T[]>) => {
    try {
      return (await Promise.all(context.connection.coligadas.map(({ code }) => read(code)))).flat();
    } catch (error) {
      log.warn("sge.admin.list_failed", { alias: viewer.alias, error: String(error) });
      return null;
    }
  };
  const [services, items] = await Promise.all([
    all((coligada) => listCrmServices(context.connection, coligada)),
    all((coligada) => listAccountingItems(context.connection, coligada)),
  ]);
  return {
    services:
      services?.map((r) => ({
        coligada: r.CODCOLIGADA,
        code: r.CODIGO,
        description: r.DESCRICAO,
        protheusProduct: r.PRODUTOPROTHEUS,
        accountingItem: r.ITEMCONTABIL,
        active: r.ATIVO !== "F",
        courses: r.CODCURSOS ? r.CODCURSOS.split(",").map((c) => c.trim()) : [],
      })) ?? null,
    items:
      items?.map((r) => ({
        coligada: r.CODCOLIGADA,
        code: r.ITEMCONTABIL,
        branch: r.CODFILIAL,
        description: r.DESCRICAO,
        active: r.STATUS !== "F",
      })) ?? null,
  };
}

/** AtualizarServicoCRM: inserts the service or updates it (RM lets an existing one change its status). */
export async function saveCrmService(viewer: Viewer, form: CrmServiceForm): Promise<OpOutcome<null>> {
  const context = sgeContext(viewer, "admin");
  if (isFailure(context)) return context;
  const refused = unknownColigada(context, form.coligada);
  if (refused) return refused;
  try {
    const message = await updateCrmServices(context.connection, [
      {
        CodColigada: form.coligada,
        Codigo: form.code,
        Descricao: form.description,
        ProdutoProtheus: form.protheusProduct,
        ...(form.nature ? { Natureza: form.nature } : {}),
        ...(form.accountingItem ? { ItemContabil: form.accountingItem } : {}),
        ...(form.accountingAccount ? { ContaContabil: form.accountingAccount } : {}),
        Ativo: form.active,
        CodCursos: form.courses,
      },
    ]);
    log.info("sge.admin.crm_service", {
      alias: viewer.alias,
      login: viewer.login,
      code: form.code,
      coligada: form.coligada,
    });
    return { ok: true, data: null, message };
  } catch (error) {
    return sgeFailure(error, {
      Codigo: "code",
      Descricao: "description",
      ProdutoProtheus: "protheusProduct",
      Natureza: "nature",
      ItemContabil: "accountingItem",
      ContaContabil: "accountingAccount",
      CodCursos: "courses",
    });
  }
}

/** ItemContabil: inserts or updates (RM finds it by coligada + item). */
export async function saveAccountingItem(viewer: Viewer, form: AccountingItemForm): Promise<OpOutcome<null>> {
  const context = sgeContext(viewer, "admin");
  if (isFailure(context)) return context;
  const refused = unknownColigada(context, form.coligada);
  if (refused) return refused;
  try {
    const message = await saveAccountingItems(context.connection, [
      {
        codColigada: String(form.coligada),
        itemContabil: form.item,
        codFilial: form.branch || null,
        descricao: form.description,
        status: form.active ? "T" : "F",
      },
    ]);
    log.info("sge.admin.accounting_item", {
      alias: viewer.alias,
      login: viewer.login,
      item: form.item,
      coligada: form.coligada,
    });
    return { ok: true, data: null, message };
  } catch (error) {
    return sgeFailure(error, { itemContabil: "item", codFilial: "branch", descricao: "description" });
  }
}
