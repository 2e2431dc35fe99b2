import { ParleyError } from '../errors.js';
import type { DeskRuntime } from './runtime.js';

/** Checks that every id a channel or assistant points at exists in the same tenant. */
export function validateReferences(rt: DeskRuntime): void {
  for (const channel of rt.channels.values()) {
    const route = channel.config.route;
    if (route && 'assistant' in route) {
      const target = rt.assistants.get(route.assistant);
      if (!target || target.tenantId !== channel.config.tenantId) {
        throw new ParleyError(
          'CONFIG_INVALID',
          `Channel "${channel.config.id}" routes to assistant "${route.assistant}", which is not registered in tenant "${channel.config.tenantId}". Add it to createDesk({ assistants }).`,
          { details: { path: `channels.${channel.config.id}.route.assistant` } },
        );
      }
    }
  }
}
