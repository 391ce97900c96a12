/** The `me` feature: who is signed in and the profile. */
export { fetchMe, meKey, meQuery, useMe, useUpdateMe } from './api';
