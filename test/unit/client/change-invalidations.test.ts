import { describe, expect, it } from 'vitest';
import type { RegistryChange } from '@contract/registry-event.ts';
import { changeInvalidations, releaseChangeInvalidations } from '../../../client/lib/change-invalidations.ts';

const none: RegistryChange = { revision: 7, services: [], applications: [], rules: [], warnings: false, all: false };

describe('changeInvalidations', () => {
  it.each<[string, Partial<RegistryChange>, unknown[][]]>([
    ['nothing listed: only health (counts, revision)', {}, [['health']]],
    [
      'services changed: the lists and each changed detail',
      { services: ['a.Svc', 'g/b.Svc:1.0.0', 'a.Svc'] },
      [['health'], ['services', 'list'], ['services', 'detail', 'a.Svc'], ['services', 'detail', 'g/b.Svc:1.0.0'], ['topology']],
    ],
    [
      'applications changed: application lists and details',
      { applications: ['shop'] },
      [['health'], ['applications', 'list'], ['applications', 'detail', 'shop'], ['topology']],
    ],
    [
      'rules changed: every service and application detail, and service lists (enabled counts)',
      { rules: ['shop.configurators'], services: ['a.Svc'], applications: ['shop'] },
      [
        ['health'], ['services', 'list'], ['services', 'detail'], ['applications', 'detail'], ['applications', 'list'], ['topology'],
        ['rules'], ['audit'], ['releases'],
      ],
    ],
    ['warnings changed', { warnings: true }, [['health'], ['warnings'], ['topology']]],
  ])('%s', (_name, change, keys) => {
    expect(changeInvalidations({ ...none, ...change })).toEqual({ kind: 'keys', keys });
  });

  it('refreshes every release list and each changed release on a releases event', () => {
    expect(releaseChangeInvalidations({ ids: ['r-0000000003', 'r-0000000003', 'r-0000000004'] })).toEqual({
      kind: 'keys',
      keys: [['releases', 'list'], ['releases', 'detail', 'r-0000000003'], ['releases', 'detail', 'r-0000000004']],
    });
  });

  it('refetches everything when the change set was too large to list', () => {
    expect(changeInvalidations({ ...none, services: ['a.Svc'], all: true })).toEqual({ kind: 'everything' });
  });
});
