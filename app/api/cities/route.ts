import { getMunicipalities } from "@brazilian-utils/brazilian-utils";
import { isUf } from "@/lib/br-registration";
import { json, withViewer } from "@/server/http";

export const dynamic = "force-dynamic";

/**
 * The IBGE municipalities of one UF (`?uf=SP`), for the registration form's city field when the CEP
 * lookup is unavailable: the table is too heavy for the form's bundle, one UF at a time is not
 * (São Paulo: 645 cities, ~20 kB). Same for every viewer and never changing: cached a day.
 */
export function GET(req: Request) {
  return withViewer(async () => {
    const uf = (new URL(req.url).searchParams.get("uf") ?? "").toUpperCase();
    if (!isUf(uf)) return json({ error: "invalid_uf" }, { status: 400 });
    const cities = getMunicipalities(uf).map((m) => ({ ibge: m.code, name: m.name }));
    return json({ uf, cities }, { headers: { "Cache-Control": "private, max-age=86400" } });
  });
}
