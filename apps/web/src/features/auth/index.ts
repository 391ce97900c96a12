/** The `auth` feature: sign-in (password, magic link), password reset, sign-out (better-auth). */
export { refreshMe, useSignIn, useSignOut } from './api';
