/**
 * Asks the layout worker for positions. One worker per page; a newer request supersedes older ones
 * (their promises reject with `superseded`, callers ignore that). When workers are unavailable the
 * layout runs on the main thread instead, loaded on demand.
 *
 * Start-up: the worker script bundles ELK (1.4 MB), so `preloadLayoutWorker()` starts it as soon as
 * the topology module loads, in parallel with `GET /api/topology`; the first runner adopts it.
 * Time limit: ELK cannot be interrupted, so past `timeLimitMs` the worker is terminated (a fresh one
 * is started for the next request) and the answer is the quick layered placement instead
 * (`simple-layout.ts`, `fallback: true`) — a deep cycle can keep ELK busy for minutes.
 */
import type { LayoutGraph, Positions } from './layout-graph.ts';
import type { LayoutRequest, LayoutResponse } from './layout-messages.ts';
import { simpleLayout } from './simple-layout.ts';

export type LayoutResult = { positions: Positions; ms: number; fallback: boolean };
export type LayoutRunner = { layout(graph: LayoutGraph): Promise<LayoutResult>; dispose(): void };
export type LayoutRunnerOptions = { timeLimitMs?: number };

/** ELK takes 5–7 s for 500 applications / 2,100 calls on a loaded 2-core box; beyond this, give up. */
export const DEFAULT_LAYOUT_TIME_LIMIT_MS = 15_000;

export class LayoutSuperseded extends Error {
  override readonly name = 'LayoutSuperseded';
}

let warm: Worker | undefined;

function spawnWorker(): Worker | undefined {
  if (typeof Worker === 'undefined') return undefined;
  try {
    return new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module', name: 'topology-layout' });
  } catch {
    return undefined;
  }
}

/** Starts the layout worker (download, parse, ELK start-up) before anyone needs it. Idempotent. */
export function preloadLayoutWorker(): void {
  warm ??= spawnWorker();
}

export function createLayoutRunner(options: LayoutRunnerOptions = {}): LayoutRunner {
  const timeLimitMs = options.timeLimitMs ?? DEFAULT_LAYOUT_TIME_LIMIT_MS;
  const worker = warm ?? spawnWorker();
  warm = undefined;
  return worker ? workerRunner(worker, timeLimitMs) : mainThreadRunner(timeLimitMs);
}

type Waiting = { id: number; graph: LayoutGraph; started: number; timer: ReturnType<typeof setTimeout>; resolve: (r: LayoutResult) => void; reject: (e: Error) => void };

function workerRunner(first: Worker, timeLimitMs: number): LayoutRunner {
  let worker: Worker | undefined = first;
  let nextId = 1;
  let waiting: Waiting | undefined;
  const settle = (): Waiting | undefined => {
    const settled = waiting;
    if (settled) clearTimeout(settled.timer);
    waiting = undefined;
    return settled;
  };
  const attach = (w: Worker) => {
    w.onmessage = (event: MessageEvent<LayoutResponse>) => {
      const answer = event.data;
      if (!waiting || waiting.id !== answer.id) return;
      const { resolve, reject } = settle()!;
      if (answer.ok) resolve({ positions: answer.positions, ms: answer.ms, fallback: false });
      else reject(new Error(`Layout failed: ${answer.message}`));
    };
    w.onerror = (event) => {
      settle()?.reject(new Error(`Layout worker failed: ${event.message}`));
    };
  };
  attach(first);
  return {
    layout(graph) {
      settle()?.reject(new LayoutSuperseded('superseded'));
      const id = nextId++;
      if (!worker) {
        worker = spawnWorker();
        if (worker) attach(worker);
      }
      const target = worker;
      return new Promise<LayoutResult>((resolve, reject) => {
        if (!target) {
          reject(new Error('Layout worker unavailable'));
          return;
        }
        const started = performance.now();
        const timer = setTimeout(() => {
          if (waiting?.id !== id) return;
          settle();
          // The only way to stop ELK: drop this worker, warm up the next one.
          target.terminate();
          worker = spawnWorker();
          if (worker) attach(worker);
          resolve({ positions: simpleLayout(graph), ms: performance.now() - started, fallback: true });
        }, timeLimitMs);
        waiting = { id, graph, started, timer, resolve, reject };
        const request: LayoutRequest = { id, graph };
        target.postMessage(request);
      });
    },
    dispose() {
      settle()?.reject(new LayoutSuperseded('disposed'));
      worker?.terminate();
      worker = undefined;
    },
  };
}

function mainThreadRunner(timeLimitMs: number): LayoutRunner {
  return {
    async layout(graph) {
      const [{ default: ELK }, { elkLayout }] = await Promise.all([import('elkjs/lib/elk.bundled.js'), import('./elk-layout.ts')]);
      const started = performance.now();
      let timer: ReturnType<typeof setTimeout> | undefined;
      const limit = new Promise<undefined>((resolve) => {
        timer = setTimeout(() => resolve(undefined), timeLimitMs);
      });
      const positions = await Promise.race([elkLayout(graph, new ELK()), limit]);
      clearTimeout(timer);
      const ms = performance.now() - started;
      return positions ? { positions, ms, fallback: false } : { positions: simpleLayout(graph), ms, fallback: true };
    },
    dispose() {},
  };
}
