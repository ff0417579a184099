import { beforeEach, describe, expect, it, vi } from "vitest";
import * as z from "zod/mini";
import { allowed, allowedAny, PRIVILEGE_KEYS, resolvePrivileges, type Privileges } from "@/lib/privileges";
import { offeredPrivileges } from "@/lib/capabilities";
import { privilegesAnswerSchema, toPrivileges } from "@/server/erp/protheus/privileges";
import type { Viewer } from "@/server/auth/viewer";

// lib/privileges.ts (the keys and their resolution), the wire reshaper of api/tgv/privileges, and
// createAction's `privilege` option (sandbox/docs/privileges.md).

const reshape = (raw: unknown) => toPrivileges(privilegesAnswerSchema.parse(raw));

describe("resolvePrivileges / allowed", () => {
  it("no profile is no restriction: every key allowed", () => {
    const none = resolvePrivileges(null, [["orders.delete", false]]);
    expect(none).toBeNull();
    expect(PRIVILEGE_KEYS.every((k) => allowed(none, k))).toBe(true);
  });

  it("a profile denies what it says; what it does not name keeps what the role allows", () => {
    const p = resolvePrivileges("VEND", [
      ["orders.delete", false],
      ["orders.view", true],
    ]);
    expect(p).toEqual({ profile: "VEND", denied: ["orders.delete"] });
    expect(allowed(p, "orders.add")).toBe(true);
    expect(allowed(p, "orders.delete")).toBe(false);
  });

  it("a record it may not view takes its add/edit/delete with it, even when they say yes", () => {
    const p = resolvePrivileges("SEM_PROSPECTS", [
      ["prospects.view", false],
      ["prospects.add", true],
    ]);
    expect(p!.denied).toEqual(["prospects.view", "prospects.add", "prospects.edit", "prospects.delete"]);
  });

  it("the profile's default decides the keys it does not name; unknown keys are ignored", () => {
    const p = resolvePrivileges(
      "SO_PEDIDOS",
      [
        ["orders.view", true],
        ["orders.add", true],
        ["orders.print", true],
      ],
      false,
    );
    expect(PRIVILEGE_KEYS.filter((k) => allowed(p, k))).toEqual(["orders.view", "orders.add"]);
  });

  it("allowedAny opens a door several privileges open", () => {
    const p: Privileges = { profile: "X", denied: ["customers.view", "orders.add"] };
    expect(allowedAny(p, ["customers.view", "orders.add"])).toBe(false);
    expect(allowedAny(p, ["customers.view", "quotations.add"])).toBe(true);
  });
});

describe("api/tgv/privileges reshaper", () => {
  it("reads the sandbox's answer (items with S/N)", () => {
    expect(
      reshape({
        user: "000014",
        profile: "VEND_CONSULTA",
        privileges: [
          { key: "orders.add", allowed: "N" },
          { key: "orders.view", allowed: "S" },
          { key: "prospects.view", allowed: "N" },
        ],
      }),
    ).toEqual({
      profile: "VEND_CONSULTA",
      denied: ["orders.add", "prospects.view", "prospects.add", "prospects.edit", "prospects.delete"],
    });
  });

  it("accepts every flag variant, an object of key → flag, and the Portuguese field names", () => {
    const flags = [true, 1, "1", "S", "s", "T", "true", false, 0, "0", "N", "F", "false", "?"];
    // The first 7 keys (orders.*, quotations view/add/edit) get a "yes", the next 7 a "no".
    const keys = PRIVILEGE_KEYS.slice(0, flags.length);
    expect(
      reshape({ profile: "A", privileges: Object.fromEntries(keys.map((k, i) => [k, flags[i]])) })!.denied,
    ).toEqual([
      "quotations.delete",
      "customers.view",
      "customers.add",
      "customers.edit",
      "customers.delete",
      "prospects.view",
      "prospects.add",
      "prospects.edit",
      "prospects.delete",
    ]);
    expect(
      reshape({
        perfil: " B ",
        items: [
          { chave: "home.indicators", permitido: "N" },
          { chave: "sge.pj", permitido: 1 },
        ],
      }),
    ).toEqual({ profile: "B", denied: ["home.indicators"] });
    expect(
      reshape({ profile: "C", default: "N", privileges: [{ key: "orders.view", allowed: true }] })!.denied,
    ).not.toContain("orders.view");
    expect(reshape({ profile: "C", default: "N", privileges: [] })!.denied).toEqual(PRIVILEGE_KEYS);
  });

  it("a user without a profile (null, empty, absent) is no restriction", () => {
    expect(reshape({ profile: null, privileges: [] })).toBeNull();
    expect(reshape({ profile: "  ", privileges: [{ key: "orders.view", allowed: "N" }] })).toBeNull();
    expect(reshape({})).toBeNull();
  });

  it("an answer that is not the contract's fails loudly (the login refuses it)", () => {
    expect(privilegesAnswerSchema.safeParse({ profile: 12 }).success).toBe(false);
    expect(privilegesAnswerSchema.safeParse({ profile: "X", privileges: "orders.view" }).success).toBe(false);
  });
});

let signedIn: Viewer | null = null;
vi.mock("next/headers", () => ({
  cookies: async () => ({ get: () => undefined }),
  headers: async () => new Headers({ "accept-language": "pt-BR" }),
}));
vi.mock("@/server/auth/viewer", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/server/auth/viewer")>()),
  getViewer: async () => signedIn,
}));
const { createAction } = await import("@/server/actions/create-action");

const rep: Viewer = {
  sessionId: "s-1",
  login: "marcos",
  userName: "Marcos",
  alias: "demo",
  mode: "direct",
  tenant: { company: "01", branch: "01" },
  companyName: "Demo",
  branchName: "Matriz",
  seller: { code: "000003", name: "Marcos" },
  isAdmin: false,
  branches: [],
  sge: null,
  privileges: { profile: "VEND_CONSULTA", denied: ["orders.add", "orders.delete"] },
} as Viewer;

const schema = z.object({ kind: z.enum(["new", "edit"]) });

function action(privilege: Parameters<typeof createAction>[0]["privilege"]) {
  const calls: unknown[] = [];
  const fn = createAction({
    name: "test.privileged",
    access: "sales",
    messages: "actions",
    schema,
    privilege,
    run: async ({ input }) => (calls.push(input), { ok: true as const, data: "done" }),
  });
  return { fn, calls };
}

const denied = {
  ok: false,
  error: "O seu perfil de acesso no Protheus (VEND_CONSULTA) não permite esta operação.",
  code: "forbidden",
};

describe("createAction privilege", () => {
  beforeEach(() => {
    signedIn = rep;
    vi.spyOn(console, "warn").mockImplementation(() => undefined);
  });

  it("a denied fixed key is forbidden before the input is read; the service never runs", async () => {
    const { fn, calls } = action("orders.delete");
    expect(await fn({ kind: "nonsense" })).toEqual(denied);
    expect(calls).toHaveLength(0);
  });

  it("an allowed key runs", async () => {
    const { fn } = action("orders.edit");
    expect(await fn({ kind: "edit" })).toEqual({ ok: true, data: "done" });
  });

  it("several keys: all are needed", async () => {
    expect(await action(["orders.view", "orders.add"]).fn({ kind: "new" })).toEqual(denied);
    expect(await action(["orders.view", "orders.edit"]).fn({ kind: "new" })).toMatchObject({ ok: true });
  });

  it("a key chosen from the parsed input: new needs add, edit needs edit", async () => {
    const { fn, calls } = action((input) =>
      (input as z.infer<typeof schema>).kind === "new" ? "orders.add" : "orders.edit",
    );
    expect(await fn({ kind: "new" })).toEqual(denied);
    expect(await fn({ kind: "edit" })).toEqual({ ok: true, data: "done" });
    expect(calls).toEqual([{ kind: "edit" }]);
  });

  it("a viewer without a profile is not restricted", async () => {
    signedIn = { ...rep, privileges: null };
    expect(await action("orders.delete").fn({ kind: "edit" })).toEqual({ ok: true, data: "done" });
  });
});

describe("what a page offers: the profile less what the ERP cannot do (lib/capabilities.ts)", () => {
  it("a missing feature takes its actions away, with or without a profile; views stay (the page says why)", () => {
    const none = offeredPrivileges(null, ["quotations"]);
    expect(allowed(none, "quotations.add")).toBe(false);
    expect(allowed(none, "quotations.view")).toBe(true);
    expect(allowed(none, "orders.add")).toBe(true);
    const profile = offeredPrivileges({ profile: "VEND_CONSULTA", denied: ["orders.add"] }, ["customerRegistration"]);
    expect(profile?.profile).toBe("VEND_CONSULTA");
    expect(profile?.denied).toEqual(
      expect.arrayContaining(["orders.add", "customers.add", "customers.edit", "customers.delete"]),
    );
    expect(allowed(profile, "customers.view")).toBe(true);
  });

  it("nothing missing leaves the profile as it is", () => {
    const privileges = { profile: "P", denied: ["orders.delete" as const] };
    expect(offeredPrivileges(privileges, [])).toBe(privileges);
    expect(offeredPrivileges(null, ["stock", "salesTaxes"])).toBeNull();
  });
});
