// ZooKeeper path rules (PathUtils.validatePath). Only writes validate; reads look the path up as
// given, so "bad-path" is simply NONODE for them.

/** Returns why a path is invalid, or null when it is a valid znode path. */
export function pathProblem(path: string): string | null {
  if (path.length === 0) return 'path length must be > 0';
  if (path[0] !== '/') return 'path must start with /';
  if (path.length === 1) return null;
  if (path.endsWith('/')) return 'path must not end with /';
  for (let i = 1; i < path.length; i += 1) {
    const c = path.charCodeAt(i);
    const last = path.charCodeAt(i - 1);
    const next = i + 1 < path.length ? path[i + 1] : '/';
    if (c === 0) return `null character @${i}`;
    if (c === 0x2f && last === 0x2f) return `empty node name @${i}`;
    if (c === 0x2e && last === 0x2e) {
      if (path[i - 2] === '/' && next === '/') return `relative path @${i}`;
    } else if (c === 0x2e) {
      if (last === 0x2f && next === '/') return `relative path @${i}`;
    } else if (isForbiddenChar(c)) {
      return `invalid character @${i}`;
    }
  }
  return null;
}

// The ranges are UTF-16 code units, exactly as Java tests them; surrogates fall in the forbidden
// block, so any character outside the BMP is rejected.
function isForbiddenChar(c: number): boolean {
  return (
    (c > 0x00 && c <= 0x1f) ||
    (c >= 0x7f && c <= 0x9f) ||
    (c >= 0xd800 && c <= 0xf8ff) ||
    (c >= 0xfff0 && c <= 0xffff)
  );
}

export function isValidPath(path: string): boolean {
  return pathProblem(path) === null;
}

/** Parent as ZooKeeper computes it: everything before the last slash ("" for top-level nodes). */
export function parentPath(path: string): string {
  return path.substring(0, path.lastIndexOf('/'));
}

export function baseName(path: string): string {
  return path.substring(path.lastIndexOf('/') + 1);
}

/** Joins a parent key ("" for root) and a child name. */
export function childPath(parent: string, name: string): string {
  return parent === '/' || parent === '' ? `/${name}` : `${parent}/${name}`;
}
