// The start banner: an aligned block a person reads at a terminal (coloured only when asked), and the same
// facts as one record for JSON consumers. No credentials from a registry address ever reach it.

import { describe, expect, it } from 'vitest';
import { renderStartBanner, startRecord, type StartFacts } from '../../../server/start-banner.ts';
import { parseRegistryAddress } from '../../../server/zk/registry-address.ts';

const ESC = '\u001b[';

const local: StartFacts = {
  version: '0.1.0',
  url: 'http://127.0.0.1:8080/',
  registry: { kind: 'embedded', address: 'zookeeper://127.0.0.1:40001' },
  mode: { kind: 'local' },
  running: [
    { name: 'demo fleet', detail: '8 applications, 23 services, 46 instances (42 providers)' },
    { name: 'release automation', detail: 'advances gray releases whose hold has ended, on the replica that leads' },
  ],
};

describe('the start banner', () => {
  it('aligns labels and companion names in plain text', () => {
    expect(renderStartBanner(local, { colour: false })).toBe(
      [
        '',
        '  Switchboard 0.1.0 is ready',
        '',
        '  Console   http://127.0.0.1:8080/',
        '  Registry  zookeeper://127.0.0.1:40001  embedded, in memory (pin its port with --registry-port)',
        '  Access    local mode  loopback only, no sign-in',
        '  Running   demo fleet          8 applications, 23 services, 46 instances (42 providers)',
        '            release automation  advances gray releases whose hold has ended, on the replica that leads',
        '',
        '  Press Ctrl-C to stop.',
        '',
        '',
      ].join('\n'),
    );
  });

  it('colours on request, and the text under the colour is the plain banner', () => {
    const coloured = renderStartBanner(local, { colour: true });
    expect(coloured).toContain(`${ESC}36m`);
    expect(coloured.replace(/\u001b\[\d+m/g, '')).toBe(renderStartBanner(local, { colour: false }));
    expect(renderStartBanner(local, { colour: false })).not.toContain(ESC);
  });

  it('lists whatever runs, so a new companion is one more entry', () => {
    const withMetrics: StartFacts = { ...local, running: [...local.running, { name: 'metrics source', detail: 'http://prometheus:9090' }] };
    const lines = renderStartBanner(withMetrics, { colour: false }).split('\n');
    expect(lines).toContain('            metrics source      http://prometheus:9090');
    expect(renderStartBanner({ ...local, running: [] }, { colour: false })).toContain('  Running   nothing else');
  });

  it('names team mode with its number of users, and an external registry without its password', () => {
    const address = parseRegistryAddress('zookeeper://switchboard:s3cret-pw@zk1:2181,zk2:2181?group=prod').display;
    const team: StartFacts = { ...local, registry: { kind: 'external', address }, mode: { kind: 'team', users: 3, usersFile: '/etc/switchboard/users.yaml' }, running: [] };
    const text = renderStartBanner(team, { colour: false });
    expect(text).toContain('  Registry  zookeeper://switchboard@zk1:2181,zk2:2181?group=/prod\n');
    expect(text).toContain('  Access    team mode, 3 users  sign-in required, users from /etc/switchboard/users.yaml');
    expect(text).not.toContain('s3cret');
    expect(JSON.stringify(startRecord(team))).not.toContain('s3cret');
    expect(renderStartBanner({ ...team, mode: { kind: 'team', users: 1, usersFile: 'u.yaml' } }, { colour: false })).toContain('team mode, 1 user ');
  });

  it('is one record with the same facts for JSON consumers', () => {
    expect(JSON.parse(JSON.stringify(startRecord(local)))).toEqual({
      version: '0.1.0',
      url: 'http://127.0.0.1:8080/',
      registry: { kind: 'embedded', address: 'zookeeper://127.0.0.1:40001' },
      mode: { kind: 'local' },
      running: local.running,
    });
  });
});
