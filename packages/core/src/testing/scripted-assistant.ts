import type { Assistant, AssistantInput, AssistantResult } from '../assistant/assistant.js';
import { contentText } from '../model/content.js';

export type ScriptedReply = string | AssistantResult;
export type ScriptFn = (
  input: AssistantInput,
  options: { signal: AbortSignal },
) => ScriptedReply | Promise<ScriptedReply>;

export interface ScriptedAssistant extends Assistant {
  /** Every input the assistant was given, oldest first. */
  readonly calls: AssistantInput[];
  /** Replaces the script (e.g. per test). */
  setScript(script: ScriptFn | ScriptedReply[]): void;
}

/**
 * A deterministic assistant for tests: a function of the input, or a list of replies
 * used in order (then it echoes). Default: echoes the turn's text as "echo: ...".
 */
export function scriptedAssistant(script?: ScriptFn | ScriptedReply[]): ScriptedAssistant {
  const calls: AssistantInput[] = [];
  let fn: ScriptFn = toFn(script);
  return {
    calls,
    setScript(next) {
      fn = toFn(next);
    },
    async respond(input, options) {
      calls.push(input);
      const reply = await fn(input, options);
      return typeof reply === 'string'
        ? { type: 'reply', messages: [{ type: 'text', text: reply }] }
        : reply;
    },
    async summarize(input) {
      return input.history.map((m) => contentText(m.content)).join(' / ');
    },
  };
}

const echo: ScriptFn = (input) =>
  `echo: ${input.turn.map((m) => contentText(m.content)).join(' + ')}`;

function toFn(script: ScriptFn | ScriptedReply[] | undefined): ScriptFn {
  if (script === undefined) return echo;
  if (typeof script === 'function') return script;
  const queue = [...script];
  return (input, options) =>
    queue.length > 0 ? (queue.shift() as ScriptedReply) : echo(input, options);
}
