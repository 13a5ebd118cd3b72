import { useEffect } from 'react';
import { shouldFocusSearch } from './slash-focus.ts';

/**
 * `/` focuses (and selects) the page's search box, named by its accessible label, unless the focus
 * is already in a text field or a dialog is open. Register it once per page, with the label of that
 * page's main search field; the field is looked up on each key press, so it may mount later.
 */
export function useSlashFocus(searchLabel: string): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const modalOpen = document.querySelector('[aria-modal="true"], dialog[open]') !== null;
      const focused = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      if (!shouldFocusSearch(event, focused as HTMLInputElement | null, modalOpen)) return;
      const field = [...document.querySelectorAll<HTMLInputElement>('input[aria-label]')].find((input) => input.getAttribute('aria-label') === searchLabel);
      if (!field || field.disabled) return;
      event.preventDefault();
      field.focus();
      field.select();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [searchLabel]);
}
