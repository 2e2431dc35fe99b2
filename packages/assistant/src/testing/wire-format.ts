import type { ServerResponse } from 'node:http';
import type { FakeStep, FakeUsage, RecordedRequest } from './fake-steps.js';

/** One completion to send, whatever the transport (JSON or SSE). */
export interface FakeCompletion {
  id: string;
  model: string;
  text: string | null;
  toolCalls?: Array<{
    id: string;
    type: 'function';
    function: { name: string; arguments: string };
  }>;
  finish: string;
  usage?: ReturnType<typeof usageFor>;
}

/** The completion a text or tool-call step stands for, with usage as a server reports it. */
export function completionOf(
  step: Extract<FakeStep, { text: string } | { toolCalls: unknown }>,
  request: RecordedRequest,
  seq: number,
): FakeCompletion {
  const text = 'text' in step ? (step.text ?? null) : null;
  const toolCalls =
    'toolCalls' in step
      ? step.toolCalls.map((c, i) => ({
          id: c.id ?? `call_${seq}_${i}`,
          type: 'function' as const,
          function: {
            name: c.name,
            arguments: typeof c.arguments === 'string' ? c.arguments : JSON.stringify(c.arguments),
          },
        }))
      : undefined;
  const finish = toolCalls ? 'tool_calls' : ('finishReason' in step && step.finishReason) || 'stop';
  const usage = usageFor(step.usage, request.body, (text ?? '') + JSON.stringify(toolCalls ?? ''));
  return {
    id: `chatcmpl-fake-${seq}`,
    model: String(request.body?.model ?? 'fake-model'),
    text,
    finish,
    ...(toolCalls && { toolCalls }),
    ...(usage && { usage }),
  };
}

/** `chat.completion` JSON, as a non-streaming request gets it. */
export function writeCompletion(res: ServerResponse, c: FakeCompletion): void {
  sendJson(res, 200, {
    id: c.id,
    object: 'chat.completion',
    created: Math.floor(Date.now() / 1000),
    model: c.model,
    choices: [
      {
        index: 0,
        message: {
          role: 'assistant',
          content: c.text,
          refusal: null,
          ...(c.toolCalls && { tool_calls: c.toolCalls }),
        },
        finish_reason: c.finish,
        logprobs: null,
      },
    ],
    ...(c.usage && { usage: c.usage }),
  });
}

/**
 * `chat.completion.chunk` events over SSE: the role, the text in `chunkChars` pieces,
 * each tool call's name then its arguments in pieces, the finish reason, usage when
 * `stream_options.include_usage` asked for it, then `[DONE]`.
 */
export function writeStream(
  res: ServerResponse,
  c: FakeCompletion,
  chunkChars: number,
  includeUsage: boolean,
): void {
  res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
  const base = {
    id: c.id,
    object: 'chat.completion.chunk',
    created: Math.floor(Date.now() / 1000),
    model: c.model,
  };
  const send = (choices: unknown[], extra: Record<string, unknown> = {}) =>
    res.write(`data: ${JSON.stringify({ ...base, choices, ...extra })}\n\n`);
  const delta = (d: Record<string, unknown>, finish: string | null = null) =>
    send([{ index: 0, delta: d, finish_reason: finish, logprobs: null }]);
  const pieces = (text: string) => {
    const out: string[] = [];
    for (let i = 0; i < text.length; i += chunkChars) out.push(text.slice(i, i + chunkChars));
    return out;
  };
  delta({ role: 'assistant', content: '' });
  for (const piece of pieces(c.text ?? '')) delta({ content: piece });
  c.toolCalls?.forEach((call, index) => {
    const { name, arguments: args } = call.function;
    delta({
      tool_calls: [{ index, id: call.id, type: 'function', function: { name, arguments: '' } }],
    });
    for (const piece of pieces(args))
      delta({ tool_calls: [{ index, function: { arguments: piece } }] });
  });
  delta({}, c.finish);
  if (includeUsage && c.usage) send([], { usage: c.usage });
  res.end('data: [DONE]\n\n');
}

export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
}

/** An error body shaped like OpenAI's, so the openai package reads its message. */
export function errorBody(message: string, code: string | null = null) {
  return { error: { message, type: 'invalid_request_error', param: null, code } };
}

/** Scripted usage, or an estimate (4 characters a token) like a real server reports. */
function usageFor(
  scripted: FakeUsage | null | undefined,
  body: { messages?: unknown },
  output: string,
) {
  if (scripted === null) return undefined;
  const prompt =
    scripted?.prompt_tokens ?? Math.ceil(JSON.stringify(body?.messages ?? []).length / 4);
  const completion = scripted?.completion_tokens ?? Math.ceil(output.length / 4);
  return {
    prompt_tokens: prompt,
    completion_tokens: completion,
    total_tokens: prompt + completion,
    prompt_tokens_details: { cached_tokens: scripted?.cached_tokens ?? 0 },
  };
}
