/**
 * The shape of a demo fleet as data: applications with their Dubbo release and register mode, the
 * services they provide and consume, their instances, and the rules an operator left in the registry.
 * Registrations are derived from it by registration-urls.ts; nothing here talks to ZooKeeper.
 */

/** Dubbo 3 `register-mode`: interface URLs only (2.x), both (3.x default `all`), or application-level only. */
export type RegisterMode = 'interface' | 'all' | 'instance';

export interface DemoServiceSpec {
  readonly interface: string;
  readonly group?: string;
  readonly version?: string;
  readonly methods: readonly string[];
}

export interface DemoInstanceSpec {
  readonly host: string;
  /** Static `dubbo.tag` on this instance's provider URLs (`<dubbo:provider tag>`). */
  readonly providerTag?: string;
  /** `dubbo.tag` on this instance's consumer URLs: the tag its requests carry (`<dubbo:consumer tag>`). */
  readonly consumerTag?: string;
  /** An explicit `weight` parameter on this instance's provider URLs (overrides the application's). */
  readonly weight?: number;
}

export interface DemoApplicationSpec {
  readonly name: string;
  /** Dubbo jar version, e.g. '2.7.8' or '3.3.1'. */
  readonly release: string;
  readonly protocol: 'dubbo' | 'tri';
  /** Port every instance serves on; 0 for consumer-only applications. */
  readonly port: number;
  readonly registerMode: RegisterMode;
  /** `weight=` on every provider URL (2.7-style explicit weights); undefined = no weight parameter. */
  readonly weight?: number;
  readonly provides: readonly DemoServiceSpec[];
  /** Service keys `[group/]interface[:version]` this application calls. */
  readonly consumes: readonly string[];
  readonly instances: readonly DemoInstanceSpec[];
}

/** Rules already in the registry when the fleet starts (an earlier operator's work). */
export type DemoRuleSpec =
  | { readonly kind: 'config-center'; readonly node: string; readonly text: string }
  | { readonly kind: 'legacy-override'; readonly interface: string; readonly url: string };

export interface DemoFleetCatalog {
  readonly applications: readonly DemoApplicationSpec[];
  readonly rules: readonly DemoRuleSpec[];
}
