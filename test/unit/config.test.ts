// The console's access-control settings as flags and environment variables: parsed strictly, flags first.

import { describe, expect, it } from 'vitest';
import { checkAccessConfig, ConfigError, loadConfig } from '../../server/config.ts';

describe('access-control configuration', () => {
  it('defaults to local mode: no users, no secret, 8 h sessions, no proxy trusted', () => {
    expect(loadConfig([], {})).toMatchObject({ users: undefined, sessionSecret: undefined, sessionSecretFile: undefined, sessionTtlMs: 8 * 3600_000, trustProxy: false, publicOrigin: undefined });
  });

  it.each([
    [['--session-ttl', '30m'], 30 * 60_000],
    [['--session-ttl', '12h'], 12 * 3600_000],
    [['--session-ttl', '7d'], 7 * 86_400_000],
    [['--session-ttl', '90'], 90 * 60_000],
  ])('reads the session lifetime %j', (argv, ms) => {
    expect(loadConfig(argv, {}).sessionTtlMs).toBe(ms);
  });

  it.each([['0m'], ['31d'], ['soon'], ['-5h'], ['1.5h']])('refuses the session lifetime %s', (ttl) => {
    expect(() => loadConfig(['--session-ttl', ttl], {})).toThrow(ConfigError);
  });

  it.each([
    ['true', true],
    ['false', false],
    ['2', 2],
    ['loopback', 'loopback'],
    ['10.0.0.0/8, 192.168.1.5', '10.0.0.0/8,192.168.1.5'],
  ])('reads --trust-proxy %s', (raw, value) => {
    expect(loadConfig(['--trust-proxy', raw], {}).trustProxy).toEqual(value);
  });

  it('refuses a --trust-proxy that is neither a flag, a count nor addresses', () => {
    expect(() => loadConfig(['--trust-proxy', 'everyone!'], {})).toThrow(/--trust-proxy/);
  });

  it('keeps only the origin of --public-url and refuses other schemes', () => {
    expect(loadConfig(['--public-url', 'https://switchboard.example.com/console/'], {}).publicOrigin).toBe('https://switchboard.example.com');
    expect(() => loadConfig(['--public-url', 'ftp://x'], {})).toThrow(/http/);
    expect(() => loadConfig(['--public-url', 'switchboard'], {})).toThrow(/absolute/);
  });

  it('takes the secret and users file from the environment, flags first', () => {
    const env = { SWITCHBOARD_USERS: '/etc/sb/users.yaml', SWITCHBOARD_SESSION_SECRET: 'from-env', SWITCHBOARD_SESSION_SECRET_FILE: '/run/secret' };
    expect(loadConfig([], env)).toMatchObject({ users: '/etc/sb/users.yaml', sessionSecret: 'from-env', sessionSecretFile: '/run/secret' });
    expect(loadConfig(['--session-secret', 'from-flag'], env).sessionSecret).toBe('from-flag');
  });
});

describe('refusals at start', () => {
  const secret = 's'.repeat(40);
  it('refuses a non-loopback bind without users, naming --users', () => {
    expect(() => checkAccessConfig({ host: '0.0.0.0', users: undefined }, undefined, 32)).toThrow(/--users/);
    expect(() => checkAccessConfig({ host: '10.1.2.3', users: undefined }, secret, 32)).toThrow(/--users/);
    expect(() => checkAccessConfig({ host: '127.0.0.1', users: undefined }, undefined, 32)).not.toThrow();
    expect(() => checkAccessConfig({ host: '::1', users: undefined }, undefined, 32)).not.toThrow();
  });
  it('refuses users without a session secret, and a short secret', () => {
    expect(() => checkAccessConfig({ host: '0.0.0.0', users: 'u.yaml' }, undefined, 32)).toThrow(/session secret.*no built-in default/s);
    expect(() => checkAccessConfig({ host: '0.0.0.0', users: 'u.yaml' }, 'short', 32)).toThrow(/at least 32 characters/);
    expect(() => checkAccessConfig({ host: '0.0.0.0', users: 'u.yaml' }, secret, 32)).not.toThrow();
  });
});

describe('ZooKeeper ACL configuration', () => {
  it('has no ACLs by default', () => {
    expect(loadConfig([], {})).toMatchObject({ stateAcl: undefined, ruleAcl: undefined });
  });

  it('reads --state-acl and --rule-acl, flags over the environment', () => {
    const config = loadConfig(['--state-acl', 'auth::cdrwa,world:anyone:r'], {
      SWITCHBOARD_STATE_ACL: 'world:anyone:cdrwa',
      SWITCHBOARD_RULE_ACL: 'world:anyone:r,ip:10.0.0.0/8:cdrwa',
    });
    expect(config.stateAcl).toEqual([
      { scheme: 'auth', id: '', permission: 31 },
      { scheme: 'world', id: 'anyone', permission: 1 },
    ]);
    expect(config.ruleAcl).toEqual([
      { scheme: 'world', id: 'anyone', permission: 1 },
      { scheme: 'ip', id: '10.0.0.0/8', permission: 31 },
    ]);
  });

  it('refuses a bad spec with a ConfigError naming the flag and the entry', () => {
    expect(() => loadConfig(['--state-acl', 'world:anyone:r,digest:bob:x:cdrwa'], {})).toThrow(ConfigError);
    expect(() => loadConfig(['--state-acl', 'world:anyone:r,digest:bob:x:cdrwa'], {})).toThrow(/--state-acl: ACL entry "digest:bob:x:cdrwa"/);
    expect(() => loadConfig([], { SWITCHBOARD_RULE_ACL: 'world:anyone:z' })).toThrow(/--rule-acl: .*unknown permission "z"/);
  });
});
