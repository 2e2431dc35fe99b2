/**
 * Splits text into parts of at most `max` characters, preferring paragraph, then
 * sentence, then word breaks, so a long reply reads naturally on channels with limits.
 */
export function splitText(text: string, max: number): string[] {
  const parts: string[] = [];
  let rest = text.trim();
  while (rest.length > max) {
    const window = rest.slice(0, max + 1);
    const cut =
      lastBreak(window, /\n\s*\n/g, max) ??
      lastBreak(window, /[.!?…。](?=\s)/g, max, 1) ??
      lastBreak(window, /\s/g, max) ??
      max;
    parts.push(rest.slice(0, cut).trim());
    rest = rest.slice(cut).trim();
  }
  if (rest.length > 0) parts.push(rest);
  return parts;
}

/** End index of the last match of `pattern` in the back half of `window`. */
function lastBreak(window: string, pattern: RegExp, max: number, keep = 0): number | undefined {
  let found: number | undefined;
  for (const m of window.matchAll(pattern)) {
    const end = m.index + keep;
    if (end <= max && end >= max / 2) found = end;
  }
  return found;
}
