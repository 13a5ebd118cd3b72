// ZooKeeper path arithmetic. Paths are absolute, '/'-separated, with no trailing '/' except the root;
// the server (PathUtils.validatePath) rejects empty, '.' and '..' segments and control characters on writes.

// Control characters and the private-use/specials ranges are exactly what ZooKeeper rejects.
const FORBIDDEN_CHARACTERS = /[\u0000-\u001f\u007f-\u009f\ud800-\uf8ff\ufff0-\uffff]/;

export function isValidZkPath(path: string): boolean {
  if (!path.startsWith('/')) return false;
  if (path === '/') return true;
  if (path.endsWith('/') || FORBIDDEN_CHARACTERS.test(path)) return false;
  return path
    .slice(1)
    .split('/')
    .every((segment) => segment !== '' && segment !== '.' && segment !== '..');
}

/** '/a/b' → '/a'; '/a' → '/'; '/' → '/'. */
export function parentPath(path: string): string {
  const index = path.lastIndexOf('/');
  return index <= 0 ? '/' : path.slice(0, index);
}

/** joinPath('/dubbo', 'com.foo.Svc', 'providers') → '/dubbo/com.foo.Svc/providers'; the root joins cleanly. */
export function joinPath(base: string, ...segments: readonly string[]): string {
  let result = base;
  for (const segment of segments) result = result === '/' ? `/${segment}` : `${result}/${segment}`;
  return result;
}
