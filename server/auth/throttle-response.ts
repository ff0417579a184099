import "server-only";
import { getTranslations } from "@/server/i18n";
import { clientIp } from "./client-ip";
import { lockedFor, loginBudgets } from "./throttle";

/** 429 for a credentials sign-in while the account or the client address is locked; else null. */
export async function loginThrottleResponse(req: Request): Promise<Response | null> {
  if (!new URL(req.url).pathname.endsWith("/callback/credentials")) return null;
  const form = await req
    .clone()
    .formData()
    .catch(() => null);
  const alias = String(form?.get("alias") ?? "");
  const username = String(form?.get("username") ?? "");
  const budgets = loginBudgets(clientIp(req.headers), { alias, user: username });
  const retryAfter = await lockedFor(budgets.map((b) => b.key));
  if (retryAfter === 0) return null;
  const url = new URL("/login", req.url);
  url.searchParams.set("error", "THROTTLED");
  const t = await getTranslations("login.failures");
  return Response.json(
    {
      url: url.toString(),
      error: "THROTTLED",
      retryAfter,
      message: t("THROTTLED", { minutes: Math.max(1, Math.ceil(retryAfter / 60)) }),
    },
    { status: 429, headers: { "Retry-After": String(retryAfter), "Cache-Control": "no-store" } },
  );
}
