/**
 * When `/` should jump to the page's search box: a plain `/` (no Ctrl, Meta or Alt; not mid-IME
 * composition; nobody handled it yet) typed while the focus is not in a field that takes text — there
 * `/` is just a character — and no modal dialog is open over the page.
 */
export type SlashKey = { key: string; ctrlKey: boolean; metaKey: boolean; altKey: boolean; isComposing: boolean; defaultPrevented: boolean };
export type FocusedElement = { tagName: string; type?: string; isContentEditable?: boolean } | null;

/** Input types that take no typed text: `/` on them may still jump to the search. */
const NON_TEXT_INPUTS = new Set(['button', 'checkbox', 'radio', 'range', 'color', 'file', 'image', 'reset', 'submit']);

export function takesText(element: FocusedElement): boolean {
  if (!element) return false;
  if (element.isContentEditable) return true;
  const tag = element.tagName.toUpperCase();
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  return tag === 'INPUT' && !NON_TEXT_INPUTS.has((element.type ?? 'text').toLowerCase());
}

export function shouldFocusSearch(event: SlashKey, focused: FocusedElement, modalOpen: boolean): boolean {
  if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || event.isComposing || event.defaultPrevented) return false;
  return !modalOpen && !takesText(focused);
}
