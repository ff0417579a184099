"use server";
import "server-only";

import { cookies } from "next/headers";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { LOCALE_COOKIE, locales } from "@/lib/i18n/locales";

const schema = z.object({ locale: z.enum(locales) });

/** Language choice for this browser (before and after login); the page re-renders in it. */
export async function setLanguage(input: unknown) {
  const parsed = schema.safeParse(input);
  if (!parsed.success) return { ok: false as const, error: "invalid_locale" };
  (await cookies()).set(LOCALE_COOKIE, parsed.data.locale, {
    path: "/",
    maxAge: 31_536_000,
    sameSite: "lax",
    httpOnly: false,
  });
  revalidatePath("/", "layout");
  return { ok: true as const };
}
