import { leaksCanary } from './leak-canary.js';

/**
 * What of a streaming reply the customer may see while it is written: never past the
 * reply cap, never the leak canary. The last characters are held back until more text
 * follows, so a canary arriving in pieces is caught before any piece is shown; once it
 * appears, the draft stops (the blocked reply becomes a handoff and the draft is removed).
 */
export function guardDraft(
  draft: (textSoFar: string) => void,
  canary: string | undefined,
  maxChars: number,
): (textSoFar: string) => void {
  // Case and spacing are ignored when matching, so hold back room for spaces too.
  const holdBack = canary ? canary.length * 2 : 0;
  let stopped = false;
  let shown = '';
  return (text) => {
    if (stopped) return;
    if (leaksCanary(text, canary)) {
      stopped = true;
      return;
    }
    const visible = text.slice(0, Math.min(maxChars, Math.max(0, text.length - holdBack)));
    // A new model round starts from empty text: that is passed on (the adapter resets).
    if (visible === shown || (visible.length === 0 && shown.length === 0)) return;
    shown = visible;
    draft(visible);
  };
}
