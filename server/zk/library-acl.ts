// Which ACL a node the console creates gets, and the translation of ACL entries (acl-spec.ts) to and from
// node-zookeeper-client's ACL/Id objects. ZkClient takes rules "nodes at or under <prefix> get <acl>"; the
// longest matching prefix wins, and a path no rule covers gets the session's default (library-session.ts).

import nodeZookeeperClient from 'node-zookeeper-client';
import type { LibraryAcl } from 'node-zookeeper-client';
import type { ZkAclEntry, ZkAclScheme } from './acl-spec.ts';

/** Nodes created at `prefix` or below it get `acl`; a segment "*" matches any one segment (e.g. a service name). */
export interface ZkPathAcl {
  readonly prefix: string;
  readonly acl: readonly ZkAclEntry[];
}

export function toLibraryAcl(entries: readonly ZkAclEntry[]): LibraryAcl[] {
  return entries.map((entry) => new nodeZookeeperClient.ACL(entry.permission, new nodeZookeeperClient.Id(entry.scheme, entry.id)));
}

export function fromLibraryAcl(acls: readonly LibraryAcl[]): ZkAclEntry[] {
  return acls.map((acl) => ({ scheme: acl.id.scheme as ZkAclScheme, id: acl.id.id, permission: acl.permission }));
}

/** Resolves the ACL for a path to create: the longest covering prefix's, else undefined (the default). */
export class PathAcls {
  private readonly rules: ReadonlyArray<{ readonly prefix: string; readonly acl: LibraryAcl[] }>;

  constructor(rules: readonly ZkPathAcl[]) {
    this.rules = rules
      .map((rule) => ({ prefix: rule.prefix.length > 1 ? rule.prefix.replace(/\/+$/, '') : rule.prefix, acl: toLibraryAcl(rule.acl) }))
      .sort((a, b) => b.prefix.split('/').length - a.prefix.split('/').length || b.prefix.length - a.prefix.length);
  }

  aclFor(path: string): LibraryAcl[] | undefined {
    return this.rules.find((rule) => covers(rule.prefix, path))?.acl;
  }
}

function covers(prefix: string, path: string): boolean {
  if (prefix === '/') return true;
  const wanted = prefix.split('/');
  const segments = path.split('/');
  return segments.length >= wanted.length && wanted.every((segment, i) => segment === '*' || segment === segments[i]);
}
