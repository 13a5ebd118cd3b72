import { describe, expect, it } from 'vitest';
import { candidateStanding, orderCandidates } from '../../../server/zk/candidate-order.ts';

describe('leader election order', () => {
  it('orders candidates by their sequence number, numerically, and ignores stray nodes', () => {
    const children = ['candidate-0000000010', 'lock', 'candidate-0000000002', 'candidate-9999999999', 'candidate-10000000000', 'candidate-x'];
    expect(orderCandidates(children)).toEqual(['candidate-0000000002', 'candidate-0000000010', 'candidate-9999999999', 'candidate-10000000000']);
  });

  it('makes the lowest lead and each other watch the one just ahead of it', () => {
    const children = ['candidate-0000000007', 'candidate-0000000003', 'candidate-0000000005'];
    expect(candidateStanding(children, 'candidate-0000000003')).toEqual({ kind: 'leader' });
    expect(candidateStanding(children, 'candidate-0000000005')).toEqual({ kind: 'follower', predecessor: 'candidate-0000000003', position: 1 });
    expect(candidateStanding(children, 'candidate-0000000007')).toEqual({ kind: 'follower', predecessor: 'candidate-0000000005', position: 2 });
  });

  it('says a candidate whose node is gone (an expired session) is absent', () => {
    expect(candidateStanding(['candidate-0000000004'], 'candidate-0000000001')).toEqual({ kind: 'absent' });
    expect(candidateStanding([], 'candidate-0000000001')).toEqual({ kind: 'absent' });
  });
});
