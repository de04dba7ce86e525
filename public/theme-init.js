// Runs before first paint (a blocking classic script, so the CSP needs no inline hash): applies the theme the
// reader chose, so it never flashes the other one.
try {
  const theme = localStorage.getItem('aip-c01:theme');
  if (theme === 'light' || theme === 'dark') document.documentElement.dataset.theme = theme;
} catch {
  // Storage blocked: the system theme applies.
}
