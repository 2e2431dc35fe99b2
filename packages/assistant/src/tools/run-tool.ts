import type { Clock, Logger } from '@parley/core';
import { formatIssues } from '@parley/core/internal';
import { withDeadline } from '../util/deadline.js';
import type { AssistantTool, ToolContext } from './define-tool.js';

/** What became of one tool call; `content` goes back to the model. */
export interface ToolOutcome {
  name: string;
  ok: boolean;
  content: string;
  /** What went wrong, for logs and tests. */
  error?: string;
}

export interface RunToolOptions {
  clock: Clock;
  logger: Logger;
  timeoutMs: number;
  maxResultChars: number;
}

/**
 * Runs one tool call of the model. Nothing here throws: an unknown tool, arguments
 * that are not JSON or fail the schema, a timeout or a throwing tool all become an
 * error result the model reads, so the conversation goes on.
 */
export async function runTool(
  tools: ReadonlyMap<string, AssistantTool>,
  call: { name: string; arguments: string },
  context: ToolContext,
  options: RunToolOptions,
): Promise<ToolOutcome> {
  const fail = (error: string): ToolOutcome => {
    options.logger.warn('assistant tool call failed', { tool: call.name, error });
    return { name: call.name, ok: false, content: JSON.stringify({ error }), error };
  };
  const tool = tools.get(call.name);
  if (!tool) {
    return fail(
      `There is no tool named "${call.name}". Use only these tools: ${[...tools.keys()].join(', ') || '(none)'}.`,
    );
  }
  let raw: unknown;
  try {
    raw = call.arguments.trim() === '' ? {} : JSON.parse(call.arguments);
  } catch {
    return fail(`The arguments for "${call.name}" are not valid JSON. Send a JSON object.`);
  }
  const parsed = tool.parameters.safeParse(raw);
  if (!parsed.success) {
    return fail(
      `Invalid arguments for "${call.name}": ${formatIssues(parsed.error)}. Fix them and call again.`,
    );
  }
  try {
    const result = await withDeadline(
      options.clock,
      tool.timeoutMs ?? options.timeoutMs,
      context.signal,
      `Tool "${call.name}"`,
      (signal) => Promise.resolve(tool.execute(parsed.data, { ...context, signal })),
    );
    return { name: call.name, ok: true, content: serialise(result, options.maxResultChars) };
  } catch (e) {
    if (context.signal.aborted) throw e;
    return fail(
      `The tool "${call.name}" failed: ${(e as Error)?.message ?? String(e)}. Do not retry it in this turn.`,
    );
  }
}

function serialise(result: unknown, max: number): string {
  const text = typeof result === 'string' ? result : (JSON.stringify(result) ?? 'null');
  return text.length <= max ? text : `${text.slice(0, max)}… [truncated]`;
}
