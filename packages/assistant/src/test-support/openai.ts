import type { Logger } from '@parley/core';
import { silentLogger } from '@parley/core';
import type { FakeClock } from '@parley/core/testing';
import { openaiAssistant } from '../openai/openai-assistant.js';
import type { OpenAIAssistantOptions } from '../openai/options.js';
import type { FakeOpenAIServer } from '../testing/fake-openai-server.js';
import { type AssistantDesk, type AssistantDeskOptions, assistantDesk } from './desk.js';

export interface OpenAIDesk extends AssistantDesk {
  /** Warnings the assistant logged ("model call failed, retrying", tool failures). */
  warnings: Array<{ message: string; fields?: Record<string, unknown> }>;
}

/** A desk whose assistant `sales` is an openaiAssistant talking to `server`. */
export async function openaiDesk(
  server: FakeOpenAIServer,
  options: Partial<OpenAIAssistantOptions> = {},
  desk: Omit<AssistantDeskOptions, 'assistant'> = {},
): Promise<OpenAIDesk> {
  const warnings: OpenAIDesk['warnings'] = [];
  const logger: Logger = {
    ...silentLogger,
    warn: (message, fields) => {
      warnings.push({ message, ...(fields && { fields }) });
    },
  };
  const t = await assistantDesk({
    ...desk,
    assistant: (clock: FakeClock) =>
      openaiAssistant({
        baseURL: server.baseURL,
        apiKey: 'sk-test',
        model: 'gpt-4o-mini',
        clock,
        logger,
        env: {},
        ...options,
      }),
  });
  return { ...t, warnings };
}

/** The last message of a request, and the tool results it carries. */
export function toolResults(body: { messages: Array<{ role: string; content?: unknown }> }) {
  return body.messages.filter((m) => m.role === 'tool').map((m) => JSON.parse(String(m.content)));
}
