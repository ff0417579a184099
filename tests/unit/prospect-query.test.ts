import { describe, expect, it } from "vitest";
import { loadProspectListParams, prospectQueryOf, prospectSearch } from "@/lib/list-search-params";
import { prospectQuerySchema } from "@/lib/schemas/prospect-query";

const read = (search: string) => prospectQueryOf(loadProspectListParams(new URLSearchParams(search)));
const parse = (search: string) => prospectQuerySchema.safeParse(Object.fromEntries(new URLSearchParams(search)));

describe("Meus prospects: the URL parsers and the API's zod schema", () => {
  it("an empty URL is the schema's defaults: every prospect, by name", () => {
    expect(read("")).toEqual(prospectQuerySchema.parse({}));
    expect(read("")).toMatchObject({ sort: "name", dir: "asc", status: undefined, uf: undefined });
    expect(prospectSearch(prospectQuerySchema.parse({}))).toBe("");
  });

  it("a shared link reads the same on both sides and round-trips", () => {
    const search = "q=padaria&status=converted&uf=CE&sort=inclusionDate&dir=desc&page=2&pageSize=50";
    expect(read(search)).toEqual(parse(search).data);
    const query = { ...prospectQuerySchema.parse({}), q: "pão", status: "open" as const, uf: "SP", page: 3 };
    expect(read(prospectSearch(query))).toEqual(query);
  });

  it("the API refuses what is no status or no UF; the page reads a bad value as its default", () => {
    for (const bad of ["status=active", "uf=ZZ", "uf=Ceara", "sort=document"]) {
      expect(parse(bad).success, bad).toBe(false);
    }
    expect(read("status=active&sort=document&dir=up")).toEqual(prospectQuerySchema.parse({}));
    expect(read("uf=Ceara").uf).toBeUndefined();
    expect(parse("uf=ce").data?.uf).toBe("CE");
  });
});
