import { ParleyError } from '../errors.js';
import { parseOrThrow } from '../util/zod-error.js';
import { type AssistantConfig, type AssistantOptions, assistantOptionsSchema } from './options.js';
import type { DeskRuntime } from './runtime.js';

export function registerAssistant(
  rt: DeskRuntime,
  options: AssistantOptions,
  path = 'assistant',
): string {
  return addAssistantConfig(
    rt,
    parseOrThrow(assistantOptionsSchema, options, `${path} options`),
    path,
  );
}

/** Registers an assistant whose options are already validated. */
export function addAssistantConfig(
  rt: DeskRuntime,
  config: AssistantConfig,
  path = 'assistant',
): string {
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
  return config.id;
}
