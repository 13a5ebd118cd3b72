// Starts a whole console the way tests and benchmarks need it: on 127.0.0.1, a free port, silent
// logs, and resolved only once its mirror has finished the first full sync of the registry.

import { pino } from 'pino';
import { startSwitchboard, type RunningSwitchboard, type SwitchboardOptions } from '../../server/switchboard.ts';

export type TestConsoleOptions = Partial<Pick<SwitchboardOptions, 'clientDir' | 'coalesceMs' | 'version' | 'canaryGraceMs' | 'releaseLeadership' | 'security' | 'trustProxy' | 'logger' | 'stateAcl' | 'ruleAcl'>>;

/** `registry` is a Dubbo-style address, e.g. `zookeeper://127.0.0.1:2181/t-1a2b?session=4000`. */
export async function startTestConsole(registry: string, options: TestConsoleOptions = {}): Promise<RunningSwitchboard> {
  const app = await startSwitchboard({
    registry,
    host: '127.0.0.1',
    port: 0,
    logger: pino({ level: 'silent' }),
    version: 'test',
    ...options,
  });
  await app.mirror.whenSynced();
  return app;
}
