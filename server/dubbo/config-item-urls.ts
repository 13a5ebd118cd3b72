import type { ConfigItemModel, ConfiguratorConfigModel } from './configurator-config.ts';
import { DubboFormatError } from './dubbo-format-error.ts';

/**
 * `ConfigParser` turning one YAML item into override URL strings (dubbo-format.md §3b "How the YAML becomes
 * override URLs"). Dubbo concatenates raw strings and re-parses them, so the quirks are kept on purpose:
 * later `&k=` wins (a parameter named `enabled` is overwritten by the item's enabled flag), a value
 * containing `&` splits into extra parameters, a missing `configVersion` becomes the text `null`.
 */

function bad(message: string): DubboFormatError {
  return new DubboFormatError('MALFORMED_RULE', message);
}

/** `ConfigParser.appendService`: `iface?group=g&version=v&` from `[group/]iface[:version]`. */
function appendService(serviceKey: string | undefined): string {
  if (serviceKey === undefined || serviceKey === '') {
    throw bad('the rule has no service key (Dubbo: "service field in configuration is null")');
  }
  let iface = serviceKey;
  let query = '';
  const slash = iface.indexOf('/');
  if (slash > 0) {
    query += `group=${iface.slice(0, slash)}&`;
    iface = iface.slice(slash + 1);
  }
  const colon = iface.indexOf(':');
  if (colon > 0) {
    query += `version=${iface.slice(colon + 1)}&`;
    iface = iface.slice(0, colon);
  }
  return `${iface}?${query}`;
}

/** `ConfigParser.parseAddresses`: an item without addresses targets `0.0.0.0`. */
export function itemAddresses(item: ConfigItemModel): readonly string[] {
  return item.addresses !== undefined && item.addresses.length > 0 ? item.addresses : ['0.0.0.0'];
}

function toParameterString(item: ConfigItemModel): string {
  let s = 'category=dynamicconfigurators';
  if (item.side !== undefined) s += `&side=${item.side}`;
  if (item.parameters.length === 0) {
    // IllegalStateException in Dubbo: the whole file is ignored (§9.16).
    throw bad(`configs[${item.index}] has no parameters; Dubbo rejects the whole rule`);
  }
  for (const [k, v] of item.parameters) s += `&${k}=${v}`;
  if (item.providerAddresses !== undefined && item.providerAddresses.length > 0) {
    s += `&providerAddresses=${item.providerAddresses.join(',')}`;
  } else if (item.side === 'provider') {
    s += `&providerAddresses=${itemAddresses(item).join(',')}`;
  }
  return s;
}

/** `ConfigParser.parseEnabled`: untyped/general items follow the file, typed items their own flag. */
function enabledParam(item: ConfigItemModel, config: ConfiguratorConfigModel): string {
  if (item.type === undefined || item.type === 'general') return `&enabled=${String(config.enabled)}`;
  return `&enabled=${item.enabled === undefined ? 'null' : String(item.enabled)}`;
}

function configVersionParam(config: ConfiguratorConfigModel): string {
  return `&configVersion=${config.configVersion ?? 'null'}`;
}

function serviceItemUrls(item: ConfigItemModel, config: ConfiguratorConfigModel): string[] {
  const urls: string[] = [];
  for (const addr of itemAddresses(item)) {
    const base =
      `override://${addr}/${appendService(config.key)}${toParameterString(item)}` +
      `${enabledParam(item, config)}${configVersionParam(config)}`;
    const apps = item.applications ?? [];
    if (apps.length === 0) urls.push(base);
    else for (const app of apps) urls.push(`${base}&application=${app}`);
  }
  return urls;
}

function appItemUrls(item: ConfigItemModel, config: ConfiguratorConfigModel): string[] {
  const urls: string[] = [];
  const services = item.services !== undefined && item.services.length > 0 ? item.services : ['*'];
  for (const addr of itemAddresses(item)) {
    for (const service of services) {
      urls.push(
        `override://${addr}/${appendService(service)}${toParameterString(item)}` +
          `&application=${config.key ?? 'null'}${enabledParam(item, config)}` +
          `&category=appdynamicconfigurators${configVersionParam(config)}`,
      );
    }
  }
  return urls;
}

/** The decoded override URL strings Dubbo builds for one item; throws DubboFormatError('MALFORMED_RULE'). */
export function configItemUrls(item: ConfigItemModel, config: ConfiguratorConfigModel): string[] {
  return config.scope === 'application' ? appItemUrls(item, config) : serviceItemUrls(item, config);
}
