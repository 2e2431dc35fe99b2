import type { Assistant } from '@parley/core';

// The host app's own bot logic: a tiny order-status assistant. In a real app this is
// `openaiAssistant(...)` or `faqAssistant(...)`; the tests below do not care which.
const orders: Record<string, string> = { A100: 'shipped', A200: 'being packed' };

export const shopBot: Assistant = {
  async respond({ turn }) {
    const text = turn.map((m) => (m.content.type === 'text' ? m.content.text : '')).join(' ');
    if (/human|person|atendente|orang/i.test(text)) {
      return {
        type: 'handoff',
        reason: 'customer asked for a person',
        message: 'Connecting you to our team…',
      };
    }
    const order = /\b(A\d{3})\b/i.exec(text)?.[1]?.toUpperCase();
    if (order) {
      const status = orders[order];
      return {
        type: 'reply',
        messages: [
          {
            type: 'text',
            text: status ? `Order ${order} is ${status}.` : `I can't find order ${order}.`,
          },
        ],
      };
    }
    return {
      type: 'reply',
      messages: [
        { type: 'text', text: 'Send me your order number (like A100) and I will check it.' },
      ],
    };
  },
};
