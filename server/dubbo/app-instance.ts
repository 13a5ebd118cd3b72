import { z } from 'zod';
import { DubboFormatError } from './dubbo-format-error.ts';

/**
 * Dubbo 3 application-level discovery (dubbo-format.md §1.4): the Curator x-discovery JSON under
 * `/services/{app}/{host}:{port}` and the interface → applications mapping under `/dubbo/mapping/{interface}`.
 */
export interface AppEndpoint {
  readonly port: number;
  readonly protocol: string;
}

export interface AppInstance {
  readonly application: string;
  readonly id: string;
  readonly host: string;
  readonly port: number;
  /** `host:port`, the key instances share with interface-level providers. */
  readonly address: string;
  readonly metadata: Readonly<Record<string, string>>;
  /** `dubbo.metadata.revision`: which MetadataInfo describes the instance's services. */
  readonly revision?: string;
  /** From `dubbo.endpoints`; empty when absent or unreadable. */
  readonly endpoints: readonly AppEndpoint[];
  /** `registrationTimeUTC`, epoch ms. */
  readonly registeredAt?: number;
}

const curatorInstance = z.object({
  id: z.string().nullish(),
  address: z.string().nullish(),
  port: z.number().int().min(0).max(65535).nullish(),
  payload: z.object({ metadata: z.record(z.string(), z.unknown()).nullish() }).nullish(),
  registrationTimeUTC: z.number().nullish(),
});

const endpointList = z.array(z.object({ port: z.number().int().min(0).max(65535), protocol: z.string() }));

function bad(message: string): DubboFormatError {
  return new DubboFormatError('MALFORMED_INSTANCE', message);
}

function metadataOf(raw: Record<string, unknown> | null | undefined): Record<string, string> {
  const entries = Object.entries(raw ?? {}).flatMap(([k, v]): Array<[string, string]> => {
    if (v === null || v === undefined) return [];
    return [[k, typeof v === 'string' ? v : JSON.stringify(v)]];
  });
  return Object.fromEntries(entries);
}

function endpointsOf(text: string | undefined): AppEndpoint[] {
  if (text === undefined) return [];
  try {
    const parsed = endpointList.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : [];
  } catch {
    return [];
  }
}

/** The id is `host:port` (`CuratorFrameworkUtils.generateId`): the fallback when the JSON lacks address/port. */
function hostPortOfId(id: string): { host: string; port: number } | undefined {
  const colon = id.lastIndexOf(':');
  const port = Number(id.slice(colon + 1));
  if (colon <= 0 || !/^\d{1,5}$/.test(id.slice(colon + 1)) || port > 65535) return undefined;
  return { host: id.slice(0, colon), port };
}

/** Parses the data of `/services/{app}/{nodeName}`; throws DubboFormatError('MALFORMED_INSTANCE'). */
export function parseAppInstance(app: string, nodeName: string, json: string): AppInstance {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    throw bad(`instance ${app}/${nodeName} is not JSON`);
  }
  const parsed = curatorInstance.safeParse(raw);
  if (!parsed.success) throw bad(`instance ${app}/${nodeName} is not a Curator service instance`);
  const d = parsed.data;
  const id = d.id ?? nodeName;
  const fallback = hostPortOfId(id) ?? hostPortOfId(nodeName);
  const host = d.address ?? fallback?.host;
  const port = d.port ?? fallback?.port;
  if (host === undefined || host === '' || port === undefined) throw bad(`instance ${app}/${nodeName} has no address`);
  const metadata = metadataOf(d.payload?.metadata);
  const revision = metadata['dubbo.metadata.revision'];
  return {
    application: app,
    id,
    host,
    port,
    address: `${host}:${port}`,
    metadata,
    ...(revision !== undefined && revision !== '' ? { revision } : {}),
    endpoints: endpointsOf(metadata['dubbo.endpoints']),
    ...(d.registrationTimeUTC !== undefined && d.registrationTimeUTC !== null ? { registeredAt: d.registrationTimeUTC } : {}),
  };
}

/** `/dubbo/mapping/{interface}` content: comma-separated application names, trimmed, empty and repeated ones dropped. */
export function parseServiceMapping(text: string): string[] {
  return [...new Set(text.split(',').map((s) => s.trim()).filter((s) => s !== ''))];
}
