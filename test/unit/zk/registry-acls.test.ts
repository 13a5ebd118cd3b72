import { Writable } from 'node:stream';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { parseAclSpec } from '../../../server/zk/acl-spec.ts';
import { registryAcls } from '../../../server/zk/registry-acls.ts';

function capture(): { logger: pino.Logger; lines: string[] } {
  const lines: string[] = [];
  const logger = pino({ level: 'info' }, new Writable({ write: (chunk: Buffer, _enc, done) => (lines.push(chunk.toString('utf8')), done()) }));
  return { logger, lines };
}

describe('registry ACL rules', () => {
  it('covers the state root, the 2.7 config folder and the 2.6 configurators folders', () => {
    const stateAcl = parseAclSpec('auth::cdrwa,world:anyone:r');
    const ruleAcl = parseAclSpec('auth::cdrwa,world:anyone:r');
    expect(registryAcls({ registryRoot: '/dubbo', stateRoot: '/switchboard', stateAcl, ruleAcl })).toEqual([
      { prefix: '/dubbo/config', acl: ruleAcl },
      { prefix: '/dubbo/*/configurators', acl: ruleAcl },
      { prefix: '/switchboard', acl: stateAcl },
    ]);
    expect(registryAcls({ registryRoot: '/dubbo', stateRoot: '/switchboard', stateAcl: undefined, ruleAcl: undefined })).toEqual([]);
  });

  it('warns when the rule ACL does not let everyone read, and only then', () => {
    const closed = capture();
    registryAcls({ registryRoot: '/dubbo', stateRoot: '/s', stateAcl: undefined, ruleAcl: parseAclSpec('auth::cdrwa'), logger: closed.logger });
    expect(closed.lines).toHaveLength(1);
    expect(closed.lines[0]).toContain('Dubbo applications without these credentials cannot read the rules');
    const open = capture();
    registryAcls({ registryRoot: '/dubbo', stateRoot: '/s', stateAcl: undefined, ruleAcl: parseAclSpec('auth::cdrwa,world:anyone:r'), logger: open.logger });
    expect(open.lines).toEqual([]);
  });
});
