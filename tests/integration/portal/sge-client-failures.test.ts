import { beforeEach, describe, expect, it } from "vitest";
import { z } from "zod";
import { fetchCatalogue, fetchOffers } from "@/server/erp/sge/catalogue-consulta";
import { consultPjContract, enrol } from "@/server/erp/sge/client";
import { fetchContractHeaders } from "@/server/erp/sge/contracts-consulta";
import { sgeConnection } from "@/server/erp/sge/connection";
import { admin, demo, failure, seedEnrolment } from "./sge-client-world";

/**
 * How the typed SGE client's failures arrive, with faults injected at the sandbox: a wrong
 * integration password and an unreachable SGE are "unavailable", a slow one times out, a read is
 * retried where a write (RealizarMatricula) is sent once and writes nothing, and a proxy's HTML
 * error page becomes a generic message. The endpoints themselves: sge-client-enrolment and sge-client-finance.
 */
/** The offers sentence (PGV.SGE.OFERTAS) as the portal calls it, below the RM API root. */
const OFFERS = "framework/v1/consultaSQLServer/RealizaConsulta/PGV.SGE.OFERTAS/0/S";

describe("SGE typed client against the sandbox", () => {
  beforeEach(async () => {
    await admin.reset();
  });

  describe("failures", () => {
    it("a wrong integration password is an unavailable SGE with a message for the administrator, not the rep's fault", async () => {
      const error = await failure(fetchCatalogue({ ...demo(), password: "wrong" }, 3));
      expect(error.kind).toBe("unavailable");
      expect(error.message).toMatch(/usuário de integração/);
    });

    it("an unreachable SGE is unavailable; a slow one times out", async () => {
      expect((await failure(fetchCatalogue(sgeConnection("offline")!, 3))).kind).toBe("unavailable");
      await admin.faults([{ pathPrefix: `/rm/api/${OFFERS}`, kind: "hang" }]);
      const { sgeFetch } = await import("@/server/erp/sge/transport");
      const slow = await failure(
        sgeFetch(demo(), OFFERS, {
          query: { parameters: "CODCOLIGADA=3" },
          schema: z.array(z.unknown()),
          timeoutMs: 600,
        }),
      );
      expect(slow.kind).toBe("timeout");
    });

    it("a read is retried after a 503; a write (RealizarMatricula) is sent once and nothing is written", async () => {
      await admin.faults([{ pathPrefix: `/rm/api/${OFFERS}`, kind: "status", status: 503, times: 1 }]);
      expect((await fetchOffers(demo(), 3)).length).toBeGreaterThan(0);
      await admin.clearRequests();
      await admin.faults([
        {
          pathPrefix: "/rm/api/TOTVSCustomizacao/IntegracaoSALESFORCE/RealizarMatricula",
          kind: "status",
          status: 503,
          times: 1,
        },
      ]);
      const error = await failure(enrol(demo(), seedEnrolment()));
      expect(error.kind).toBe("unavailable");
      expect((await admin.requests()).items.filter((r) => r.path.endsWith("/RealizarMatricula"))).toHaveLength(1);
      expect(await fetchContractHeaders(demo(), 3, { ra: "0000000382" })).toSatisfy(
        (list: { Turma: string }[]) => !list.some((c) => c.Turma === "11|TEC.001.017"),
      );
    });

    it("an HTML error page from a proxy maps to a generic message", async () => {
      await admin.faults([{ pathPrefix: "/rm/api/TOTVSCustomizacao/ContratoPJ", kind: "html", status: 502, times: 3 }]);
      const error = await failure(consultPjContract(demo(), { numeroContrato: "123456" }));
      expect(error.kind).toBe("unavailable");
      expect(error.message).not.toMatch(/nginx/);
    });
  });
});
