import type { Contact } from '@parley/core';
import { ParleyError } from '@parley/core';
import { z } from 'zod';

/** What a tool's `execute` knows about the turn it runs in. */
export interface ToolContext {
  tenantId: string;
  assistantId: string;
  conversationId: string;
  contact: Contact;
  channel: { id: string; kind: string };
  /** Aborted on takeover, timeout, or when the turn is superseded. */
  signal: AbortSignal;
}

/**
 * A function the model may call. `parameters` is a zod (v4) object schema: it becomes
 * the JSON schema the model sees, and the model's arguments are validated against it
 * before `execute` runs. What `execute` returns is sent back to the model as JSON
 * (a string as is). A tool that throws never breaks the conversation: the model is
 * told it failed and carries on.
 */
export interface AssistantTool<S extends z.ZodType = z.ZodType> {
  name: string;
  description: string;
  parameters: S;
  execute(args: z.output<S>, context: ToolContext): unknown | Promise<unknown>;
  /** Longest the tool may run (default: the assistant's `toolTimeoutMs`). */
  timeoutMs?: number;
  /**
   * The JSON schema shown to the model, when it does not come from `parameters`
   * (tools whose schema is already JSON, like `@parley/kb`'s external knowledge).
   */
  jsonSchema?: Record<string, unknown>;
}

/** The names the assistant defines itself; host tools cannot take them. */
export const reservedToolNames = ['search_knowledge', 'handoff_to_human'] as const;

const toolName = /^[a-zA-Z0-9_-]{1,64}$/;

/**
 * Declares a host tool. Checks the name and converts the schema right away, so a bad
 * tool fails at start-up rather than in a customer's conversation.
 */
export function defineTool<S extends z.ZodType>(tool: AssistantTool<S>): AssistantTool<S> {
  if (typeof tool !== 'object' || tool === null) {
    throw new ParleyError(
      'CONFIG_INVALID',
      'defineTool expects { name, description, parameters, execute }.',
    );
  }
  if (!toolName.test(tool.name ?? '')) {
    throw new ParleyError(
      'CONFIG_INVALID',
      `Tool name "${tool.name}" is invalid: use 1-64 letters, digits, "_" or "-" (e.g. "check_stock").`,
    );
  }
  if (typeof tool.description !== 'string' || tool.description.trim() === '') {
    throw new ParleyError(
      'CONFIG_INVALID',
      `Tool "${tool.name}" needs a description: the model decides when to call it from that text.`,
    );
  }
  if (typeof tool.execute !== 'function') {
    throw new ParleyError(
      'CONFIG_INVALID',
      `Tool "${tool.name}" needs an execute(args, context) function.`,
    );
  }
  toolParametersSchema(tool);
  return tool;
}

// Converting a zod schema walks it whole; tools and their schemas live as long as the
// assistant, so each is converted once.
const converted = new WeakMap<object, Record<string, unknown>>();

/** The JSON schema the model sees for a tool's parameters. */
export function toolParametersSchema(tool: AssistantTool): Record<string, unknown> {
  const key = tool.jsonSchema ?? tool.parameters;
  let schema = converted.get(key);
  if (!schema) {
    schema = convert(tool);
    converted.set(key, schema);
  }
  return schema;
}

function convert(tool: AssistantTool): Record<string, unknown> {
  let schema: Record<string, unknown>;
  if (tool.jsonSchema) {
    const { $schema: _drop, ...rest } = tool.jsonSchema;
    return rest.type === 'object' ? rest : { type: 'object', properties: {}, ...rest };
  }
  try {
    schema = z.toJSONSchema(tool.parameters, { io: 'input', unrepresentable: 'any' }) as Record<
      string,
      unknown
    >;
  } catch (e) {
    throw new ParleyError(
      'CONFIG_INVALID',
      `Tool "${tool.name}": its parameters must be a zod v4 schema such as z.object({ sku: z.string() }) (${(e as Error).message}).`,
      { cause: e },
    );
  }
  if (schema.type !== 'object') {
    throw new ParleyError(
      'CONFIG_INVALID',
      `Tool "${tool.name}": parameters must be a z.object({...}); function arguments are always an object.`,
    );
  }
  const { $schema: _drop, ...rest } = schema;
  return rest;
}
