/** The `people` feature: people of an organisation, their import (the import pieces are shared with applications). */
export { ColumnsTable } from './ColumnsTable';
export { ImportErrors } from './ImportErrors';
export { toPersonInput } from './personInput';
export { IMPORT_ACCEPT, useFileImport } from './useFileImport';
