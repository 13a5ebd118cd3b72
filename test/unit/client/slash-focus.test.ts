import { describe, expect, it } from 'vitest';
import { shouldFocusSearch, takesText } from '../../../client/lib/slash-focus.ts';

const slash = { key: '/', ctrlKey: false, metaKey: false, altKey: false, isComposing: false, defaultPrevented: false };

describe('"/" focuses the search box', () => {
  it.each([
    ['nothing focused', null, true],
    ['a button', { tagName: 'BUTTON' }, true],
    ['a checkbox', { tagName: 'INPUT', type: 'checkbox' }, true],
    ['a link', { tagName: 'A' }, true],
    ['a search field', { tagName: 'INPUT', type: 'search' }, false],
    ['a text field without a type', { tagName: 'input' }, false],
    ['a number field', { tagName: 'INPUT', type: 'number' }, false],
    ['a textarea', { tagName: 'TEXTAREA' }, false],
    ['a select', { tagName: 'SELECT' }, false],
    ['an editable region', { tagName: 'DIV', isContentEditable: true }, false],
  ] as const)('with %s focused: %s', (_, focused, expected) => {
    expect(shouldFocusSearch(slash, focused, false)).toBe(expected);
    expect(takesText(focused)).toBe(!expected);
  });

  it.each([
    ['another key', { ...slash, key: 'a' }],
    ['Ctrl+/', { ...slash, ctrlKey: true }],
    ['Meta+/', { ...slash, metaKey: true }],
    ['Alt+/', { ...slash, altKey: true }],
    ['an IME composition', { ...slash, isComposing: true }],
    ['a key already handled', { ...slash, defaultPrevented: true }],
  ])('ignores %s', (_, event) => {
    expect(shouldFocusSearch(event, null, false)).toBe(false);
  });

  it('leaves an open dialog alone', () => {
    expect(shouldFocusSearch(slash, null, true)).toBe(false);
  });
});
