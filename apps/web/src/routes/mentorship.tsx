import type { AnyRoute } from '@tanstack/react-router';

/** Routes of the mentorship pages (children of the signed-in layout). */
export const mentorshipRoutes: AnyRoute[] = [];
