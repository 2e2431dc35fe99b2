import { analyzeText } from '../analysis/analyzer.js';
import type { Language } from '../types.js';

/** The notions (`~name` terms) a text names when indexed in a language. */
export function notions(text: string, language: Language): string[] {
  return analyzeText(text, language).filter((t) => t.startsWith('~'));
}
