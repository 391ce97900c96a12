/** The `auth` feature's pages: the routes load this entry lazily (its own chunk, decision 0160); the sign-in page has its own (pages-sign-in.ts, decision 0183). */
export { ForgotPasswordPage } from './ForgotPasswordPage';
export { ResetPasswordPage } from './ResetPasswordPage';
