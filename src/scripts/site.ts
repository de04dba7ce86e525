/** Light/dark toggle. The system theme applies until the reader picks one; the choice is remembered. */
const THEME_KEY = 'aip-c01:theme';
/** Read by `/` to send a returning reader to the language they used last. */
export const LANGUAGE_KEY = 'aip-c01:lang';

function currentTheme(): 'light' | 'dark' {
  const forced = document.documentElement.dataset.theme;
  if (forced === 'light' || forced === 'dark') return forced;
  return matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

function remember(key: string, value: string): void {
  try {
    localStorage.setItem(key, value);
  } catch {
    // Private mode or storage blocked: the choice lasts for this page only.
  }
}

export function initThemeToggle(): void {
  const buttons = document.querySelectorAll<HTMLButtonElement>('[data-theme-toggle]');
  const sync = () => buttons.forEach((button) => button.setAttribute('aria-pressed', String(currentTheme() === 'dark')));
  buttons.forEach((button) =>
    button.addEventListener('click', () => {
      const next = currentTheme() === 'dark' ? 'light' : 'dark';
      document.documentElement.dataset.theme = next;
      remember(THEME_KEY, next);
      sync();
    }),
  );
  sync();
}

export function rememberLanguage(): void {
  remember(LANGUAGE_KEY, document.documentElement.lang);
}
