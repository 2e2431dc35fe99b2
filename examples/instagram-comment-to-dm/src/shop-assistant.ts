import type { Assistant } from '@parley/core';
import { contentText, foldText } from '@parley/core';

const answers: Array<[RegExp, string]> = [
  [
    /catalog|katalog|yes|ya|mau/,
    'Here it is: https://shop.example/catalogue. Which motif do you like?',
  ],
  [/ship|kirim|ongkir/, 'We ship all over Indonesia in 2–4 days; Jakarta and Solo next day.'],
  [/size|ukuran/, 'Our shirts come in S to XXL; the size chart is on every product page.'],
];

/**
 * A tiny offline assistant for the example: keyword answers, and a handoff to the
 * team for anything else. Swap in `openaiAssistant` from `@parley/assistant` for AI.
 */
export const shopAssistant: Assistant = {
  async respond(input) {
    const text = foldText(input.turn.map((m) => contentText(m.content)).join(' '));
    for (const [pattern, answer] of answers) {
      if (pattern.test(text)) return { type: 'reply', messages: [{ type: 'text', text: answer }] };
    }
    return {
      type: 'handoff',
      reason: 'no canned answer',
      message: 'Let me get a colleague for you, one moment!',
    };
  },
};
