import type { AssistantUsage, Clock, Logger } from '@parley/core';
import { ParleyError } from '@parley/core';
import type {
  ChatCompletion,
  ChatCompletionCreateParamsNonStreaming,
  ChatCompletionFunctionTool,
  ChatCompletionMessageParam,
  ChatCompletionMessageToolCall,
} from 'openai/resources/chat/completions';
import { estimateTokens } from '../output/tokens.js';
import type { AssistantTool, ToolContext } from '../tools/define-tool.js';
import { toolParametersSchema } from '../tools/define-tool.js';
import { handoffParameters, handoffTool } from '../tools/handoff-tool.js';
import { runTool, type ToolOutcome } from '../tools/run-tool.js';
import { costOf, type PriceTable } from '../usage/prices.js';
import type { ChatCaller } from './chat-call.js';

export interface ChatSettings {
  model: string;
  temperature?: number;
  topP?: number;
  maxOutputTokens: number;
  tokenLimitParameter: 'max_completion_tokens' | 'max_tokens';
  extraBody: Record<string, unknown>;
  maxToolRounds: number;
  toolTimeoutMs: number;
  maxToolResultChars: number;
  prices: PriceTable;
}

export type ChatOutcome = (
  | { type: 'text'; text: string; finishReason: string }
  | { type: 'handoff'; reason: string; summary?: string; message?: string }
) & { usage: AssistantUsage[]; tools: ToolOutcome[] };

/** Definitions of `tools` for the request, the handoff tool last. */
export function toolDefinitions(tools: Iterable<AssistantTool>): ChatCompletionFunctionTool[] {
  return [...tools, handoffTool as AssistantTool].map((tool) => ({
    type: 'function',
    function: {
      name: tool.name,
      description: tool.description,
      parameters: toolParametersSchema(tool),
    },
  }));
}

/**
 * The model ↔ tools loop of one turn. Only tools in `tools` (plus the handoff tool)
 * run; any other name the model produces is answered with an error. After
 * `maxToolRounds` rounds the model is asked to answer without tools.
 */
export async function runChat(args: {
  call: ChatCaller;
  settings: ChatSettings;
  messages: ChatCompletionMessageParam[];
  tools: ReadonlyMap<string, AssistantTool>;
  context: ToolContext;
  clock: Clock;
  logger: Logger;
  /** Streams the reply's text so far (channels that can show it as it is written). */
  draft?: (textSoFar: string) => void;
}): Promise<ChatOutcome> {
  const { settings, context } = args;
  const messages = [...args.messages];
  const definitions = toolDefinitions(args.tools.values());
  const usage: AssistantUsage[] = [];
  const outcomes: ToolOutcome[] = [];
  for (let round = 0; ; round++) {
    const lastRound = round >= settings.maxToolRounds;
    const body = requestBody(settings, messages, definitions, lastRound);
    const response = await args.call(body, context.signal, args.draft);
    usage.push(usageOf(response, body, settings));
    const choice = response.choices?.[0];
    if (!choice?.message) {
      throw new ParleyError(
        'ASSISTANT_FAILED',
        `The model server returned no choices for "${settings.model}".`,
      );
    }
    const calls = choice.message.tool_calls ?? [];
    const handoff = calls.find((c) => callName(c) === handoffTool.name);
    if (handoff) return { ...handoffOutcome(handoff), usage, tools: outcomes };
    const text = choice.message.content?.trim() ?? '';
    if (calls.length > 0 && !lastRound) {
      messages.push({
        role: 'assistant',
        content: choice.message.content ?? null,
        tool_calls: calls,
      });
      for (const call of calls) {
        const outcome = await runTool(
          args.tools,
          {
            name: callName(call),
            arguments: call.type === 'function' ? call.function.arguments : '',
          },
          context,
          {
            clock: args.clock,
            logger: args.logger,
            timeoutMs: settings.toolTimeoutMs,
            maxResultChars: settings.maxToolResultChars,
          },
        );
        outcomes.push(outcome);
        messages.push({ role: 'tool', tool_call_id: call.id, content: outcome.content });
      }
      continue;
    }
    if (text === '') {
      throw new ParleyError(
        'ASSISTANT_FAILED',
        calls.length > 0
          ? `The model kept calling tools after ${settings.maxToolRounds} rounds without answering; raise \`maxToolRounds\` or simplify the tools.`
          : `The model "${settings.model}" returned an empty reply (finish reason: ${choice.finish_reason}).`,
      );
    }
    return { type: 'text', text, finishReason: choice.finish_reason, usage, tools: outcomes };
  }
}

function requestBody(
  settings: ChatSettings,
  messages: ChatCompletionMessageParam[],
  definitions: ChatCompletionFunctionTool[],
  lastRound: boolean,
): ChatCompletionCreateParamsNonStreaming {
  return {
    ...settings.extraBody,
    model: settings.model,
    messages: [...messages],
    tools: definitions,
    tool_choice: lastRound ? 'none' : 'auto',
    [settings.tokenLimitParameter]: settings.maxOutputTokens,
    ...(settings.temperature !== undefined && { temperature: settings.temperature }),
    ...(settings.topP !== undefined && { top_p: settings.topP }),
    stream: false,
  };
}

function callName(call: ChatCompletionMessageToolCall): string {
  return call.type === 'function' ? call.function.name : call.custom.name;
}

/** The model asked for a person: honour it even when its arguments are malformed. */
function handoffOutcome(call: ChatCompletionMessageToolCall) {
  let raw: unknown = {};
  try {
    raw = JSON.parse(call.type === 'function' ? call.function.arguments : '{}');
  } catch {
    // The intent is clear from the tool name; the reason and summary are optional extras.
  }
  const parsed = handoffParameters.partial().safeParse(raw);
  const args = parsed.success ? parsed.data : {};
  return {
    type: 'handoff' as const,
    reason: `model-handoff: ${args.reason ?? 'the model asked for a person'}`,
    ...(args.summary !== undefined && { summary: args.summary }),
    ...(args.message !== undefined && args.message.trim() !== '' && { message: args.message }),
  };
}

/** Tokens and cost of one call; estimated when the server reports no usage. */
export function usageOf(
  response: ChatCompletion,
  body: ChatCompletionCreateParamsNonStreaming,
  settings: Pick<ChatSettings, 'model' | 'prices'>,
): AssistantUsage {
  const reported = response.usage;
  const message = response.choices?.[0]?.message;
  const inputTokens = reported?.prompt_tokens ?? estimateTokens(JSON.stringify(body.messages));
  const outputTokens =
    reported?.completion_tokens ??
    estimateTokens((message?.content ?? '') + JSON.stringify(message?.tool_calls ?? ''));
  const tokens = {
    inputTokens,
    outputTokens,
    cachedInputTokens: reported?.prompt_tokens_details?.cached_tokens ?? 0,
  };
  const cost =
    costOf(settings.model, tokens, settings.prices) ||
    (response.model ? costOf(response.model, tokens, settings.prices) : 0);
  return { model: settings.model, inputTokens, outputTokens, cost };
}
