/** The `home` feature's pages: the routes load this entry lazily (its own chunk, decision 0160). */
export { HomePage } from './HomePage';
