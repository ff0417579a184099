import { beforeEach, describe, expect, it, vi } from "vitest";
import { messages } from "@/lib/i18n/messages";
import { erpErrorText } from "@/server/erp/error-text";
import { ErpError } from "@/server/erp/errors";
import { httpTiming } from "@/server/erp/http";
import { fetchCatalogue, fetchOffers } from "@/server/erp/sge/catalogue-consulta";
import { consultPjContract } from "@/server/erp/sge/client";
import { sgeConnection } from "@/server/erp/sge/connection";
import { sandboxAdmin } from "../sandbox-admin";

/**
 * SGE through the shared ERP HTTP core (server/erp/http.ts), with faults injected at the sandbox:
 * reads retried with the core's capped, jittered backoff (no more linear 150 ms steps; that a write
 * is sent once is sge-client-failures.test.ts'), and the portal's own SGE texts in each user's language.
 */
const admin = sandboxAdmin();
const demo = () => sgeConnection("demo")!;
const OFFERS = "/rm/api/framework/v1/consultaSQLServer/RealizaConsulta/PGV.SGE.OFERTAS/";
const en = (key: string) => {
  const [group, name] = key.split(".") as ["erp" | "sge", string];
  return (messages.en.erpErrors[group] as Record<string, string>)[name]!;
};

async function failure(promise: Promise<unknown>): Promise<ErpError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ErpError) return error;
    throw error;
  }
  throw new Error("expected an ErpError");
}

describe("SGE over the shared HTTP core", () => {
  beforeEach(async () => {
    await admin.reset();
    await admin.clearRequests();
  });

  it("a read (a RealizaConsulta sentence) answered 502 is retried after jittered, capped backoff waits; the third attempt succeeds", async () => {
    await admin.faults([{ pathPrefix: OFFERS, kind: "status", status: 502, times: 2 }]);
    const sleep = vi.spyOn(httpTiming, "sleep");
    try {
      expect((await fetchOffers(demo(), 3, { subjects: false })).length).toBeGreaterThan(0);
      const waits = sleep.mock.calls.map(([ms]) => ms);
      expect(waits).toHaveLength(2);
      expect(waits.every((ms) => ms >= 0)).toBe(true);
      expect(waits[0]).toBeLessThan(200);
      expect(waits[1]).toBeLessThan(400);
    } finally {
      sleep.mockRestore();
    }
    expect((await admin.requests()).items.filter((r) => r.path.startsWith(OFFERS))).toHaveLength(3);
  });

  it("a read that keeps answering 502 gives up after 3 attempts as `erp.unavailable`", async () => {
    await admin.faults([{ pathPrefix: "/rm/api/TOTVSCustomizacao/ContratoPJ", kind: "status", status: 502, times: 5 }]);
    const error = await failure(consultPjContract(demo(), { numeroContrato: "123456" }));
    expect([error.kind, error.code]).toEqual(["unavailable", "erp.unavailable"]);
    expect((await admin.requests()).items.filter((r) => r.path.endsWith("/ConsultContract"))).toHaveLength(3);
  });

  it("the integration user's refusal is the portal's text, in English for an English user", async () => {
    const error = await failure(fetchCatalogue({ ...demo(), password: "wrong" }, 3));
    expect([error.kind, error.code, error.fromErp]).toEqual(["unavailable", "sge.integration_user", false]);
    expect(erpErrorText(error, en)).toBe("SGE refused the integration user. Tell the portal administrator.");
  });
});
