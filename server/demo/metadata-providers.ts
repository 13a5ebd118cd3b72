import { z } from 'zod';
import { parseAppInstance, parseServiceMapping, type AppInstance } from '../dubbo/app-instance.ts';
import type { DubboUrl } from '../dubbo/dubbo-url.ts';
import type { ServiceId } from '../dubbo/service-key.ts';
import { joinPath } from '../zk/zk-path.ts';
import type { RegistryWatch } from './registry-watch.ts';

/**
 * Application-level discovery as a Dubbo 3 consumer does it (dubbo-format.md §1.4): interface → applications
 * through `/dubbo/mapping/<iface>`, instances under `/services/<app>`, and each instance's services from the
 * `MetadataInfo` of its revision. Only `storage-type=remote` metadata is in ZooKeeper; `local` metadata is
 * served by the provider's MetadataService over RPC, which a simulated fleet has not got.
 */
const serviceInfo = z.object({
  name: z.string(),
  group: z.string().optional(),
  version: z.string().optional(),
  protocol: z.string(),
  port: z.number().int().optional(),
  path: z.string().optional(),
  params: z.record(z.string(), z.string()).default({}),
});
const metadataDocument = z.object({ services: z.record(z.string(), serviceInfo) });

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function instancesOf(watch: RegistryWatch, servicesRoot: string, app: string): AppInstance[] {
  const instances: AppInstance[] = [];
  for (const name of watch.children(joinPath(servicesRoot, app)) ?? []) {
    const json = watch.data(joinPath(servicesRoot, app, name));
    if (json === undefined) continue;
    try {
      instances.push(parseAppInstance(app, name, json));
    } catch {
      // Not a Curator instance: Dubbo skips it too.
    }
  }
  return instances;
}

function urlsOfInstance(watch: RegistryWatch, root: string, instance: AppInstance, id: ServiceId): DubboUrl[] {
  if (instance.revision === undefined || instance.metadata['dubbo.metadata.storage-type'] !== 'remote') return [];
  const text = watch.data(joinPath(root, 'metadata', instance.application, instance.revision));
  const parsed = text === undefined ? undefined : metadataDocument.safeParse(parseJson(text));
  if (parsed === undefined || !parsed.success) return [];
  return Object.values(parsed.data.services)
    .filter((s) => s.name === id.interface && (s.group ?? '') === id.group && (s.version ?? '') === id.version)
    .map((s) => ({
      protocol: s.protocol,
      host: instance.host,
      port: instance.endpoints.find((e) => e.protocol === s.protocol)?.port ?? s.port ?? instance.port,
      path: s.path ?? s.name,
      params: s.params,
    }));
}

export function metadataProviderUrls(
  watch: RegistryWatch,
  paths: { readonly root: string; readonly servicesRoot: string },
  id: ServiceId,
): DubboUrl[] {
  const mapping = watch.data(joinPath(paths.root, 'mapping', id.interface));
  if (mapping === undefined) return [];
  return parseServiceMapping(mapping).flatMap((app) =>
    instancesOf(watch, paths.servicesRoot, app).flatMap((instance) => urlsOfInstance(watch, paths.root, instance, id)),
  );
}
