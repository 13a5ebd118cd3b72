/**
 * prom-client's default Node.js metrics (CPU, memory, heap, handles, GC, event-loop lag), named
 * `switchboard_process_*` and `switchboard_nodejs_*`. They describe the process, not a console, so one
 * registry of its own serves every console the process runs (tests start many): collecting them once per
 * console would start one event-loop monitor and one GC observer per console, never stopped. Never the
 * library's global default registry.
 */
import { collectDefaultMetrics, Registry } from 'prom-client';

export const METRIC_PREFIX = 'switchboard_';

let processRegistry: Registry | undefined;

export function processMetrics(): Registry {
  if (processRegistry === undefined) {
    processRegistry = new Registry();
    collectDefaultMetrics({ register: processRegistry, prefix: METRIC_PREFIX });
  }
  return processRegistry;
}
