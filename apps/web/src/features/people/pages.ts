/** The `people` feature's pages: the routes load this entry lazily (its own chunk, decision 0160). */
export { ImportPage } from './ImportPage';
export { PeoplePage } from './PeoplePage';
