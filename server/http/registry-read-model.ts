import type { RegistryMirror } from '../registry/registry-mirror.ts';

/** What the read API needs from the mirror (tests and other mirrors can provide the same). */
export type RegistryReadModel = Pick<RegistryMirror, 'snapshot' | 'status' | 'onChange' | 'onStatus'>;
