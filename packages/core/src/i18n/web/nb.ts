import type { WebCatalog } from './types';

export const webNb: WebCatalog = {
  app: { name: 'Lots' },
};
