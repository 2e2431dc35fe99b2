import { ParleyError } from '../errors.js';
import { parseOrThrow } from '../util/zod-error.js';
import { type AssistantOptions, assistantOptionsSchema } from './options.js';
import type { DeskRuntime } from './runtime.js';

export function registerAssistant(
  rt: DeskRuntime,
  options: AssistantOptions,
  path = 'assistant',
): void {
  const config = parseOrThrow(assistantOptionsSchema, options, `${path} options`);
  if (rt.assistants.has(config.id)) {
    throw new ParleyError(
      'CONFIG_INVALID',
      `Assistant id "${config.id}" is used twice; give each assistant its own id.`,
      {
        details: { path: `${path}.id` },
      },
    );
  }
  rt.assistants.set(config.id, config);
}
