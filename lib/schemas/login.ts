import { z } from "zod";
import { loginFieldErrors as e, loginFields as f } from "./login-fields";

export { isLoginFailure, loginFailures, type LoginFailure } from "./login-fields";

const key = (k: string) => `login.errors.${k}`;

/** The server's validation of the login form, built from the same rules the form's inputs carry. */
export const loginSchema = z.object({
  alias: z
    .string()
    .trim()
    .min(1, key(e.alias.required))
    .max(f.alias.maxLength, key(e.alias.invalid))
    .regex(new RegExp(`^(?:${f.alias.pattern})$`), key(e.alias.invalid))
    .transform((v) => v.toLowerCase()),
  username: z.string().trim().min(1, key(e.username.required)).max(f.username.maxLength, key(e.username.invalid)),
  password: z.string().min(1, key(e.password.required)).max(f.password.maxLength, key(e.password.invalid)),
});
