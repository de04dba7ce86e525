// `/` sends a reader to their language: the stored choice, then the browser's languages, then Vietnamese.
// The two targets come from the script tag, so the same file works under any base path.
(() => {
  const { vi, en } = document.currentScript.dataset;
  let stored = null;
  try {
    stored = localStorage.getItem('aip-c01:lang');
  } catch {
    // Storage blocked: fall through to the browser's languages.
  }
  const browser = (navigator.languages || [navigator.language])
    .map((tag) => String(tag).slice(0, 2).toLowerCase())
    .find((tag) => tag === 'vi' || tag === 'en');
  const choice = stored === 'en' || stored === 'vi' ? stored : browser || 'vi';
  location.replace((choice === 'en' ? en : vi) + location.hash);
})();
