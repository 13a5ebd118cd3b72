/**
 * What the console says once it serves: its URL, the registry it mirrors, who may use it, and what runs
 * alongside. Pure: the same facts become an aligned block for a person at a terminal (coloured or plain)
 * or one structured record for JSON consumers. `running` is a list so a new companion (a metrics source,
 * say) adds an entry instead of a line of code here. Addresses arrive credential-free (RegistryAddress.display).
 */

export type BannerRegistry =
  | { readonly kind: 'embedded'; readonly address: string }
  | { readonly kind: 'external'; readonly address: string };

export type BannerMode =
  | { readonly kind: 'local' }
  | { readonly kind: 'team'; readonly users: number; readonly usersFile: string };

export interface BannerItem {
  /** Short name: `demo fleet`, `release automation`. */
  readonly name: string;
  readonly detail: string;
}

export interface StartFacts {
  readonly version: string;
  readonly url: string;
  readonly registry: BannerRegistry;
  readonly mode: BannerMode;
  readonly running: readonly BannerItem[];
}

/** The message of the JSON record; tests and log pipelines find the start by it. */
export const STARTED_MESSAGE = 'switchboard console started';

/** The fields of the one JSON record announcing the start (pino adds msg, level and time). */
export function startRecord(facts: StartFacts): Record<string, unknown> {
  return {
    version: facts.version,
    url: facts.url,
    registry: facts.registry,
    mode: facts.mode,
    running: facts.running.map((item) => ({ ...item })),
  };
}

const ANSI = { bold: '1', dim: '2', green: '32', cyan: '36', yellow: '33' } as const;
type Style = keyof typeof ANSI;

/** The banner as lines for a terminal, ending with a newline. */
export function renderStartBanner(facts: StartFacts, options: { readonly colour: boolean }): string {
  const paint = (style: Style, text: string): string => (options.colour ? `\u001b[${ANSI[style]}m${text}\u001b[0m` : text);
  const rows: Array<[string, string]> = [
    ['Console', paint('cyan', paint('bold', facts.url))],
    ['Registry', registryText(facts.registry, paint)],
    ['Access', modeText(facts.mode, paint)],
  ];
  const nameWidth = Math.max(0, ...facts.running.map((item) => item.name.length));
  facts.running.forEach((item, i) => {
    rows.push([i === 0 ? 'Running' : '', `${item.name.padEnd(nameWidth)}  ${paint('dim', item.detail)}`]);
  });
  if (facts.running.length === 0) rows.push(['Running', paint('dim', 'nothing else')]);
  const labelWidth = Math.max(...rows.map(([label]) => label.length));
  const body = rows.map(([label, text]) => `  ${paint('bold', label.padEnd(labelWidth))}  ${text}`);
  const title = `${paint('green', paint('bold', 'Switchboard'))} ${facts.version} ${paint('dim', 'is ready')}`;
  return ['', `  ${title}`, '', ...body, '', `  ${paint('dim', 'Press Ctrl-C to stop.')}`, '', ''].join('\n');
}

function registryText(registry: BannerRegistry, paint: (style: Style, text: string) => string): string {
  if (registry.kind === 'external') return registry.address;
  return `${registry.address}  ${paint('dim', 'embedded, in memory (pin its port with --registry-port)')}`;
}

function modeText(mode: BannerMode, paint: (style: Style, text: string) => string): string {
  if (mode.kind === 'local') return `local mode  ${paint('dim', 'loopback only, no sign-in')}`;
  const users = `${mode.users} ${mode.users === 1 ? 'user' : 'users'}`;
  return `team mode, ${users}  ${paint('dim', `sign-in required, users from ${mode.usersFile}`)}`;
}
