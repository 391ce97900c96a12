/** The `networking` feature's pages: the routes load this entry lazily (its own chunk, decision 0160). */
export { NetworkingPage } from './NetworkingPage';
