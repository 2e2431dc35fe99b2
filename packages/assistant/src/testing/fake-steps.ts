/** Token counts a scripted step reports; `null` leaves `usage` out of the response. */
export type FakeUsage = {
  prompt_tokens: number;
  completion_tokens: number;
  cached_tokens?: number;
};

export interface FakeToolCall {
  /** Default: `call_<n>`. */
  id?: string;
  name: string;
  /** An object is JSON-encoded; a string is sent as is (so malformed JSON can be scripted). */
  arguments: string | Record<string, unknown>;
}

/** What the server answers to one request. */
export type FakeStep =
  | { text: string; finishReason?: 'stop' | 'length' | 'content_filter'; usage?: FakeUsage | null }
  | { toolCalls: FakeToolCall[]; text?: string; usage?: FakeUsage | null }
  /** An API error: `{ error: 429, headers: { 'retry-after': '2' } }`. */
  | { error: number; message?: string; headers?: Record<string, string> }
  /** A body sent verbatim (malformed JSON, an HTML error page). */
  | { raw: string; status?: number; contentType?: string }
  /** Never answers; the request ends when the client aborts or the server closes. */
  | { hang: true }
  /** Answers `answer` once `after` settles: the test decides when (no real-time delays). */
  | { after: PromiseLike<unknown>; answer: FakeStep };

export interface RecordedRequest {
  method: string;
  path: string;
  headers: Record<string, string | undefined>;
  // biome-ignore lint/suspicious/noExplicitAny: the request body is whatever the client sent
  body: any;
  /** The client went away before the answer was complete (an abort, a timeout). */
  aborted: boolean;
}

/** Decides the answer when no scripted step is queued. */
export type FakeHandler = (request: RecordedRequest) => FakeStep | Promise<FakeStep>;
