import 'i18next';
import type { resources } from '@lots/core';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'web';
    resources: { web: (typeof resources)['sv']['web'] };
    returnNull: false;
  }
}
