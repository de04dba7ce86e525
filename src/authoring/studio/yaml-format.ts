/**
 * The bank's one YAML layout, so that a file the studio opens and saves unchanged comes back byte for byte: the
 * `yaml` library's own printing with padded flow maps (`{ text: "…" }`), lists written tight (`[a, b]`), no line
 * folding. Every file of content/questions and content/cases is in this layout (a unit test keeps it so).
 */
import type { Document } from 'yaml';

/** Takes the padding off flow sequences ("[ a, b ]" -> "[a, b]"), outside quoted text. */
function tightenFlowSequences(text: string): string {
  let result = '';
  let quote: '"' | "'" | null = null;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index] ?? '';
    if (quote) {
      result += char;
      if (char === '\\' && quote === '"') result += text[++index] ?? '';
      else if (char === quote) quote = null;
      continue;
    }
    if (char === '"' || char === "'") quote = char;
    if (char === '[' && text[index + 1] === ' ') {
      result += '[';
      index += 1;
      continue;
    }
    if (char === ' ' && text[index + 1] === ']' && result.at(-1) !== '[') continue;
    result += char;
  }
  return result;
}

export function printYaml(document: Document): string {
  return tightenFlowSequences(document.toString({ lineWidth: 0, flowCollectionPadding: true }));
}
