import { describe, expect, it } from 'vitest';
import { AclSpecError, formatAclSpec, letsEveryoneRead, parseAclSpec, zkDigestId } from '../../../server/zk/acl-spec.ts';
import { PathAcls } from '../../../server/zk/library-acl.ts';

describe('ACL spec', () => {
  it('parses digest, world, ip and auth entries with their permission bits', () => {
    const spec = 'digest:switchboard:qjS0cWjpOZ+FYWhBvzTyXtrKiMc=:cdrwa, world:anyone:r,ip:10.0.0.0/8:rw,auth::cdrwa';
    expect(parseAclSpec(spec)).toEqual([
      { scheme: 'digest', id: 'switchboard:qjS0cWjpOZ+FYWhBvzTyXtrKiMc=', permission: 31 },
      { scheme: 'world', id: 'anyone', permission: 1 },
      { scheme: 'ip', id: '10.0.0.0/8', permission: 3 },
      { scheme: 'auth', id: '', permission: 31 },
    ]);
  });

  it('round-trips through formatAclSpec in zkCli letter order', () => {
    expect(formatAclSpec(parseAclSpec('world:anyone:awr,ip:192.168.1.7:dc'))).toBe('world:anyone:rwa,ip:192.168.1.7:cd');
  });

  it.each([
    ['', /empty/],
    ['world:anyone:r,', /entry #2 is empty/],
    ['world:anyone', /"world:anyone" is not scheme:id:perms/],
    ['world:anyone:rx', /"world:anyone:rx" has unknown permission "x"/],
    ['world:anyone:', /has no permissions/],
    ['world:everyone:r', /"world:everyone:r" has world scheme/],
    ['sasl:bob:r', /unknown scheme "sasl"/],
    ['digest:bob:notahash:cdrwa', /"digest:bob:notahash:cdrwa" needs digest:<user>:<base64 sha1/],
    ['digest::qjS0cWjpOZ+FYWhBvzTyXtrKiMc=:r', /needs digest/],
    ['ip:10.0.0.300:r', /"ip:10.0.0.300:r" needs an IPv4/],
    ['ip:10.0.0.0/40:r', /needs an IPv4/],
    ['auth:bob:r', /the auth scheme takes none/],
    ['world:anyone:r,world:anyone:w', /given twice/],
  ])('refuses %j naming the bad entry', (spec, message) => {
    expect(() => parseAclSpec(spec)).toThrow(AclSpecError);
    expect(() => parseAclSpec(spec)).toThrow(message);
  });

  it('knows whether everyone may read', () => {
    expect(letsEveryoneRead(parseAclSpec('auth::cdrwa,world:anyone:r'))).toBe(true);
    expect(letsEveryoneRead(parseAclSpec('auth::cdrwa,world:anyone:w'))).toBe(false);
    expect(letsEveryoneRead(parseAclSpec('ip:0.0.0.0/0:r'))).toBe(false);
  });
});

describe('zkDigestId', () => {
  it("computes ZooKeeper's digest id: user:base64(sha1(user:password))", () => {
    // The well-known vector of ZooKeeper's docs (super:superpw), and one checked with
    // `printf 'switchboard:s3cret' | openssl dgst -binary -sha1 | base64`.
    expect(zkDigestId('super', 'superpw')).toBe('super:g9oN2HttPfn8MMWJZ2r45Np/LIA=');
    expect(zkDigestId('switchboard', 's3cret')).toBe('switchboard:qjS0cWjpOZ+FYWhBvzTyXtrKiMc=');
  });

  it('makes an id the spec parser accepts', () => {
    expect(parseAclSpec(`digest:${zkDigestId('ops', 'p@ss:word')}:cdrwa`)[0]?.id).toBe(zkDigestId('ops', 'p@ss:word'));
  });
});

describe('path ACL rules', () => {
  const acls = new PathAcls([
    { prefix: '/switchboard', acl: parseAclSpec('world:anyone:r') },
    { prefix: '/dubbo/config', acl: parseAclSpec('world:anyone:rw') },
    { prefix: '/dubbo/*/configurators', acl: parseAclSpec('world:anyone:rc') },
    { prefix: '/switchboard/tokens', acl: parseAclSpec('auth::cdrwa') },
  ]);
  const permissionOf = (path: string): number | undefined => acls.aclFor(path)?.[0]?.permission;

  it('gives a node the ACL of the most specific rule that covers it', () => {
    expect(permissionOf('/switchboard')).toBe(1);
    expect(permissionOf('/switchboard/audit/entry-')).toBe(1);
    expect(permissionOf('/switchboard/tokens/t1')).toBe(31);
    expect(permissionOf('/dubbo/config/dubbo/app.configurators')).toBe(3);
    expect(permissionOf('/dubbo/org.acme.Greeter/configurators/override%3A%2F%2F0.0.0.0')).toBe(5);
  });

  it('leaves other nodes to the default, and does not match name prefixes', () => {
    expect(permissionOf('/switchboard2/x')).toBeUndefined();
    expect(permissionOf('/dubbo/org.acme.Greeter/providers/p')).toBeUndefined();
    expect(permissionOf('/dubbo')).toBeUndefined();
  });
});
