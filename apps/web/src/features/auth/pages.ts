/** The `auth` feature's pages: the routes load this entry lazily (its own chunk, decision 0160). */
export { ForgotPasswordPage } from './ForgotPasswordPage';
export { ResetPasswordPage } from './ResetPasswordPage';
export { SignInPage } from './SignInPage';
