import type { DeepStrings } from '../../types';
import type { webMatchingSv } from './sv';

export const webMatchingNb: DeepStrings<typeof webMatchingSv> = {
  title: 'Matching',
};
