import { describe, expect, it } from 'vitest';
import { decodeTokenRecord, encodeTokenRecord, formatBearer, hashSecret, isExpired, parseBearer, secretMatches } from '../../../server/auth/bearer-token.ts';
import type { TokenRecord } from '../../../server/auth/token-directory.ts';

const SECRET = 'A_b-'.repeat(10) + 'xyz'; // 43 base64url characters, with the separators a secret may hold
const ID = '0123456789abcdef';

describe('bearer strings', () => {
  it('round-trips id and secret, even when the secret contains underscores', () => {
    expect(parseBearer(formatBearer(ID, SECRET))).toEqual({ id: ID, secret: SECRET });
  });

  it.each([
    ['no prefix', `${ID}_${SECRET}`],
    ['another prefix', `xbt_${ID}_${SECRET}`],
    ['upper-case id', `sbt_${ID.toUpperCase()}_${SECRET}`],
    ['short id', `sbt_0123_${SECRET}`],
    ['short secret', `sbt_${ID}_${SECRET.slice(1)}`],
    ['long secret', `sbt_${ID}_${SECRET}A`],
    ['non-base64url secret', `sbt_${ID}_${SECRET.slice(1)}+`],
    ['empty', ''],
  ])('refuses %s', (_label, bearer) => {
    expect(parseBearer(bearer)).toBeUndefined();
  });
});

describe('secret hashes', () => {
  it('matches only the secret it was made from', () => {
    const hash = hashSecret(SECRET);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(secretMatches(SECRET, hash)).toBe(true);
    expect(secretMatches(`${SECRET.slice(0, -1)}q`, hash)).toBe(false);
    expect(secretMatches(SECRET, 'not-a-hash')).toBe(false);
    expect(secretMatches(SECRET, '')).toBe(false);
  });
});

describe('token records', () => {
  const record: TokenRecord = { id: ID, name: 'ci', owner: 'olga', createdAt: '2024-01-01T00:00:00.000Z', expiresAt: '2024-01-02T00:00:00.000Z', hash: hashSecret(SECRET) };

  it('expire at their expiry time, or never when it is null', () => {
    expect(isExpired(record, new Date('2024-01-01T23:59:59.999Z'))).toBe(false);
    expect(isExpired(record, new Date('2024-01-02T00:00:00.000Z'))).toBe(true);
    expect(isExpired({ ...record, expiresAt: null }, new Date('2999-01-01T00:00:00Z'))).toBe(false);
    expect(isExpired({ ...record, expiresAt: 'garbage' }, new Date())).toBe(true);
  });

  it('decode what they encode, and nothing that is not a record of that id', () => {
    expect(decodeTokenRecord(ID, encodeTokenRecord(record))).toEqual(record);
    expect(decodeTokenRecord('fedcba9876543210', encodeTokenRecord(record))).toBeUndefined();
    expect(decodeTokenRecord(ID, Buffer.from('{'))).toBeUndefined();
    expect(decodeTokenRecord(ID, Buffer.from('null'))).toBeUndefined();
    expect(decodeTokenRecord(ID, Buffer.from(JSON.stringify({ ...record, hash: 1 })))).toBeUndefined();
    expect(decodeTokenRecord(ID, undefined)).toBeUndefined();
  });
});
