import { z } from 'zod';
import { registryWarningSchema } from '@contract/warnings.ts';
import type { RegistryWarning } from '@contract/warnings.ts';
import { compareBy } from '../../lib/local-list.ts';
import type { Comparator } from '../../lib/local-list.ts';
import { urlField } from '../../lib/url-state.ts';

export const warningCodes = registryWarningSchema.shape.code.options;
const warningSortColumns = ['since', 'code', 'path'] as const;
type WarningSortColumn = (typeof warningSortColumns)[number];

/** `/warnings?q=&code=&sort=&order=&page=`; newest first by default. */
export const warningsUrlStateSchema = z.object({
  q: urlField.text(),
  code: urlField.oneOf(['', ...warningCodes], ''),
  sort: urlField.oneOf(warningSortColumns, 'since'),
  order: urlField.order('desc'),
  page: urlField.page(),
});
export type WarningsUrlState = z.output<typeof warningsUrlStateSchema>;

export function isWarningSortColumn(column: string): column is WarningSortColumn {
  return (warningSortColumns as readonly string[]).includes(column);
}

const byPath = compareBy.text((w: RegistryWarning) => w.path);
const comparators: Record<WarningSortColumn, Comparator<RegistryWarning>> = {
  since: compareBy.then(compareBy.number((w: RegistryWarning) => Date.parse(w.since) || 0), byPath),
  code: compareBy.then(compareBy.text((w: RegistryWarning) => w.code), byPath),
  path: byPath,
};

export function warningComparator(column: WarningSortColumn): Comparator<RegistryWarning> {
  return comparators[column];
}
