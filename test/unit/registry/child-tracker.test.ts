import { describe, expect, it } from 'vitest';
import { ChildTracker } from '../../../server/registry/child-tracker.ts';

describe('ChildTracker', () => {
  it('answers the children a listing shows for the first time, in listing order', () => {
    const tracker = new ChildTracker();
    expect(tracker.track('/dubbo', ['b', 'a'])).toEqual(['b', 'a']);
    expect(tracker.track('/dubbo', ['a', 'c', 'b'])).toEqual(['c']);
    expect(tracker.track('/dubbo', ['a', 'b', 'c'])).toEqual([]);
  });

  it('stops tracking children no longer listed, so one that comes back is new again', () => {
    const tracker = new ChildTracker();
    tracker.track('/services', ['app-a', 'app-b']);
    expect(tracker.track('/services', ['app-b'])).toEqual([]);
    expect(tracker.has('/services', 'app-a')).toBe(false);
    expect(tracker.track('/services', ['app-a', 'app-b'])).toEqual(['app-a']);
  });

  it('keeps each parent to itself: a listing never touches another parent, nested or not', () => {
    const tracker = new ChildTracker();
    tracker.track('/services', ['app']);
    tracker.track('/services/app', ['10.0.0.1:20880']);
    tracker.track('/services-old', ['legacy']);
    expect(tracker.track('/services', [])).toEqual([]);
    expect(tracker.has('/services', 'app')).toBe(false);
    expect(tracker.has('/services/app', '10.0.0.1:20880')).toBe(true);
    expect(tracker.has('/services-old', 'legacy')).toBe(true);
  });

  it('treats a repeated name in one listing as one child', () => {
    const tracker = new ChildTracker();
    expect(tracker.track('/dubbo/config/dubbo', ['x', 'x'])).toEqual(['x']);
  });

  it('forgets everything on clear (a new generation reads every child again)', () => {
    const tracker = new ChildTracker();
    tracker.track('/dubbo', ['a']);
    tracker.clear();
    expect(tracker.has('/dubbo', 'a')).toBe(false);
    expect(tracker.track('/dubbo', ['a'])).toEqual(['a']);
  });

  it('forgets one child, so the next listing that still shows it reports it as new', () => {
    const tracker = new ChildTracker();
    tracker.track('/dubbo/config/dubbo', ['a.configurators', 'b.configurators']);
    tracker.forget('/dubbo/config/dubbo', 'a.configurators');
    tracker.forget('/dubbo/config/dubbo', 'never-listed');
    expect(tracker.has('/dubbo/config/dubbo', 'a.configurators')).toBe(false);
    expect(tracker.track('/dubbo/config/dubbo', ['a.configurators', 'b.configurators'])).toEqual(['a.configurators']);
  });
});
