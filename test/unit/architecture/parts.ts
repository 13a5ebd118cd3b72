// The declared architecture (DESIGN.md §1, STYLE.md §4): every part of server/ and client/, the arrows
// allowed between them and the arrows forbidden, each with its reason. architecture.test.ts checks the
// repository against this list, so a new folder, a renamed one or a new kind of dependency is a
// deliberate edit here, not an accident. Declare a part only once its folder exists (releases/, auth/ and
// metrics/ come with their issues). A file belongs to the first part whose glob matches it.

export interface PartDeclaration {
  readonly name: string;
  /** Files of the part: `dir/**` = everything under dir, `*` = one path segment, else an exact path. */
  readonly globs: readonly string[];
  /** Pure core: no I/O library (PURE_FORBIDDEN_PACKAGES), no clock or randomness of its own. */
  readonly pure?: boolean;
  /** Each folder matched by the glob's `*` is a room of its own (client features); rooms never import each other unless declared. */
  readonly rooms?: boolean;
  /** When set, the only packages the part may import. */
  readonly packages?: readonly string[];
  readonly reason: string;
}

export interface ArrowDeclaration {
  readonly from: string;
  readonly to: string;
  /** Allowed only as `import type` (erased at runtime). */
  readonly typeOnly?: boolean;
  readonly reason: string;
}

export interface ArchitectureDeclaration {
  /** Every file under these folders belongs to a part. */
  readonly roots: readonly string[];
  /** Import specifier prefixes resolved to repository paths (vite/vitest aliases). */
  readonly aliases: Readonly<Record<string, string>>;
  readonly parts: readonly PartDeclaration[];
  readonly allowed: readonly ArrowDeclaration[];
  readonly forbidden: readonly ArrowDeclaration[];
  /** Packages only these parts may import. */
  readonly exclusivePackages: ReadonlyArray<{ readonly packageName: string; readonly parts: readonly string[]; readonly reason: string }>;
}

/** What a pure part never imports (STYLE.md §4): web framework, ZooKeeper, logging, file system, network. */
export const PURE_FORBIDDEN_PACKAGES =
  /^(express|node-zookeeper-client|pino|node:(fs|fs\/promises|net|http|https|child_process|dgram|worker_threads)|fs|net|http|https|child_process)$/;

const SERVER_PARTS: readonly PartDeclaration[] = [
  {
    name: 'Mirror',
    globs: [
      'server/registry/registry-mirror.ts',
      'server/registry/watch-generation.ts',
      'server/registry/watched-read.ts',
      'server/registry/revision-coalescer.ts',
    ],
    reason: 'the watch-driven mirror: the registry side that talks to ZooKeeper (its watches and reads) and owns the coalescing timer',
  },
  {
    name: 'RuleStore',
    globs: ['server/governance/rule-store.ts', 'server/governance/history-store.ts', 'server/governance/audit-store.ts', 'server/governance/audit-chain-head.ts'],
    reason: "governance's only door to ZooKeeper: executes the planned multi, reads history and audit",
  },
  { name: 'ReleaseStore', globs: ['server/releases/release-store.ts', 'server/releases/release-watch.ts'], reason: 'the releases’ only door to ZooKeeper: release documents under the state root, read and watched' },
  { name: 'ReleaseRunner', globs: ['server/releases/release-runner.ts'], reason: 'the leader’s timers that advance releases whose hold ended (the one clock-driven part of releases)' },
  { name: 'Contract', globs: ['server/contract/**'], pure: true, packages: ['zod'], reason: 'the API as zod schemas, shared with the client' },
  { name: 'Errors', globs: ['server/errors/**'], pure: true, reason: 'domain errors with stable codes' },
  { name: 'Dubbo', globs: ['server/dubbo/**'], pure: true, reason: 'the Dubbo model: URLs, service keys, rules, effective state' },
  { name: 'Registry', globs: ['server/registry/**'], pure: true, reason: 'the immutable registry snapshot and its read models' },
  { name: 'Topology', globs: ['server/topology/**'], pure: true, reason: 'the call graph built and decorated from a snapshot' },
  { name: 'Governance', globs: ['server/governance/**'], pure: true, reason: 'planning and deciding governance writes' },
  { name: 'Releases', globs: ['server/releases/**'], pure: true, reason: 'gray releases: canary selection, step weights, tag rules, the release state machine' },
  { name: 'TokenStore', globs: ['server/auth/token-store.ts'], reason: 'the API tokens’ only door to ZooKeeper: token records under the state root, read and watched' },
  {
    name: 'Auth',
    globs: ['server/auth/**'],
    reason: 'who a request acts as and what it may do: users file, password hashes, session cookies, route access, API tokens',
  },
  { name: 'Zk', globs: ['server/zk/**'], reason: 'the ZooKeeper client edge: the only code that knows node-zookeeper-client' },
  { name: 'EmbeddedZk', globs: ['server/embedded-zk/**'], reason: 'the embedded ZooKeeper-compatible server (its own network edge)' },
  { name: 'Http', globs: ['server/http/**'], reason: 'the HTTP edge: routes translate, errors map to statuses' },
  { name: 'Demo', globs: ['server/demo/**'], reason: 'the demo fleet: registers like Dubbo apps through ZooKeeper' },
  {
    name: 'Telemetry',
    globs: ['server/telemetry/**'],
    reason: 'the console’s own /metrics: one prom-client registry per console, fed through the observer interfaces the core declares',
  },
  {
    name: 'Logging',
    globs: ['server/logger.ts', 'server/log-format.ts', 'server/log-line.ts'],
    reason: 'one pino logger per module (one `module` key per line), for the edges; JSON lines or readable terminal lines (--log-format)',
  },
  { name: 'Composition', globs: ['server/*.ts'], reason: 'main, configuration, logging and the wiring of everything' },
];

const CLIENT_PARTS: readonly PartDeclaration[] = [
  { name: 'ClientEntry', globs: ['client/*'], reason: 'the page and the script that mounts the app' },
  { name: 'App', globs: ['client/app/**'], reason: 'composes the features into routes and the shell' },
  { name: 'Feature', globs: ['client/features/*/**'], rooms: true, reason: 'one folder per feature (topology, services, rules, …)' },
  { name: 'Lib', globs: ['client/lib/**'], reason: 'plain client logic: API client, query keys, live events' },
  { name: 'Components', globs: ['client/components/**'], reason: 'shared UI building blocks' },
  { name: 'I18n', globs: ['client/i18n/**'], reason: 'the message catalogues, the language choice and the i18next instance' },
];

const arrows = (from: string, tos: readonly string[], reason: string): ArrowDeclaration[] => tos.map((to) => ({ from, to, reason }));

export const ARCHITECTURE: ArchitectureDeclaration = {
  roots: ['server', 'client'],
  aliases: { '@contract/': 'server/contract/' },
  parts: [...SERVER_PARTS, ...CLIENT_PARTS],
  allowed: [
    ...arrows('Dubbo', ['Contract', 'Errors'], 'the model names contract types and throws domain errors'),
    ...arrows('Registry', ['Contract', 'Dubbo', 'Errors'], 'the snapshot is built from the Dubbo model and answers contract shapes'),
    ...arrows('Mirror', ['Registry', 'Contract', 'Dubbo', 'Errors', 'Zk'], 'the mirror feeds ZooKeeper listings into the snapshot draft'),
    ...arrows('Topology', ['Contract', 'Dubbo', 'Errors'], 'the graph answers the topology contract from the Dubbo model'),
    { from: 'Topology', to: 'Registry', reason: 'the graph is read from the registry snapshot and its read models (service index, evaluations)' },
    ...arrows('Governance', ['Contract', 'Dubbo', 'Errors'], 'plans rules in the Dubbo model and answers the governance contract'),
    { from: 'Governance', to: 'Registry', reason: 'plans against the mirror snapshot and previews with the read side’s own evaluation' },
    { from: 'Governance', to: 'RuleStore', typeOnly: true, reason: 'governance-deps.ts names the stores’ methods; the composition root injects them' },
    ...arrows('Releases', ['Contract', 'Dubbo', 'Errors', 'Registry'], 'plans releases on the registry snapshot with the Dubbo model'),
    { from: 'Releases', to: 'Governance', reason: 'release rule writes reuse governance’s planning, guardrails and compare-and-set write path' },
    { from: 'Releases', to: 'ReleaseStore', typeOnly: true, reason: 'release-deps.ts names the store’s methods; the composition root injects it' },
    ...arrows('ReleaseStore', ['Releases', 'Governance', 'RuleStore', 'Contract', 'Errors', 'Zk'], 'reads and compare-and-sets release documents in ZooKeeper'),
    ...arrows('RuleStore', ['Governance', 'Contract', 'Dubbo', 'Errors', 'Zk'], 'executes what governance planned against ZooKeeper'),
    ...arrows('ReleaseRunner', ['Releases', 'Contract', 'Errors', 'Logging', 'Registry'], 'moves releases through the release use cases when a hold ends, and checks running ones against the registry snapshot'),
    ...arrows('ReleaseStore', ['Logging'], 'the release watch logs failed reads through the module logger'),
    ...arrows('Http', ['Contract', 'Errors', 'Registry', 'Topology', 'Governance', 'Releases', 'Dubbo'], 'routes validate with the contract and call the use cases'),
    ...arrows('Auth', ['Contract', 'Errors', 'Logging'], 'auth speaks the session and token contract, throws domain errors and logs reloads of the users file'),
    ...arrows('TokenStore', ['Zk', 'Auth', 'Contract', 'Errors', 'Logging'], 'keeps the token records in ZooKeeper, checks bearers with the pure token functions, logs failed reads'),
    { from: 'Http', to: 'Auth', reason: 'authentication and the route-access check run at the HTTP edge' },
    { from: 'Http', to: 'ReleaseStore', typeOnly: true, reason: 'create-app names the release store’s type; the composition root passes it in' },
    { from: 'Http', to: 'Mirror', typeOnly: true, reason: 'the read model names the mirror’s type; the composition root passes the mirror in' },
    ...arrows('Telemetry', ['Contract'], 'label values come from the contract’s closed sets (registry states)'),
    ...['Governance', 'Releases', 'Mirror', 'Http'].map((to) => ({
      from: 'Telemetry',
      to,
      typeOnly: true,
      reason: 'the metrics implement the observer interfaces these parts declare; the composition root plugs them in',
    })),
    ...arrows('Demo', ['Zk'], 'the demo fleet registers through the real ZooKeeper client'),
    { from: 'Demo', to: 'Dubbo', reason: 'demo apps build their URLs, rules and routing with the Dubbo model, like real Dubbo apps' },
    ...arrows('Zk', ['Logging'], 'the edges log through one module-logger helper'),
    ...arrows('Http', ['Logging'], 'the edges log through one module-logger helper'),
    ...arrows('Demo', ['Logging'], 'the demo fleet logs through the same module-logger helper'),
    ...arrows('Composition', ['Logging', 'Http', 'Auth', 'TokenStore', 'Governance', 'Releases', 'ReleaseStore', 'ReleaseRunner', 'RuleStore', 'Registry', 'Mirror', 'Topology', 'Zk', 'EmbeddedZk', 'Demo', 'Telemetry', 'Contract', 'Dubbo', 'Errors'], 'the composition root wires every part'),
    ...arrows('ClientEntry', ['App', 'I18n'], 'mounts the app once the language is chosen'),
    ...arrows('ClientEntry', ['Lib'], 'puts the stored colour theme on <html> before the first render'),
    ...['App', 'Feature', 'Lib', 'Components'].map((from) => ({ from, to: 'I18n', reason: 'every text a person reads comes from the catalogues' })),
    ...arrows('App', ['Feature', 'Lib', 'Components', 'Contract'], 'app → features → {lib, components} → contract'),
    ...arrows('Feature', ['Lib', 'Components', 'Contract'], 'features build on shared logic, shared UI and the contract'),
    ...arrows('Components', ['Lib', 'Contract'], 'shared UI on top of shared logic'),
    ...arrows('Lib', ['Contract'], 'the client parses responses with the contract schemas'),
  ],
  forbidden: [
    { from: 'Http', to: 'Zk', reason: 'only the mirror and the rule store talk to ZooKeeper (STYLE.md §4); HTTP goes through use cases' },
    ...['Contract', 'Dubbo', 'Registry', 'Topology', 'Governance', 'Releases', 'Errors'].map((from) => ({
      from,
      to: 'Zk',
      reason: 'pure core, thin edges: only the mirror and the rule store import zk/ (DESIGN.md §1)',
    })),
    ...['Contract', 'Dubbo', 'Registry', 'Topology', 'Governance', 'Releases'].map((from) => ({ from, to: 'Http', reason: 'only http/ knows HTTP; the core never imports its edge' })),
    ...['Http', 'Registry', 'Mirror', 'Governance', 'RuleStore', 'Topology', 'Releases', 'ReleaseStore', 'Zk'].map((from) => ({
      from,
      to: 'Demo',
      reason: 'nothing in production imports demo/; only the composition root starts the fleet',
    })),
    { from: 'Contract', to: 'Dubbo', reason: 'the contract imports only zod, so the client can import it' },
    { from: 'Auth', to: 'Http', reason: 'auth decides from a principal and a declared access, never from the request itself' },
    { from: 'Dubbo', to: 'Registry', reason: 'dependency direction: contract ← dubbo ← {registry, governance, topology}' },
    { from: 'Registry', to: 'Governance', reason: 'the read side never depends on the write side' },
    { from: 'Governance', to: 'Releases', reason: 'releases build on governance, never the other way round' },
    { from: 'Registry', to: 'Topology', reason: 'topology is built on the registry, not the other way round' },
    { from: 'Feature', to: 'Feature', reason: 'features never import each other (bulletproof-react); shared code moves to lib/ or components/' },
    ...['Lib', 'Components', 'I18n'].flatMap((from) => ['Feature', 'App'].map((to) => ({ from, to, reason: 'lower layers never import the layers that compose them' }))),
    ...['App', 'Feature', 'Lib', 'Components'].flatMap((from) =>
      ['Dubbo', 'Registry', 'Governance', 'Http', 'Zk'].map((to) => ({ from, to, reason: 'the client reaches the server only through @contract and HTTP' })),
    ),
  ],
  exclusivePackages: [
    { packageName: 'node-zookeeper-client', parts: ['Zk'], reason: 'its gaps are handled in one place and it can be replaced there (DESIGN.md §2)' },
    { packageName: 'express', parts: ['Http'], reason: 'only http/ knows HTTP' },
    { packageName: 'prom-client', parts: ['Telemetry'], reason: 'the core reports through observer interfaces and never imports the metrics library' },
  ],
};
