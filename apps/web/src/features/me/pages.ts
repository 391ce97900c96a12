/** The `me` feature's pages: the routes load this entry lazily (its own chunk, decision 0160). */
export { ProfilePage } from './ProfilePage';
