import { releaseStateNameSchema } from '@contract/releases.ts';
import { listUrlState } from '../../lib/list-url-state.ts';
import { urlField } from '../../lib/url-state.ts';

/** Every release state, in the contract's order (the state filter's options). */
export const RELEASE_STATES = releaseStateNameSchema.options;

/** /releases?state=&application=&page= — the filters are shareable. */
export const releasesUrlState = listUrlState({
  filters: { state: urlField.oneOf(['', ...RELEASE_STATES], ''), application: urlField.text() },
  paging: {},
});
