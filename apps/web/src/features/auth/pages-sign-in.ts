/** The sign-in page alone (decision 0183): a first page, so its chunk holds nothing the other auth pages need (react-hook-form, zod). */
export { SignInPage } from './SignInPage';
