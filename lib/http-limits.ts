/** What a request made before sign-in may carry: a login form is a few hundred bytes. */
export const PUBLIC_BODY_LIMIT = 16 * 1024;
