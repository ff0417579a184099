"use server";
import "server-only";

import { cookies } from "next/headers";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import type { ActionResult } from "@/lib/action-result";
import { LOCALE_COOKIE, locales } from "@/lib/i18n/locales";
import { createAction } from "./create-action";

/** Language choice for this browser (before and after login); the page re-renders in it. */
export const setLanguage = createAction({
  name: "preferences.language",
  access: "public",
  messages: "actions",
  schema: z.object({ locale: z.enum(locales) }),
  run: async ({ input }): Promise<ActionResult<null>> => {
    (await cookies()).set(LOCALE_COOKIE, input.locale, {
      path: "/",
      maxAge: 31_536_000,
      sameSite: "lax",
      httpOnly: false,
    });
    revalidatePath("/", "layout");
    return { ok: true, data: null };
  },
});
