/**
 * The demo's traffic counters: per service key and provider address, the calls made since the fleet started
 * and the rate over a sliding window (ten buckets), plus calls that found no provider. Time is injected.
 */
export interface ProviderCallStats {
  readonly calls: number;
  /** Calls per second over the last `windowMs`. */
  readonly perSecond: number;
}

export interface ServiceCallStats {
  readonly calls: number;
  /** Calls that found no provider ("No provider available" in Dubbo). */
  readonly failures: number;
  readonly perSecond: number;
  readonly providers: Readonly<Record<string, ProviderCallStats>>;
}

export interface CallStatsSnapshot {
  readonly at: number;
  readonly windowMs: number;
  readonly services: Readonly<Record<string, ServiceCallStats>>;
}

const BUCKETS = 10;

class WindowCounter {
  total = 0;
  private readonly buckets = new Map<number, number>();

  add(bucket: number): void {
    this.total += 1;
    this.buckets.set(bucket, (this.buckets.get(bucket) ?? 0) + 1);
    if (this.buckets.size > BUCKETS * 2) this.prune(bucket);
  }

  inWindow(bucket: number): number {
    this.prune(bucket);
    let sum = 0;
    for (const count of this.buckets.values()) sum += count;
    return sum;
  }

  private prune(bucket: number): void {
    for (const b of this.buckets.keys()) if (b <= bucket - BUCKETS) this.buckets.delete(b);
  }
}

interface ServiceCounters {
  readonly all: WindowCounter;
  failures: number;
  readonly providers: Map<string, WindowCounter>;
}

export class CallStats {
  private readonly services = new Map<string, ServiceCounters>();
  private readonly bucketMs: number;

  constructor(
    private readonly clock: () => number,
    readonly windowMs = 10_000,
  ) {
    this.bucketMs = Math.max(1, windowMs / BUCKETS);
  }

  record(serviceKey: string, providerAddress: string): void {
    const service = this.service(serviceKey);
    const bucket = this.bucket();
    service.all.add(bucket);
    let provider = service.providers.get(providerAddress);
    if (provider === undefined) {
      provider = new WindowCounter();
      service.providers.set(providerAddress, provider);
    }
    provider.add(bucket);
  }

  fail(serviceKey: string): void {
    this.service(serviceKey).failures += 1;
  }

  snapshot(): CallStatsSnapshot {
    const bucket = this.bucket();
    const seconds = this.windowMs / 1000;
    const services: Record<string, ServiceCallStats> = {};
    for (const [key, counters] of [...this.services].sort(([a], [b]) => a.localeCompare(b))) {
      const providers: Record<string, ProviderCallStats> = {};
      for (const [address, counter] of [...counters.providers].sort(([a], [b]) => a.localeCompare(b))) {
        providers[address] = { calls: counter.total, perSecond: counter.inWindow(bucket) / seconds };
      }
      services[key] = {
        calls: counters.all.total,
        failures: counters.failures,
        perSecond: counters.all.inWindow(bucket) / seconds,
        providers,
      };
    }
    return { at: this.clock(), windowMs: this.windowMs, services };
  }

  private service(key: string): ServiceCounters {
    let service = this.services.get(key);
    if (service === undefined) {
      service = { all: new WindowCounter(), failures: 0, providers: new Map() };
      this.services.set(key, service);
    }
    return service;
  }

  private bucket(): number {
    return Math.floor(this.clock() / this.bucketMs);
  }
}
