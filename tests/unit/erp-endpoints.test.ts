import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { FEATURES, featureOfEndpoint, menuEntryVisible, unavailableFeatures } from "@/lib/capabilities";
import {
  ENDPOINT_KEYS,
  ENDPOINTS,
  isEndpointTemplate,
  OPTIONAL_ENDPOINT_KEYS,
  overrideFits,
  placeholders,
} from "@/lib/erp/endpoints";
import { parseEnv } from "@/server/env";
import { ErpError } from "@/server/erp/errors";
import { endpointItemPath, endpointPath, FeatureUnavailableError } from "@/server/erp/protheus/endpoints";

const secret = "x".repeat(32);
const root = join(__dirname, "..", "..");

describe("endpoint map (lib/erp/endpoints.ts, server/erp/protheus/endpoints.ts)", () => {
  it("builds the default path, with placeholders filled and URL-encoded", () => {
    expect(endpointPath({}, "salesOrdersQueue")).toBe("api/tgv/salesordersqueue");
    expect(endpointPath({}, "stock", { code: "P 01/2" })).toBe("api/tgv/products/P%2001%2F2/stock");
    expect(endpointPath({}, "priceListItems", { code: "002" })).toBe("api/tgv/priceList/002/items");
    expect(() => endpointPath({}, "stock")).toThrow(/no value for \{code\}/);
  });

  it("takes the alias' override, without leading or trailing slashes", () => {
    const target = { endpoints: { stock: "/api/custom/v1/stock/{code}/", salesTaxes: "api/fat/v2/Impostos" } };
    expect(endpointPath(target, "stock", { code: "P00004" })).toBe("api/custom/v1/stock/P00004");
    expect(endpointItemPath(target, "salesTaxes", "01 000123")).toBe("api/fat/v2/Impostos/01%20000123");
    // Keys the map does not name keep their defaults.
    expect(endpointPath(target, "quotations")).toBe("api/tgv/quotations");
    expect(endpointItemPath(target, "quotations", "01|000007", "convert")).toBe(
      "api/tgv/quotations/01%7C000007/convert",
    );
  });

  it("refuses an endpoint of a feature the session's probe found missing, as an ErpError naming the feature", () => {
    const target = { missing: ["stock", "privileges"] as const };
    let error: unknown;
    try {
      endpointPath(target, "stock", { code: "P00001" });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(FeatureUnavailableError);
    expect(error).toBeInstanceOf(ErpError);
    expect(error).toMatchObject({ feature: "stock", endpoint: "stock", kind: "unavailable" });
    // `privileges` hides no feature: its caller reads the ERP's own 404 as "no restriction".
    expect(endpointPath(target, "privileges")).toBe("api/tgv/privileges");
  });

  it("keeps an override only when it has the default's placeholders", () => {
    expect(placeholders("api/x/{store}/{code}")).toEqual(["code", "store"]);
    expect(overrideFits("stock", "api/custom/v1/stock/{code}")).toBe(true);
    expect(overrideFits("stock", "api/custom/v1/stock")).toBe(false);
    expect(overrideFits("quotations", "api/custom/quotations/{id}")).toBe(false);
    expect(isEndpointTemplate("api/custom/v1/stock/{code}")).toBe(true);
    expect(isEndpointTemplate("api/../admin")).toBe(false);
    expect(isEndpointTemplate("api/custom?x=1")).toBe(false);
    expect(isEndpointTemplate("")).toBe(false);
  });

  it("classifies every endpoint, and gives every optional one a probe", () => {
    for (const key of ENDPOINT_KEYS) {
      const spec = ENDPOINTS[key] as { source: string; optional: boolean; probe?: unknown };
      expect(["totvs", "pgv", "customer"]).toContain(spec.source);
      expect(Boolean(spec.probe)).toBe(spec.optional);
      if (typeof spec.probe === "object")
        expect(OPTIONAL_ENDPOINT_KEYS).toContain((spec.probe as { sameAs: string }).sameAs);
    }
    // The contract's [defined here] paths are the customer's; the PGV's public ones and TOTVS's standard ones are not.
    expect(ENDPOINTS.stock.source).toBe("customer");
    expect(ENDPOINTS.notificationRead.source).toBe("customer");
    expect(ENDPOINTS.salesOrderWrites.source).toBe("customer");
    expect(ENDPOINTS.customers.source).toBe("pgv");
    expect(ENDPOINTS.salesTaxes).toMatchObject({ source: "totvs", optional: true });
  });
});

describe("ERP_ALIASES endpoints (server/env.ts)", () => {
  const aliases = (endpoints: unknown) =>
    parseEnv({
      AUTH_SECRET: secret,
      ERP_ALIASES: JSON.stringify({
        fiec: { restUrl: "http://erp:8282/rest", tenants: [{ company: "01", branch: "01" }], endpoints },
      }),
    });
  const problems = (result: ReturnType<typeof parseEnv>) =>
    result.success ? [] : result.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);

  it("accepts a map of known keys with the default's placeholders", () => {
    const result = aliases({ stock: "api/custom/v1/stock/{code}", salesOrdersQueue: "api/custom/v1/fila" });
    expect(problems(result)).toEqual([]);
    expect(result.success && result.data.ERP_ALIASES.fiec?.endpoints).toEqual({
      stock: "api/custom/v1/stock/{code}",
      salesOrdersQueue: "api/custom/v1/fila",
    });
  });

  it("stops start-up on an unknown key, a path that drops a placeholder, or one that is no path, naming the entry", () => {
    expect(problems(aliases({ stok: "api/x/{code}" }))).toEqual([
      expect.stringMatching(/^ERP_ALIASES\.fiec\.endpoints\.stok: unknown endpoint \(known: version, /),
    ]);
    expect(problems(aliases({ stock: "api/custom/v1/stock" }))).toEqual([
      "ERP_ALIASES.fiec.endpoints.stock: must keep the placeholders of api/tgv/products/{code}/stock",
    ]);
    expect(problems(aliases({ carriers: "https://other/api" }))).toEqual([
      "ERP_ALIASES.fiec.endpoints.carriers: must be a path under the REST root like api/custom/v1/stock/{code}",
    ]);
  });

  it("keeps ERP_SALES_TAXES_PATH's default equal to the catalogue's", () => {
    const result = parseEnv({ AUTH_SECRET: secret });
    expect(result.success && result.data.ERP_SALES_TAXES_PATH).toBe(ENDPOINTS.salesTaxes.path);
  });
});

describe("features of the optional endpoints (lib/capabilities.ts)", () => {
  it("names only optional endpoints, and hides what a missing one takes with it", () => {
    for (const keys of Object.values(FEATURES)) for (const k of keys) expect(OPTIONAL_ENDPOINT_KEYS).toContain(k);
    expect(unavailableFeatures([])).toEqual([]);
    expect(unavailableFeatures(["prospects"])).toEqual(["prospects", "prospectRegistration"]);
    expect(unavailableFeatures(["quotationsQueue", "privileges"])).toEqual(["quotations"]);
    expect(featureOfEndpoint("indicatorCharts")).toBe("indicators");
    expect(featureOfEndpoint("privileges")).toBeNull();
    expect(menuEntryVisible("/quotations", ["quotations"])).toBe(false);
    expect(menuEntryVisible("/prospects", ["quotations"])).toBe(true);
    expect(menuEntryVisible("/orders", ["stock", "quotations"])).toBe(true);
  });
});

/** Every `.ts`/`.tsx` file under `dir`. */
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

/** The code of a file without its comments (a comment may name a path; only code must not). */
const code = (text: string) => text.replace(/\/\*[\s\S]*?\*\//g, "").replace(/(^|[^:])\/\/.*$/gm, "$1");

/**
 * A default path as code would spell it: a string literal (or a template) starting with it, the
 * `{x}` placeholders as anything, ending there or going on below it (`…/{id}`, `?query`, `${…}`).
 */
function literalOf(path: string): RegExp {
  const literal = path
    .split(/\{[a-zA-Z]+\}/)
    .map((part) => part.replace(/[.*+?^$()|[\]\\]/g, "\\$&"))
    .join("[^\"'`]*");
  return new RegExp(`["'\`]/?${literal}(?=["'\`/?$])`);
}

describe("no mapped path is a literal", () => {
  it("keeps every default path of the map out of server/ code except the catalogue", () => {
    const files = sources(join(root, "server")).filter((f) => !f.endsWith(join("erp", "protheus", "endpoints.ts")));
    const offenders = ENDPOINT_KEYS.flatMap((key) =>
      files
        .filter((file) => literalOf(ENDPOINTS[key].path).test(code(readFileSync(file, "utf8"))))
        .map((file) => `${key}: ${file}`),
    );
    expect(offenders).toEqual([]);
  });

  it("finds such a literal in code, not in a comment (the check itself)", () => {
    const stock = literalOf(ENDPOINTS.stock.path);
    expect(stock.test(code("const p = `api/tgv/products/${encodeURIComponent(code)}/stock`;"))).toBe(true);
    expect(stock.test(code("// `api/tgv/products/{code}/stock` in a comment"))).toBe(false);
    const customers = literalOf(ENDPOINTS.customers.path);
    expect(customers.test(code('fetch(target, "api/tgv/customers", {})'))).toBe(true);
    expect(customers.test(code("fetch(target, `api/tgv/customers/${code}/${store}`, {})"))).toBe(true);
    expect(customers.test(code('fetch(target, "api/tgv/customersqueue", {})'))).toBe(false);
  });
});

describe("README", () => {
  it("lists every endpoint of the map in its table", () => {
    const readme = readFileSync(join(root, "README.md"), "utf8");
    const start = readme.indexOf("## Endpoints the portal needs");
    expect(start).toBeGreaterThanOrEqual(0);
    const end = readme.indexOf("\n## ", start + 1);
    const table = readme.slice(start, end < 0 ? undefined : end);
    for (const key of ENDPOINT_KEYS) {
      expect(table, key).toContain(`\`${key}\``);
      expect(table, key).toContain(ENDPOINTS[key].path);
    }
  });
});
