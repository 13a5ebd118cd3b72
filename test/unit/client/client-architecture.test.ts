import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * Client dependency direction (STYLE.md §4): app → features → {lib, components} → contract.
 * Features never import each other; lib and components never import features or app; the client
 * reaches the server only through `@contract`. No barrel files, no default exports.
 */
const clientRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../../client');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

function imports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/^\s*(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]/gm)].map((match) => match[1]!);
}

/** "features/services", "lib", "components", "app" or "" (client root) for a client-relative path. */
function layer(path: string): string {
  const [top, second] = path.split('/');
  return top === 'features' ? `features/${second}` : path.includes('/') ? (top ?? '') : '';
}

/** Which layer may import which: lib is plain logic, components are shared UI on top of it. */
function allowed(from: string, to: string): boolean {
  if (from === '' || from === 'app') return true;
  if (from === 'lib') return to === 'lib';
  if (from === 'components') return to === 'components' || to === 'lib';
  return to === from || to === 'lib' || to === 'components';
}

const files = sourceFiles(clientRoot);

describe('client architecture', () => {
  it('finds the client sources', () => {
    expect(files.length).toBeGreaterThan(20);
  });

  it.each(files.map((file) => [relative(clientRoot, file), file]))('%s respects the dependency direction', (name, file) => {
    const from = layer(name);
    for (const specifier of imports(file)) {
      expect(specifier, `${name} reaches into the server`).not.toMatch(/(^|\/)server\//);
      if (!specifier.startsWith('.')) continue;
      const to = layer(relative(clientRoot, resolve(dirname(file), specifier)));
      expect(allowed(from, to), `${name} must not import ${specifier} (${to})`).toBe(true);
    }
  });

  it('has no barrel files and no default exports', () => {
    for (const file of files) {
      expect(file).not.toMatch(/\/index\.tsx?$/);
      expect(readFileSync(file, 'utf8'), relative(clientRoot, file)).not.toMatch(/^export default/m);
    }
  });
});
