/** Swedish texts of the web app's mentorship pages (source; nb and en must have the same keys). */
export const webMentorshipSv = {
  title: 'Mentorskap',
} as const;
