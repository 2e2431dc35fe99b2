import { expect } from 'vitest';
import { findHumanRequest, requestByRules } from '../takeover/human-request.js';

/** Each text is read by the rules as a request for a person (the scorer aside). */
export function asksByRules(texts: readonly string[]): void {
  for (const text of texts) expect(requestByRules(text), text).toBeDefined();
}

/** No text is read as a request for a person, by the rules or the scorer. */
export function asksNobody(texts: readonly string[]): void {
  for (const text of texts) expect(findHumanRequest(text), text).toBeUndefined();
}
