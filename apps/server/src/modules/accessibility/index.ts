import type { Module } from '../../platform/module';
import { accessibilityRoutes } from './routes';

/** The installation's accessibility statement (issue 14 item 7, decision 0140). */
export const accessibilityModule: Module = { name: 'accessibility', routes: [accessibilityRoutes] };
