import { describe, expect, it } from 'vitest';
import { parseAppInstance, parseServiceMapping } from '../../../server/dubbo/app-instance.ts';

// The shape of §1.4, as Dubbo 3.1.4 writes it under /services/first-dubbo-provider/30.221.146.35:20880.
const CURATOR = JSON.stringify({
  name: 'first-dubbo-provider',
  id: '30.221.146.35:20880',
  address: '30.221.146.35',
  port: 20880,
  sslPort: null,
  payload: {
    '@class': 'org.apache.dubbo.registry.zookeeper.ZookeeperInstance',
    id: '30.221.146.35:20880',
    name: 'first-dubbo-provider',
    metadata: {
      'dubbo.endpoints': '[{"port":20880,"protocol":"dubbo"},{"port":50051,"protocol":"tri"}]',
      'dubbo.metadata.revision': '871fbc9cb2730caea9b0d858852d5ede',
      'dubbo.metadata.storage-type': 'local',
      timestamp: '1674960780647',
    },
  },
  registrationTimeUTC: 1674960781215,
  serviceType: 'DYNAMIC',
  uriSpec: null,
});

describe('parseAppInstance', () => {
  it('reads the Curator x-discovery JSON', () => {
    expect(parseAppInstance('first-dubbo-provider', '30.221.146.35:20880', CURATOR)).toEqual({
      application: 'first-dubbo-provider',
      id: '30.221.146.35:20880',
      host: '30.221.146.35',
      port: 20880,
      address: '30.221.146.35:20880',
      metadata: {
        'dubbo.endpoints': '[{"port":20880,"protocol":"dubbo"},{"port":50051,"protocol":"tri"}]',
        'dubbo.metadata.revision': '871fbc9cb2730caea9b0d858852d5ede',
        'dubbo.metadata.storage-type': 'local',
        timestamp: '1674960780647',
      },
      revision: '871fbc9cb2730caea9b0d858852d5ede',
      endpoints: [
        { port: 20880, protocol: 'dubbo' },
        { port: 50051, protocol: 'tri' },
      ],
      registeredAt: 1674960781215,
    });
  });

  it.each([
    ['no payload, address from the node name', '{"id":"10.0.0.1:20880"}', { host: '10.0.0.1', port: 20880, metadata: {}, endpoints: [] }],
    ['bad endpoints are dropped', '{"address":"10.0.0.1","port":1,"payload":{"metadata":{"dubbo.endpoints":"nope","n":5}}}', { endpoints: [], metadata: { 'dubbo.endpoints': 'nope', n: '5' } }],
  ])('%s', (_, json, expected) => {
    expect(parseAppInstance('app', '10.0.0.1:20880', json)).toMatchObject(expected);
  });

  it.each([
    ['not JSON', '{'],
    ['not an object', '[1]'],
    ['a bad port', '{"address":"10.0.0.1","port":"x"}'],
    ['no address anywhere', '{"id":"weird"}'],
  ])('rejects %s with MALFORMED_INSTANCE', (_, json) => {
    expect(() => parseAppInstance('app', 'weird', json)).toThrow(expect.objectContaining({ code: 'MALFORMED_INSTANCE' }));
  });
});

describe('parseServiceMapping', () => {
  it.each([
    ['demo-provider,demo-provider2', ['demo-provider', 'demo-provider2']],
    [' a , ,b,a,', ['a', 'b']],
    ['', []],
  ])('%j', (text, apps) => {
    expect(parseServiceMapping(text)).toEqual(apps);
  });
});
