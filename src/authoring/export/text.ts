/** Escaping shared by the exporters. All output is NFC; markup is ASCII, so normalising the whole text is safe. */

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Text or attribute value inside XML. Characters XML 1.0 forbids (C0 controls but tab and newlines) are dropped. */
export const escapeXml = (text: string): string =>
  text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '').replace(/[&<>"']/g, (c) => XML_ESCAPES[c] ?? c);

/** Plain text inside HTML: only & < > matter outside attributes. */
export const escapeHtml = (text: string): string => text.replace(/[&<>]/g, (c) => XML_ESCAPES[c] ?? c);

/** Non-empty texts as HTML paragraphs; line breaks inside a text become <br>. */
export const htmlParagraphs = (texts: readonly string[]): string =>
  texts
    .filter((text) => text.trim() !== '')
    .map((text) => `<p>${escapeHtml(text.trim()).replace(/\n/g, '<br>')}</p>`)
    .join('');

export const htmlList = (lines: readonly string[]): string => (lines.length ? `<ul>${lines.map((line) => `<li>${escapeHtml(line)}</li>`).join('')}</ul>` : '');

/** A weight as Moodle lists its grades: at most 5 decimals (33.33333), no trailing zeros. */
export const formatWeight = (percent: number): string => String(Number(percent.toFixed(5)));
