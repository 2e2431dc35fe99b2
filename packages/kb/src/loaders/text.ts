import { marked, type Token, type Tokens } from 'marked';
import type { LoadedUnit } from './unit.js';

/** Plain text: paragraphs (split on blank lines), chunked later. */
export function loadText(text: string): LoadedUnit[] {
  return text
    .split(/\r?\n\s*\r?\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => ({ kind: 'passage', text: p, atomic: false }));
}

/**
 * Markdown through marked's lexer: every block keeps the path of headings above it
 * (`["Shipping", "International"]`); tables become one record per row.
 */
export function loadMarkdown(text: string): LoadedUnit[] {
  const units: LoadedUnit[] = [];
  const headings: string[] = [];
  for (const token of marked.lexer(text)) {
    if (token.type === 'heading') {
      const heading = token as Tokens.Heading;
      headings.length = Math.max(0, heading.depth - 1);
      headings[heading.depth - 1] = plain(heading.tokens).trim();
      continue;
    }
    const headingPath = headings.filter(Boolean);
    const base = { kind: 'passage' as const, headingPath, context: headingPath.join(' › ') };
    if (token.type === 'table') {
      const table = token as Tokens.Table;
      const header = table.header.map((c) => plain(c.tokens).trim());
      for (const row of table.rows) {
        const cells = row.map((c, i) => {
          const value = plain(c.tokens).trim();
          return value ? `${header[i] || `Column ${i + 1}`}: ${value}` : '';
        });
        const recordText = cells.filter(Boolean).join(' · ');
        if (recordText) units.push({ ...base, text: recordText, atomic: true });
      }
      continue;
    }
    const body = blockText(token).trim();
    if (body) units.push({ ...base, text: body, atomic: false });
  }
  return units;
}

function blockText(token: Token): string {
  switch (token.type) {
    case 'space':
    case 'hr':
    case 'def':
      return '';
    case 'list':
      return (token as Tokens.List).items
        .map((item) => `- ${plain(item.tokens).trim()}`)
        .join('\n');
    case 'code':
      return (token as Tokens.Code).text;
    case 'html':
      return (token as Tokens.HTML).text.replace(/<[^>]*>/g, ' ');
    default:
      return 'tokens' in token && token.tokens ? plain(token.tokens) : (token.raw ?? '');
  }
}

/** The visible text of inline tokens (emphasis, links and code spans unwrapped). */
function plain(tokens: Token[] | undefined): string {
  if (!tokens) return '';
  return tokens
    .map((t) => {
      if (t.type === 'br') return '\n';
      if (t.type === 'list') return blockText(t);
      if ('tokens' in t && t.tokens && t.tokens.length > 0) return plain(t.tokens);
      return 'text' in t && typeof t.text === 'string' ? t.text : '';
    })
    .join('');
}
