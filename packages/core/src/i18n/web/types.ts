import type { webSv } from './sv';
import type { DeepStrings } from '../types';

export type WebCatalog = DeepStrings<typeof webSv>;
