/**
 * Gray releases for the demo, so a newcomer meets the feature at once: once the mirror shows the demo fleet,
 * one weighted release is run to completion (pricing-service's new build takes all traffic, the old
 * instances drained to weight 0) and one is left paused at 25% (inventory-service's canary). They are made
 * through the same use cases an operator's requests reach, so their rules, history, audit entries and
 * timelines are real. Only into a registry with no releases yet: a restarted console over a persistent
 * registry does not add them twice.
 */
import type { Logger } from 'pino';
import type { ReleaseRequest } from './contract/releases.ts';
import type { Actor } from './governance/governance-deps.ts';
import type { RegistrySnapshot } from './registry/registry-snapshot.ts';
import { actOnRelease } from './releases/act-on-release.ts';
import { createRelease } from './releases/create-release.ts';
import type { ReleaseDeps } from './releases/release-deps.ts';

/** The demo's own moves are the console acting by itself, not a person. */
const ACTOR: Actor = { user: 'demo-operator', via: 'automation' };

interface DemoRelease {
  readonly request: ReleaseRequest;
  /** Moves after the start, each with the reason an operator would give. */
  readonly moves: ReadonlyArray<readonly ['advance' | 'pause' | 'promote', string]>;
}

export const DEMO_RELEASES: readonly DemoRelease[] = [
  {
    request: {
      application: 'pricing-service',
      mode: 'weighted',
      canary: { addresses: ['10.10.6.12:20882'] },
      steps: [10, 50, 100],
      reason: 'pricing-service 2.4: quote cache',
      start: true,
    },
    moves: [
      ['advance', 'error rate flat at 10%'],
      ['advance', 'latency p99 unchanged at 50%'],
      ['promote', 'all good: the new build takes all traffic, old instances drain'],
    ],
  },
  {
    request: {
      application: 'inventory-service',
      service: 'com.shop.inventory.InventoryService',
      mode: 'weighted',
      canary: { addresses: ['10.10.3.17:50051'] },
      steps: [5, 25, 50, 100],
      reason: 'inventory-service 3.1: new stock cache',
      start: true,
    },
    moves: [
      ['advance', '5% looked healthy for an hour'],
      ['pause', 'waiting for the error-budget review before 50%'],
    ],
  },
];

/** Whether the mirror shows every provider the demo releases name. */
export function demoReleaseTargetsReady(snapshot: RegistrySnapshot): boolean {
  const addresses = new Set<string>();
  for (const folder of snapshot.interfaces.values()) for (const provider of folder.providers.values()) addresses.add(`${provider.url.host}:${provider.url.port}`);
  return DEMO_RELEASES.every(({ request }) => (request.canary.addresses ?? []).every((a) => addresses.has(a)));
}

const READY_TIMEOUT_MS = 30_000;

/** Waits for the fleet in the mirror, then makes the demo releases; failures are logged, never fatal. */
export async function seedDemoReleases(deps: ReleaseDeps, logger: Logger): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (!demoReleaseTargetsReady(deps.governance.registry.snapshot) || deps.governance.registry.status.syncing) {
    if (Date.now() > deadline) {
      logger.warn('the demo fleet did not show up in time; no demo releases');
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  try {
    await makeDemoReleases(deps, logger);
  } catch (error) {
    logger.warn({ err: error }, 'could not prepare the demo releases');
  }
}

async function makeDemoReleases(deps: ReleaseDeps, logger: Logger): Promise<void> {
  if ((await deps.store.list()).length > 0) return;
  for (const { request, moves } of DEMO_RELEASES) {
    const release = await createRelease(deps, { ...request, start: false }, ACTOR);
    for (const [move, reason] of [['start', request.reason ?? ''] as const, ...moves]) {
      await withRetries(() => actOnRelease(deps, release.id, move, { reason }, ACTOR));
    }
    logger.info({ release: release.id, application: request.application }, 'demo release prepared');
  }
}

/** The demo's churn may have the canary restarting just now: try a move a few times before giving up. */
async function withRetries<T>(task: () => Promise<T>, attempts = 20): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await task();
    } catch (error) {
      if (attempt >= attempts) throw error;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
}
