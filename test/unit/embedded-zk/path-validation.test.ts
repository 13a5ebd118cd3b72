import { describe, expect, it } from 'vitest';
import { baseName, childPath, isValidPath, parentPath } from '../../../server/embedded-zk/path-validation.ts';

describe('path validation (PathUtils.validatePath)', () => {
  it.each([
    ['/', true],
    ['/a', true],
    ['/a/b-c_d.e', true],
    ['/a/...', true],
    ['/a/.b', true],
    ['/zookeeper/ünïcode', true],
    ['', false],
    ['a', false],
    ['/a/', false],
    ['//a', false],
    ['/a//b', false],
    ['/a/.', false],
    ['/a/./b', false],
    ['/a/..', false],
    ['/a/../b', false],
    ['/a\u0000b', false],
    ['/a\u0001', false],
    ['/a\u007f', false],
    ['/a\u009f', false],
    ['/a\ud83d\ude00', false],
    ['/a\ufff0', false],
  ])('%j is valid: %s', (path, valid) => {
    expect(isValidPath(path)).toBe(valid);
  });

  it('splits paths the way ZooKeeper does (root parent is "")', () => {
    expect([parentPath('/a/b'), parentPath('/a'), baseName('/a/b'), childPath('', 'x'), childPath('/a', 'x')]).toEqual(['/a', '', 'b', '/x', '/a/x']);
  });
});
