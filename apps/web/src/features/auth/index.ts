/** The `auth` feature: sign-in (password, magic link), password reset, sign-out (better-auth). */
export { refreshMe, useSignIn, useSignOut } from './api';
export { ForgotPasswordPage } from './ForgotPasswordPage';
export { ResetPasswordPage } from './ResetPasswordPage';
export { SignInPage } from './SignInPage';
