import NextAuth from "next-auth";
import { authOptions } from "@/server/auth/options";
import { loginThrottleResponse } from "@/server/auth/throttle-response";

type Context = { params: Promise<{ nextauth: string[] }> };

function handler(req: Request, context: Context) {
  return NextAuth(authOptions())(req, context);
}

export async function GET(req: Request, context: Context) {
  return handler(req, context);
}

// Failed-login throttling answers 429 + Retry-After before next-auth (and the ERP) sees the attempt.
export async function POST(req: Request, context: Context) {
  const throttled = await loginThrottleResponse(req);
  return throttled ?? handler(req, context);
}
