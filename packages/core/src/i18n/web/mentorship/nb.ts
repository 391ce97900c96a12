import type { DeepStrings } from '../../types';
import type { webMentorshipSv } from './sv';

export const webMentorshipNb: DeepStrings<typeof webMentorshipSv> = {
  title: 'Mentorskap',
};
