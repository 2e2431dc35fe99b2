import { ParleyError } from '../errors.js';
import { DEFAULT_TENANT } from '../model/records.js';
import { parseOrThrow } from '../util/zod-error.js';
import { type AssistantConfig, type AssistantOptions, assistantOptionsSchema } from './options.js';
import { validateReferences } from './references.js';
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
  if (rt.assistants.has(config.tenantId, config.id)) {
    throw new ParleyError(
      'CONFIG_INVALID',
      `Assistant id "${config.id}" is used twice in tenant "${config.tenantId}"; give each assistant of a tenant its own id.`,
      {
        details: { path: `${path}.id` },
      },
    );
  }
  rt.assistants.set(config.tenantId, config.id, config);
  return config.id;
}

/**
 * Assistants at runtime. Ids are the tenant's own (PL1): a tenant view adds and removes
 * only its tenant's; the desk root the default tenant's unless told `{ tenantId }`.
 */
export interface Assistants {
  add(options: AssistantOptions): void;
  remove(assistantId: string, options?: { tenantId?: string }): void;
}

export function createAssistants(rt: DeskRuntime, bound?: string): Assistants {
  const tenantOf = (asked: string | undefined): string => {
    if (bound === undefined) return asked ?? DEFAULT_TENANT;
    if (asked !== undefined && asked !== bound)
      throw new ParleyError(
        'INPUT_INVALID',
        `This is tenant "${bound}"'s view; use desk.tenant("${asked}").assistants for that tenant.`,
      );
    return bound;
  };
  return {
    add(options) {
      const tenantId = tenantOf(options.tenantId);
      const id = registerAssistant(rt, { ...options, tenantId });
      try {
        validateReferences(rt);
      } catch (e) {
        rt.assistants.delete(tenantId, id);
        throw e;
      }
    },
    remove(assistantId, options = {}) {
      const tenantId = tenantOf(options.tenantId);
      if (!rt.assistants.delete(tenantId, assistantId))
        throw new ParleyError(
          'NOT_FOUND',
          `No assistant "${assistantId}" in tenant "${tenantId}".`,
        );
    },
  };
}
