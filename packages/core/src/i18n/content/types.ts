import type { contentSv } from './sv';
import type { DeepStrings } from '../types';

export type ContentCatalog = DeepStrings<typeof contentSv>;
