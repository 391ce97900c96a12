import type { WebCatalog } from './types';

export const webEn: WebCatalog = {
  app: { name: 'Lots' },
};
