import type { DeepStrings } from '../../types';
import type { webMentorshipSv } from './sv';

export const webMentorshipEn: DeepStrings<typeof webMentorshipSv> = {
  title: 'Mentorship',
};
