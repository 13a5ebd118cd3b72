import { z } from 'zod';
import { urlField } from '../../lib/url-state.ts';

/** `/reference?q=`: the operation filter, in the URL so a filtered reference can be shared. */
export const referenceUrlStateSchema = z.object({ q: urlField.text() });
