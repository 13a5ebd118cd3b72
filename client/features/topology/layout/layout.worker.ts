/// <reference lib="webworker" />
/**
 * Runs ELK off the main thread: one request in, one answer out, tagged with the request's id so the
 * page can drop answers it no longer needs. The ELK instance lives as long as the worker; it keeps
 * no graph between requests.
 */
import ELK from 'elkjs/lib/elk.bundled.js';
import { elkLayout } from './elk-layout.ts';
import type { LayoutRequest, LayoutResponse } from './layout-messages.ts';

const elk = new ELK();
const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (event: MessageEvent<LayoutRequest>) => {
  const { id, graph } = event.data;
  const started = performance.now();
  elkLayout(graph, elk).then(
    (positions) => reply({ id, ok: true, positions, ms: performance.now() - started }),
    (error: unknown) => reply({ id, ok: false, message: error instanceof Error ? error.message : String(error) }),
  );
};

function reply(response: LayoutResponse): void {
  scope.postMessage(response);
}
