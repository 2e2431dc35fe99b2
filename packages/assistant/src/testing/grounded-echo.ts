import type { FakeHandler } from './fake-steps.js';

/**
 * A stand-in model that exercises the whole tool path: it searches the knowledge base
 * with the customer's last message, then answers with the first passage found (an
 * FAQ's answer as is); a summary request gets the customer's lines; anything else
 * is echoed. Deterministic, so demos and benches run without a real model.
 */
export const groundedEcho: FakeHandler = ({ body }) => {
  const messages: Array<{ role: string; content?: unknown }> = body?.messages ?? [];
  const last = messages.at(-1);
  if (last?.role === 'tool') {
    try {
      const data = JSON.parse(String(last.content));
      const passage = data?.passages?.[0];
      if (passage) return { text: String(passage.answer ?? passage.text) };
      if (Array.isArray(data?.passages)) return { text: "Sorry, I don't know that." };
    } catch {
      // Not a knowledge result: fall through to echoing it.
    }
    return { text: String(last.content).slice(0, 500) };
  }
  const lastUser = [...messages].reverse().find((m) => m.role === 'user');
  const text = typeof lastUser?.content === 'string' ? lastUser.content : '';
  const tools: Array<{ function?: { name?: string } }> = body?.tools ?? [];
  if (body?.tool_choice !== 'none' && tools.some((t) => t.function?.name === 'search_knowledge')) {
    return { toolCalls: [{ name: 'search_knowledge', arguments: { query: text } }] };
  }
  // A summary request (the transcript as data, no tools): condense the customer's lines.
  const said = text
    .split('\n')
    .filter((line) => line.startsWith('Customer: '))
    .map((line) => line.slice('Customer: '.length));
  if (said.length > 0) return { text: `The customer wrote: ${said.join(' / ')}` };
  return { text: `echo: ${text}` };
};
