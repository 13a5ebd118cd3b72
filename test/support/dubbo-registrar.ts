// Plays a Dubbo application against ZooKeeper, writing exactly the nodes Dubbo writes (dubbo-format.md §1):
// persistent category folders, one EPHEMERAL node per registered URL named URL.encode(fullUrl), Curator
// x-discovery JSON for application-level instances, YAML rules in the config center. It owns its own
// session, so close() (or an expiry) makes its registrations vanish the way a crashed provider's would.

import { ZkClient } from '../../server/zk/zk-client.ts';
import { parseRegistryAddress } from '../../server/zk/registry-address.ts';
import { isZkError } from '../../server/zk/zk-error.ts';
import { joinPath, parentPath } from '../../server/zk/zk-path.ts';

export class DubboRegistrar {
  private readonly registered = new Map<string, string>();

  private constructor(readonly client: ZkClient) {}

  /** `connectString` is anything parseRegistryAddress accepts, e.g. '127.0.0.1:2181/t-1a2b3c4d'. */
  static async connect(connectString: string): Promise<DubboRegistrar> {
    const client = new ZkClient({ address: parseRegistryAddress(connectString) });
    await client.start();
    return new DubboRegistrar(client);
  }

  /** `url` is the decoded full URL, parameters already in Dubbo's order. Returns the node path. */
  registerProvider(url: string, root = '/dubbo'): Promise<string> {
    return this.register(url, 'providers', root);
  }

  registerConsumer(url: string, root = '/dubbo'): Promise<string> {
    return this.register(url, 'consumers', root);
  }

  async unregister(url: string): Promise<void> {
    const path = this.registered.get(url);
    if (path === undefined) throw new Error(`not registered by this registrar: ${url}`);
    await this.client.remove(path);
    this.registered.delete(url);
  }

  /** Dubbo 3 application-level discovery: /services/<app>/<host:port>, ephemeral. Returns the node path. */
  async registerAppInstance(
    app: string,
    host: string,
    port: number,
    metadata: Readonly<Record<string, string>> = {},
    root = '/services',
  ): Promise<string> {
    const id = `${host}:${port}`;
    const instance = {
      name: app,
      id,
      address: host,
      port,
      sslPort: null,
      payload: { '@class': 'org.apache.dubbo.registry.zookeeper.ZookeeperInstance', id, name: app, metadata },
      registrationTimeUTC: Date.now(),
      serviceType: 'DYNAMIC',
      uriSpec: null,
    };
    const path = joinPath(root, app, id);
    await this.client.mkdirp(parentPath(path));
    return this.client.create(path, Buffer.from(JSON.stringify(instance)), 'ephemeral');
  }

  /** A governance rule in the config center: /dubbo/config/dubbo/<node>, persistent. Returns the node path. */
  async writeRule(node: string, yamlText: string, root = '/dubbo'): Promise<string> {
    const path = joinPath(root, 'config', 'dubbo', node);
    await this.client.mkdirp(parentPath(path));
    const data = Buffer.from(yamlText, 'utf8');
    try {
      await this.client.create(path, data);
    } catch (error) {
      if (!isZkError(error, 'NODE_EXISTS')) throw error;
      await this.client.setData(path, data);
    }
    return path;
  }

  /** Ends the session: every ephemeral registration disappears at once. */
  close(): Promise<void> {
    return this.client.stop();
  }

  private async register(url: string, category: 'providers' | 'consumers', root: string): Promise<string> {
    const folder = joinPath(root, javaUrlEncode(serviceInterface(url)), category);
    await this.client.mkdirp(folder);
    const path = await this.client.create(joinPath(folder, javaUrlEncode(url)), undefined, 'ephemeral');
    this.registered.set(url, path);
    return path;
  }
}

/** The `interface` parameter, else the URL path (Dubbo's URL.getServiceInterface). */
function serviceInterface(url: string): string {
  const parsed = new URL(url);
  const name = parsed.searchParams.get('interface') ?? decodeURIComponent(parsed.pathname.replace(/^\//, ''));
  if (name === '') throw new Error(`no interface in ${url}`);
  return name;
}

/**
 * java.net.URLEncoder.encode(s, "UTF-8"): keeps A-Z a-z 0-9 . - * _, turns ' ' into '+', and everything
 * else into upper-case %XX per UTF-8 byte. Local on purpose, independent of the production codec it tests.
 */
export function javaUrlEncode(text: string): string {
  let encoded = '';
  for (const byte of Buffer.from(text, 'utf8')) {
    const char = String.fromCharCode(byte);
    if (/[A-Za-z0-9.\-*_]/.test(char)) encoded += char;
    else if (byte === 0x20) encoded += '+';
    else encoded += `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return encoded;
}
