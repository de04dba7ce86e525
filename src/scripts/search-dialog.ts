/** Loaded on first use by search-launcher.ts: mounts the search dialog and fetches the indexes it asks for. */
import { flushSync, mount } from 'svelte';
import SearchDialog from '../components/SearchDialog.svelte';
import stylesheet from '../components/search-dialog.css?url';
import { loadSearchIndex, type LoadedSearchIndex, type SearchIndexFile } from '../core/search/search-index';
import { DEFAULT_LOCALE, LOCALES, type Locale } from '../core/locale';

export interface SearchDialogHandle {
  open(): void;
}

const indexes = new Map<Locale, Promise<LoadedSearchIndex>>();

/** One language's index, fetched once; a failed fetch is forgotten so that opening search again retries it. */
function searchIndex(lang: Locale): Promise<LoadedSearchIndex> {
  let index = indexes.get(lang);
  if (!index) {
    // Relative to the site's base path, so a service worker can serve the same URL offline.
    index = fetch(`${import.meta.env.BASE_URL.replace(/\/$/, '')}/${lang}/search-index.json`)
      .then((response) => {
        if (!response.ok) throw new Error(`search index ${lang}: HTTP ${response.status}`);
        return response.json() as Promise<SearchIndexFile>;
      })
      .then(loadSearchIndex);
    index.catch(() => indexes.delete(lang));
    indexes.set(lang, index);
  }
  return index;
}

/**
 * Links the dialog's styles. A stylesheet from this origin passes the site's content security policy, which an
 * injected <style> would not; and styles imported as a module would be linked from every page by Astro.
 */
function linkStylesheet(): Promise<void> {
  const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href: stylesheet });
  const loaded = new Promise<void>((resolve) => {
    link.onload = link.onerror = () => resolve();
  });
  document.head.append(link);
  return loaded;
}

export async function createSearchDialog(opener: HTMLElement): Promise<SearchDialogHandle> {
  await linkStylesheet();
  const lang = document.documentElement.lang;
  const locale = LOCALES.find((candidate) => candidate === lang) ?? DEFAULT_LOCALE;
  // Typed as SearchDialogHandle: the component exports open(), which .svelte imports in .ts files do not show.
  const dialog = mount(SearchDialog, { target: document.body, props: { locale, opener, searchIndex } }) as SearchDialogHandle;
  // Render now, so the dialog element exists when the caller opens it.
  flushSync();
  return dialog;
}
