import { describe, expect, it } from "vitest";
import { ErpError } from "@/server/erp/errors";
import { toPaymentCondition, toPriceList, toPriceListItem, toProduct } from "@/server/erp/protheus/catalog";
import { toContact, toContactPhone } from "@/server/erp/protheus/contacts";
import { toCustomer } from "@/server/erp/protheus/customers";
import { toFinancialStatus } from "@/server/erp/protheus/financial";
import { toNotification } from "@/server/erp/protheus/notifications";
import { toSalesOrder } from "@/server/erp/protheus/orders";
import { protheusFetch, type ErpTarget } from "@/server/erp/protheus/transport";
import { isDeletedRow, pageSchema } from "@/server/erp/protheus/wire";
import { deletedFlags, errorEnvelopes, pgvAnswers } from "./pgv-answers";
import { replay } from "./replay";

/**
 * Contract tests on recorded answers (issue 19 item 6): PGV pages in both field-name families go
 * through the portal's transport and page schema, then the entity's reshaper, and read the same.
 */
const target: ErpTarget = { baseUrl: "http://erp.example.com:8282/rest", credentials: { kind: "none" } };

const reshapers: Record<keyof typeof pgvAnswers, (raw: Record<string, unknown>) => unknown> = {
  customers: toCustomer,
  financialStatus: toFinancialStatus,
  contacts: toContact,
  phoneContacts: toContactPhone,
  paymentConditions: toPaymentCondition,
  priceLists: toPriceList,
  priceListItems: (raw) => toPriceListItem("001", raw),
  products: toProduct,
  notifications: toNotification,
  salesOrders: toSalesOrder,
};

/** What each entity's record reads as, whichever family it came in. */
const expected: Record<keyof typeof pgvAnswers, Record<string, unknown>> = {
  customers: {
    branch: "01",
    code: "000123",
    name: "MERCADO BOA VISTA LTDA",
    tradeName: "BOA VISTA",
    document: "11222333000181",
    creditLimit: 1_500_050,
    availableCredit: 900_025,
    lastPurchase: "2026-11-20",
    inclusionDate: "2020-03-15",
    paymentCondition: "001",
    seller: "000001",
    risk: "B",
  },
  financialStatus: {
    code: "000123",
    store: "01",
    oldestDue: "2026-10-05",
    openBalance: 250_000,
    overdueBalance: 50_000,
  },
  contacts: { id: "SU5000045", contactId: "000045", customerDocument: "11222333000181", name: "JOANA SILVA" },
  phoneContacts: { id: "AGB000077", contactId: "SU5000045", type: "2", ddd: "11", number: "987650000" },
  paymentConditions: { code: "001", description: "30/60/90 DIAS", condition: "30,60,90", blocked: false },
  priceLists: {
    code: "001",
    description: "TABELA PADRAO",
    startDate: "2026-01-01",
    endDate: "2026-12-31",
    active: true,
  },
  priceListItems: { product: "PA0001", price: 1290, minimumPrice: 950, active: true, validFrom: "2026-01-01" },
  products: {
    code: "PA0001",
    description: "CAFE TORRADO 500G",
    unit: "UN",
    warehouse: "01",
    price: 1290,
    active: true,
  },
  notifications: { id: "A1S000010", type: "order", read: false, at: "2026-12-01T10:30:00" },
  salesOrders: {
    id: "01000321",
    branch: "01",
    number: "000321",
    paymentCondition: "001",
    priceList: "001",
    total: 12_900,
  },
};

async function readPage(text: string) {
  const { result } = await replay({ body: text }, () => protheusFetch(target, "api/tgv/any", { schema: pageSchema }));
  return result;
}

describe("recorded PGV answers, both field-name families", () => {
  it.each(Object.keys(pgvAnswers) as (keyof typeof pgvAnswers)[])("%s", async (entity) => {
    const { current, older } = pgvAnswers[entity];
    const [a, b] = [await readPage(current), await readPage(older)];
    expect(a.hasNext).toBe(false);
    expect(b.hasNext).toBe(false);
    const [rowA, rowB] = [a.items[0]!, b.items[0]!];
    expect(isDeletedRow(rowA)).toBe(false);
    expect(isDeletedRow(rowB)).toBe(false);
    const [recordA, recordB] = [reshapers[entity](rowA), reshapers[entity](rowB)];
    expect(recordA).toMatchObject(expected[entity]);
    expect(recordB).toMatchObject(expected[entity]);
  });

  it("an order's items read the same in both families", async () => {
    const orders = await Promise.all(
      [pgvAnswers.salesOrders.current, pgvAnswers.salesOrders.older].map(async (t) =>
        toSalesOrder((await readPage(t)).items[0]!),
      ),
    );
    expect(orders[0]!.items).toEqual(orders[1]!.items);
    expect(orders[0]!.items[0]).toMatchObject({ quantity: 10, listPrice: 1290, price: 1290, total: 12_900 });
  });

  it.each(deletedFlags.deleted.map((v) => [JSON.stringify(v), v] as const))(
    "deleted flag %s marks a row deleted, as `deleted` or `d_e_l_e_t_`",
    (_, flag) => {
      expect(isDeletedRow({ deleted: flag })).toBe(true);
      expect(isDeletedRow({ d_e_l_e_t_: flag })).toBe(true);
    },
  );

  it.each(deletedFlags.live.map((v) => [JSON.stringify(v), v] as const))("flag %s keeps a row live", (_, flag) => {
    expect(isDeletedRow({ deleted: flag })).toBe(false);
    expect(isDeletedRow({ d_e_l_e_t_: flag })).toBe(false);
  });
});

describe("recorded TOTVS error envelopes", () => {
  async function failure(envelope: { status: number; body: string }) {
    const outcome = await replay(envelope, () =>
      protheusFetch(target, "api/tgv/salesorders", { method: "POST", body: {}, schema: pageSchema }),
    ).catch((e: unknown) => e);
    expect(outcome).toBeInstanceOf(ErpError);
    return outcome as ErpError;
  }

  it("a numeric code: the user-safe message and the code as text; detailedMessage kept out of what is serialised", async () => {
    const error = await failure(errorEnvelopes.numeric);
    expect(error).toMatchObject({
      kind: "bad_request",
      erpCode: "1001",
      message: "Cliente bloqueado para novos pedidos.",
    });
    expect(error.detail).toContain("TGVA001");
    expect(JSON.stringify(error)).not.toContain("TGVA001");
  });

  it("a string code with field details: each detail kept for the form, none of the technical text", async () => {
    const error = await failure(errorEnvelopes.string);
    expect(error).toMatchObject({ kind: "business", erpCode: "TGV0042", message: "Condição de pagamento inválida." });
    expect(error.fields).toEqual([
      expect.objectContaining({ field: "C5_CONDPAG", message: "Condição 999 não existe." }),
    ]);
    expect(JSON.stringify(error)).not.toContain("seek failed");
    expect(JSON.stringify(error)).not.toContain("TGVA002");
  });
});
