// Inlined in every page's head, before first paint: applies the theme the reader chose, so it never flashes the
// other one. astro.config.mjs adds this file's hash to the CSP, so edit it freely.
try {
  const theme = localStorage.getItem('aip-c01:theme');
  if (theme === 'light' || theme === 'dark') document.documentElement.dataset.theme = theme;
} catch {
  // Storage blocked: the system theme applies.
}
