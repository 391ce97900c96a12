/** The `me` feature: who is signed in, the home page and the profile. */
export { fetchMe, meKey, meQuery, useMe, useUpdateMe } from './api';
