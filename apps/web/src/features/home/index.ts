/** The `home` feature: the signed-in person's home page, built around tasks and status (decision 0170). */
export { homeQuery } from './api';
