/** The `units` feature: an organisation's tree of units. */
export { unitsQuery, useUnits } from './api';
export { unitOptions } from './unitOptions';
export { UnitsSection } from './UnitsSection';
