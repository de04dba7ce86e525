/**
 * Opens search from the header button, `/` or Ctrl+K (⌘K). The dialog and the index load on first use, so a page
 * that is only read never downloads them.
 */
import type { SearchDialogHandle } from './search-dialog';

let dialog: Promise<SearchDialogHandle> | undefined;

function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
}

export function initSearchLauncher(): void {
  const button = document.querySelector<HTMLButtonElement>('[data-search-open]');
  if (!button) return;
  const open = () => {
    dialog ??= import('./search-dialog').then(({ createSearchDialog }) => createSearchDialog(button));
    dialog
      .then((handle) => handle.open())
      .catch(() => {
        // The module did not load (offline before it was cached): let the next press try again.
        dialog = undefined;
      });
  };
  button.addEventListener('click', open);
  document.addEventListener('keydown', (event) => {
    const shortcut = (event.key === 'k' || event.key === 'K') && (event.ctrlKey || event.metaKey) && !event.altKey;
    const slash = event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey && !isTyping(event.target);
    if (!shortcut && !slash) return;
    event.preventDefault();
    open();
  });
}
