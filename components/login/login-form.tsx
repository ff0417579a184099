"use client";

import { useState, type FormEvent } from "react";
import type { Messages } from "@/lib/i18n/messages";
import {
  isLoginFailure,
  loginFieldErrors,
  loginFields,
  type LoginFailure,
  type LoginField,
} from "@/lib/schemas/login-fields";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";

type Failure = { code: LoginFailure; message?: string };

/** The login page's texts, resolved on the server: /login ships no i18n runtime (150 kB budget). */
type LoginText = Omit<Messages["login"], "title" | "subtitle">;

import { ALIAS_COOKIE } from "@/lib/cookies";

/**
 * Signs in through next-auth's credentials callback directly (CSRF token + form POST), which keeps
 * next-auth's client out of the bundle and lets the form read the 429 + Retry-After answer.
 */
async function signIn(values: Record<LoginField, string>, callbackUrl: string): Promise<Failure | null> {
  const { csrfToken } = (await (await fetch("/api/auth/csrf", { cache: "no-store" })).json()) as { csrfToken: string };
  const res = await fetch("/api/auth/callback/credentials", {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded", "X-Auth-Return-Redirect": "1" },
    body: new URLSearchParams({ ...values, csrfToken, callbackUrl, json: "true" }),
  });
  const data = (await res.json().catch(() => ({}))) as { url?: string; message?: string };
  // 429 + Retry-After: the server words the wait in the viewer's language.
  if (res.status === 429) return { code: "THROTTLED", message: data.message };
  const error = data.url ? new URL(data.url, window.location.href).searchParams.get("error") : "LOGIN_FAILED";
  if (res.ok && !error) return null;
  return { code: isLoginFailure(error) ? error : "LOGIN_FAILED" };
}

export function LoginForm({
  text,
  defaultAlias,
  callbackUrl,
  notice,
}: {
  text: LoginText;
  defaultAlias: string;
  callbackUrl: string;
  notice?: string;
}) {
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<LoginField, string>>>({});
  const [failure, setFailure] = useState<Failure | null>(null);
  const [pending, setPending] = useState(false);
  const [showPassword, setShowPassword] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const values = { alias: "", username: "", password: "" };
    const errors: Partial<Record<LoginField, string>> = {};
    for (const name of Object.keys(values) as LoginField[]) {
      const input = form.elements.namedItem(name) as HTMLInputElement;
      values[name] = input.value;
      // The inputs carry the server schema's rules (required, maxLength, pattern).
      if (!input.value.trim()) errors[name] = text.errors[loginFieldErrors[name].required];
      else if (!input.validity.valid) errors[name] = text.errors[loginFieldErrors[name].invalid];
    }
    if (Object.keys(errors).length > 0) {
      setFieldErrors(errors);
      setFailure(null);
      const first = (Object.keys(values) as LoginField[]).find((name) => errors[name]);
      if (first) (form.elements.namedItem(first) as HTMLInputElement).focus();
      return;
    }
    setFieldErrors({});
    setFailure(null);
    setPending(true);
    try {
      const result = await signIn(values, callbackUrl);
      if (!result) {
        document.cookie = `${ALIAS_COOKIE}=${encodeURIComponent(values.alias.trim().toLowerCase())}; path=/; max-age=31536000; samesite=lax`;
        // Through the load page: the initial data load when needed, a background diff otherwise.
        // A full load on purpose: the new session cookie must reach every server component, and
        // nothing rendered before sign-in may survive in the client router cache.
        // eslint-disable-next-line @next/next/no-location-assign-relative-destination
        window.location.assign(`/loading?next=${encodeURIComponent(callbackUrl)}`);
        return;
      }
      setFailure(result);
    } catch {
      setFailure({ code: "ERP_UNAVAILABLE" });
    }
    setPending(false);
  }

  const failureText = failure ? (failure.message ?? text.failures[failure.code]) : notice;

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" aria-describedby="login-status">
      <div
        id="login-status"
        aria-live="assertive"
        className={
          failure
            ? "rounded-lg border border-red-200 bg-red-50 p-3 text-sm font-medium text-red-800"
            : notice
              ? "rounded-lg border border-brand-100 bg-brand-50 p-3 text-sm text-brand-800"
              : ""
        }
      >
        {failureText}
      </div>
      <Field
        id="alias"
        name="alias"
        label={text.alias}
        hint={text.aliasHint}
        defaultValue={defaultAlias}
        autoComplete="organization"
        autoCapitalize="none"
        spellCheck={false}
        error={fieldErrors.alias}
        required
        {...loginFields.alias}
      />
      <Field
        id="username"
        name="username"
        label={text.username}
        autoComplete="username"
        autoCapitalize="none"
        spellCheck={false}
        error={fieldErrors.username}
        required
        maxLength={loginFields.username.maxLength}
        autoFocus={Boolean(defaultAlias)}
      />
      <Field
        id="password"
        name="password"
        label={text.password}
        type={showPassword ? "text" : "password"}
        autoComplete="current-password"
        error={fieldErrors.password}
        required
        maxLength={loginFields.password.maxLength}
        trailing={
          <button
            type="button"
            onClick={() => setShowPassword((v) => !v)}
            aria-pressed={showPassword}
            aria-label={showPassword ? text.hidePassword : text.showPassword}
            className="flex min-h-11 min-w-11 items-center justify-center rounded-r-lg text-slate-600 hover:text-slate-900"
          >
            <svg
              aria-hidden="true"
              viewBox="0 0 24 24"
              className="size-5"
              fill="none"
              stroke="currentColor"
              strokeWidth="2"
            >
              <path d="M2 12s3.5-7 10-7 10 7 10 7-3.5 7-10 7S2 12 2 12Z" />
              <circle cx="12" cy="12" r="3" />
              {showPassword ? <path d="M3 3l18 18" /> : null}
            </svg>
          </button>
        }
      />
      <Button type="submit" className="w-full" disabled={pending} aria-busy={pending}>
        {pending ? text.submitting : text.submit}
      </Button>
    </form>
  );
}
