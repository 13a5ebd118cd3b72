// Which ACL the nodes the console creates get (`--state-acl`, `--rule-acl`), as ZkClient path rules:
//  - the state ACL on the state root and everything under it (history, audit, releases, leader election,
//    tokens and whatever comes later: no store has to remember it);
//  - the rule ACL on the rule nodes: `<root>/config/...` (Dubbo 2.7+) and the 2.6 override folders
//    `<root>/<service>/configurators/...`.
// Dubbo applications must read the rules: a rule ACL that does not let everyone read is warned about.

import type { Logger } from 'pino';
import { formatAclSpec, letsEveryoneRead } from './acl-spec.ts';
import type { ZkAclEntry } from './acl-spec.ts';
import type { ZkPathAcl } from './library-acl.ts';

export interface RegistryAclOptions {
  readonly registryRoot: string;
  readonly stateRoot: string;
  readonly stateAcl: readonly ZkAclEntry[] | undefined;
  readonly ruleAcl: readonly ZkAclEntry[] | undefined;
  readonly logger?: Logger;
}

export function registryAcls(options: RegistryAclOptions): ZkPathAcl[] {
  const rules: ZkPathAcl[] = [];
  const { ruleAcl, stateAcl } = options;
  if (ruleAcl !== undefined) {
    const root = options.registryRoot === '/' ? '' : options.registryRoot;
    rules.push({ prefix: `${root}/config`, acl: ruleAcl }, { prefix: `${root}/*/configurators`, acl: ruleAcl });
    if (!letsEveryoneRead(ruleAcl)) {
      options.logger?.warn(
        { ruleAcl: formatAclSpec(ruleAcl) },
        '--rule-acl does not let everyone read (no world:anyone:r): Dubbo applications without these credentials cannot read the rules the console writes',
      );
    }
  }
  if (stateAcl !== undefined) rules.push({ prefix: options.stateRoot, acl: stateAcl });
  return rules;
}
