import { describe, expect, it } from 'vitest';
import { checkAcl, digestId, fixupAcl, maskDigests, Perm } from '../../../server/embedded-zk/acl.ts';
import { ErrorCode, KeeperError } from '../../../server/embedded-zk/error-codes.ts';
import type { Acl, Id } from '../../../server/embedded-zk/records.ts';

const ip: Id = { scheme: 'ip', id: '127.0.0.1' };
const digestU: Id = { scheme: 'digest', id: digestId('u:p') };
const acl = (perms: number, scheme: string, id: string): Acl => ({ perms, id: { scheme, id } });

function code(run: () => unknown): number | 'ok' {
  try {
    run();
    return 'ok';
  } catch (error) {
    if (error instanceof KeeperError) return error.code;
    throw error;
  }
}

describe('digest ids', () => {
  it('matches ZooKeeper test vectors', () => {
    expect(digestId('u:p')).toBe('u:Jq7wMyA/w2Vd5WIDAKdu4OIIFEQ=');
    expect(digestId('nocolon')).toMatch(/^nocolon:/);
  });
});

describe('checkAcl', () => {
  it.each([
    ['world:anyone READ allows reads', [acl(Perm.read, 'world', 'anyone')], Perm.read, [ip], 'ok'],
    ['world:anyone READ denies writes', [acl(Perm.read, 'world', 'anyone')], Perm.write, [ip], ErrorCode.noAuth],
    ['an empty ACL allows everything', [], Perm.admin, [ip], 'ok'],
    ['digest matches the exact id', [acl(Perm.all, 'digest', digestU.id)], Perm.write, [ip, digestU], 'ok'],
    ['digest needs the identity', [acl(Perm.all, 'digest', digestU.id)], Perm.write, [ip], ErrorCode.noAuth],
    ['ip matches a CIDR', [acl(Perm.all, 'ip', '127.0.0.0/8')], Perm.read, [ip], 'ok'],
    ['ip rejects another net', [acl(Perm.all, 'ip', '10.0.0.0/8')], Perm.read, [ip], ErrorCode.noAuth],
    ['ip /0 matches anything', [acl(Perm.all, 'ip', '1.2.3.4/0')], Perm.read, [ip], 'ok'],
    ['super bypasses', [acl(Perm.read, 'world', 'anyone')], Perm.admin, [{ scheme: 'super', id: '' }], 'ok'],
    ['READ|ADMIN accepts either', [acl(Perm.admin, 'world', 'anyone')], Perm.read | Perm.admin, [ip], 'ok'],
  ])('%s', (_name, list, perm, ids, expected) => {
    expect(code(() => checkAcl(list, perm, ids))).toBe(expected);
  });
});

describe('fixupAcl', () => {
  it('expands auth into authenticated ids only and removes duplicates', () => {
    expect(fixupAcl([acl(31, 'auth', ''), acl(31, 'auth', '')], [ip, digestU], '/p')).toEqual([acl(31, 'digest', digestU.id)]);
    expect(fixupAcl([acl(1, 'world', 'anyone'), acl(1, 'world', 'anyone')], [], '/p')).toEqual([acl(1, 'world', 'anyone')]);
  });

  it.each([
    ['an empty list', []],
    ['auth without a digest identity', [acl(31, 'auth', '')]],
    ['world other than anyone', [acl(31, 'world', 'someone')]],
    ['an unknown scheme', [acl(31, 'sasl', 'x')]],
    ['a digest id without one colon', [acl(31, 'digest', 'a:b:c')]],
    ['a digest id with a trailing colon only', [acl(31, 'digest', 'a:')]],
    ['a malformed ip', [acl(31, 'ip', '300.1.1.1')]],
    ['an ip mask too wide', [acl(31, 'ip', '1.2.3.4/33')]],
  ])('rejects %s with INVALIDACL', (_name, list) => {
    expect(code(() => fixupAcl(list, [ip], '/p'))).toBe(ErrorCode.invalidAcl);
  });

  it('accepts Java-split edge cases of digest ids', () => {
    expect(code(() => fixupAcl([acl(31, 'digest', 'a:b:')], [], '/p'))).toBe('ok');
  });
});

describe('maskDigests', () => {
  it('hides digest hashes and leaves other schemes alone', () => {
    expect(maskDigests([acl(1, 'digest', 'u:hash'), acl(1, 'ip', '1.2.3.4')])).toEqual([acl(1, 'digest', 'u:x'), acl(1, 'ip', '1.2.3.4')]);
  });
});
