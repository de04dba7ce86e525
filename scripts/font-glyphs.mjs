/**
 * The characters the self-hosted font carries: printable ASCII, the Vietnamese alphabet with its tones (NFC), and
 * the punctuation and symbols the site writes. A unit test fails when content or interface text uses a character
 * outside this set; add it here and run `npm run fonts`.
 */
const TONES = ['', '\u0300', '\u0301', '\u0303', '\u0309', '\u0323'];
const VOWELS = 'aăâeêioôơuưyAĂÂEÊIOÔƠUƯY';

const ascii = Array.from({ length: 0x7f - 0x20 }, (_, index) => String.fromCharCode(0x20 + index)).join('');

/** Every Vietnamese letter outside ASCII, precomposed. */
export const VIETNAMESE = [...new Set([...VOWELS].flatMap((vowel) => TONES.map((tone) => (vowel + tone).normalize('NFC'))).concat(['đ', 'Đ']))]
  .filter((letter) => letter.codePointAt(0) > 0x7e)
  .join('');

/** Typographic punctuation and the few symbols of the interface (arrows, ×, ≈, the ★ of favourites…). */
export const SYMBOLS = '\u00a0·×÷–—‘’“”…›←→↑↓−≈≤≥±°€£⌘★✓✗⚠•§';

export const LATIN = ascii + SYMBOLS;
export const FONT_GLYPHS = LATIN + VIETNAMESE;
