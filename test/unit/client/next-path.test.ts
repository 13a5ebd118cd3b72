import { describe, expect, it } from 'vitest';
import { loginPathFor, safeNextPath } from '../../../client/lib/next-path.ts';

describe('safeNextPath', () => {
  it.each([
    ['/services', '/services'],
    ['/services?q=order&page=2', '/services?q=order&page=2'],
    ['/services/dubbo%2Forg.demo.Svc%3A1.0', '/services/dubbo%2Forg.demo.Svc%3A1.0'],
    ['/rules#history', '/rules#history'],
  ])('keeps the same-site path %s', (next, expected) => {
    expect(safeNextPath(next)).toBe(expected);
  });

  it.each([
    [null],
    [''],
    ['services'],
    ['//evil.example/x'],
    ['/\\evil.example'],
    ['/\t/evil.example'],
    ['/\n/evil.example'],
    ['https://evil.example/'],
    ['javascript:alert(1)'],
    ['  //evil.example'],
    ['/login'],
    ['/login/'],
    ['/LOGIN?next=/x'],
  ])('falls back to / for %j', (next) => {
    expect(safeNextPath(next)).toBe('/');
  });

  it('normalises dot segments without leaving the site', () => {
    expect(safeNextPath('/a/../../b')).toBe('/b');
  });
});

describe('loginPathFor', () => {
  it('brings the person back to where they were', () => {
    expect(loginPathFor('/services?q=order')).toBe('/login?next=%2Fservices%3Fq%3Dorder');
  });
  it('asks for nothing when there is nowhere particular to return to', () => {
    expect(loginPathFor('/')).toBe('/login');
    expect(loginPathFor('/login?next=/x')).toBe('/login');
  });
});
