import NextAuth from "next-auth";
import { NextRequest } from "next/server";
import { PUBLIC_BODY_LIMIT } from "@/lib/http-limits";
import { readBodyWithin } from "@/server/http-body";
import { authOptions } from "@/server/auth/options";
import { revokeSession } from "@/server/auth/sessions";
import { loginThrottleResponse } from "@/server/auth/throttle-response";
import { sessionIdFromCookie, SESSION_COOKIES } from "@/server/auth/viewer";

type Context = { params: Promise<{ nextauth: string[] }> };

function handler(req: NextRequest, context: Context) {
  return NextAuth(authOptions())(req, context);
}

export async function GET(req: NextRequest, context: Context) {
  return handler(req, context);
}

/** Whether next-auth's answer clears the session cookie (its sign-out passed the CSRF check). */
function clearsSession(res: Response): boolean {
  const cleared = (cookie: string, name: string) =>
    cookie.startsWith(`${name}=;`) || (cookie.startsWith(`${name}=`) && /max-age=0\b/i.test(cookie));
  return res.headers.getSetCookie().some((cookie) => SESSION_COOKIES.some((name) => cleared(cookie, name)));
}

/**
 * Sign-in, sign-out and CSRF posts, all before authentication: the body is read only up to
 * PUBLIC_BODY_LIMIT (413 past it, nothing else happens); failed-login throttling answers 429 +
 * Retry-After before next-auth (and the ERP) sees the attempt; and next-auth's own sign-out revokes
 * the session row and the ERP token like Exit does, so no way of signing out leaves them alive.
 */
export async function POST(req: NextRequest, context: Context) {
  const body = await readBodyWithin(req, PUBLIC_BODY_LIMIT);
  if (!body.ok)
    return Response.json({ error: "payload_too_large" }, { status: 413, headers: { "Cache-Control": "no-store" } });
  // next-auth reads the body again (and `nextUrl`): hand it the bytes already read, within the limit.
  const bounded = new NextRequest(req, { body: body.bytes });
  const throttled = await loginThrottleResponse(bounded);
  if (throttled) return throttled;
  const signOut = new URL(req.url).pathname.endsWith("/signout");
  const sessionId = signOut ? await sessionIdFromCookie() : null;
  const res = await handler(bounded, context);
  if (sessionId && clearsSession(res)) await revokeSession(sessionId);
  return res;
}
