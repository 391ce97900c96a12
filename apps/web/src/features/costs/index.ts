/** The `costs` feature: a joint program's shared costs, split, invoice bases and cost per outcome (issue 12). */
export { CostsLink } from './CostsPage';
export { costsQuery } from './api';
