/**
 * Asks the layout worker for positions. One worker per page; a newer request supersedes older ones
 * (their promises reject with `superseded`, callers ignore that). When workers are unavailable the
 * layout runs on the main thread instead, loaded on demand.
 */
import type { LayoutGraph, Positions } from './layout-graph.ts';
import type { LayoutRequest, LayoutResponse } from './layout-messages.ts';

export type LayoutResult = { positions: Positions; ms: number };
export type LayoutRunner = { layout(graph: LayoutGraph): Promise<LayoutResult>; dispose(): void };

export class LayoutSuperseded extends Error {
  override readonly name = 'LayoutSuperseded';
}

export function createLayoutRunner(): LayoutRunner {
  let worker: Worker | undefined;
  try {
    worker = new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module', name: 'topology-layout' });
  } catch {
    worker = undefined;
  }
  return worker ? workerRunner(worker) : mainThreadRunner();
}

function workerRunner(worker: Worker): LayoutRunner {
  let nextId = 1;
  let waiting: { id: number; resolve: (r: LayoutResult) => void; reject: (e: Error) => void } | undefined;
  worker.onmessage = (event: MessageEvent<LayoutResponse>) => {
    const answer = event.data;
    if (!waiting || waiting.id !== answer.id) return;
    const { resolve, reject } = waiting;
    waiting = undefined;
    if (answer.ok) resolve({ positions: answer.positions, ms: answer.ms });
    else reject(new Error(`Layout failed: ${answer.message}`));
  };
  worker.onerror = (event) => {
    waiting?.reject(new Error(`Layout worker failed: ${event.message}`));
    waiting = undefined;
  };
  return {
    layout(graph) {
      waiting?.reject(new LayoutSuperseded('superseded'));
      const id = nextId++;
      return new Promise<LayoutResult>((resolve, reject) => {
        waiting = { id, resolve, reject };
        const request: LayoutRequest = { id, graph };
        worker.postMessage(request);
      });
    },
    dispose() {
      waiting?.reject(new LayoutSuperseded('disposed'));
      waiting = undefined;
      worker.terminate();
    },
  };
}

function mainThreadRunner(): LayoutRunner {
  return {
    async layout(graph) {
      const [{ default: ELK }, { elkLayout }] = await Promise.all([import('elkjs/lib/elk.bundled.js'), import('./elk-layout.ts')]);
      const started = performance.now();
      const positions = await elkLayout(graph, new ELK());
      return { positions, ms: performance.now() - started };
    },
    dispose() {},
  };
}
