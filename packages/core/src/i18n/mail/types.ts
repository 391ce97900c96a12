import type { mailSv } from './sv';
import type { DeepStrings } from '../types';

export type MailCatalog = DeepStrings<typeof mailSv>;
