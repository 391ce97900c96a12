import type { AnyRoute } from '@tanstack/react-router';

/** Routes of the matching pages (children of the signed-in layout). */
export const matchingRoutes: AnyRoute[] = [];
