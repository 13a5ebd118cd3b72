import { registryWarningSchema } from '@contract/warnings.ts';
import type { RegistryWarning } from '@contract/warnings.ts';
import { compareBy } from '../../lib/local-list.ts';
import type { Comparator } from '../../lib/local-list.ts';
import { listUrlState } from '../../lib/list-url-state.ts';
import { urlField } from '../../lib/url-state.ts';

export const warningCodes = registryWarningSchema.shape.code.options;
const warningSortColumns = ['since', 'code', 'path'] as const;
type WarningSortColumn = (typeof warningSortColumns)[number];

/** `/warnings?q=&code=&sort=&order=&page=`; newest first by default. */
export const warningsUrlState = listUrlState({
  filters: { q: urlField.text(), code: urlField.oneOf(['', ...warningCodes], '') },
  sort: { columns: warningSortColumns, column: 'since', order: 'desc', firstOrder: (column) => (column === 'since' ? 'desc' : 'asc') },
  paging: {},
});
export const warningsUrlStateSchema = warningsUrlState.schema;
export type WarningsUrlState = ReturnType<typeof warningsUrlStateSchema.parse>;

const byPath = compareBy.text((w: RegistryWarning) => w.path);
const comparators: Record<WarningSortColumn, Comparator<RegistryWarning>> = {
  since: compareBy.then(compareBy.number((w: RegistryWarning) => Date.parse(w.since) || 0), byPath),
  code: compareBy.then(compareBy.text((w: RegistryWarning) => w.code), byPath),
  path: byPath,
};

export function warningComparator(column: WarningSortColumn): Comparator<RegistryWarning> {
  return comparators[column];
}
