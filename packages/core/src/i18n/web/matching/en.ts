import type { DeepStrings } from '../../types';
import type { webMatchingSv } from './sv';

export const webMatchingEn: DeepStrings<typeof webMatchingSv> = {
  title: 'Matching',
};
