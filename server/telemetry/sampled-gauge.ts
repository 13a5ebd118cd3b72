/** A gauge whose value is read from its source at each scrape (nothing to update in between). */
import { Gauge, type Registry } from 'prom-client';

export function sampledGauge(registry: Registry, name: string, help: string, read: () => number | boolean): Gauge {
  return new Gauge({
    name,
    help,
    registers: [registry],
    collect() {
      const value = read();
      this.set(typeof value === 'boolean' ? Number(value) : value);
    },
  });
}
