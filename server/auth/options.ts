import "server-only";
import type { AuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { env } from "@/server/env";
import { clientIp } from "./client-ip";
import { login } from "./login";

/**
 * next-auth 4 with the Credentials provider. The JWT cookie carries only the opaque id of the
 * server-side session row (`sid`); everything else (tenant, seller, ERP tokens) stays in the store,
 * so logout revokes for real and a copied cookie stops working.
 */
export function authOptions(): AuthOptions {
  const config = env();
  return {
    secret: config.AUTH_SECRET,
    session: { strategy: "jwt", maxAge: config.SESSION_MAX_HOURS * 3600 },
    pages: { signIn: "/login", error: "/login" },
    providers: [
      CredentialsProvider({
        id: "credentials",
        name: "Protheus",
        credentials: { alias: { type: "text" }, username: { type: "text" }, password: { type: "password" } },
        async authorize(credentials, req) {
          const result = await login(credentials, clientIp(req.headers ?? {}));
          // The thrown message becomes `?error=CODE`; the login form maps codes to messages.
          if (!result.ok) throw new Error(result.failure);
          return { id: result.sessionId };
        },
      }),
    ],
    callbacks: {
      jwt({ token, user }) {
        return user ? { sid: user.id } : { sid: token.sid };
      },
      // Nothing about the session is exposed through /api/auth/session; pages read it server-side.
      session({ session }) {
        return { expires: session.expires };
      },
    },
    logger: {
      error: (code) => {
        if (code !== "CREDENTIALS_SIGNIN_ERROR")
          console.error(JSON.stringify({ level: "error", event: "next-auth", code }));
      },
      warn: () => {},
      debug: () => {},
    },
  };
}
