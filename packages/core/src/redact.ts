import type { Logger } from './logger.js';

/** What `redactingLogger` hides. */
export interface RedactionOptions {
  /** Field names whose values are replaced wherever they appear (case-insensitive). */
  paths?: readonly string[];
  /** Levels that are redacted (default info, warn, error; debug is left for local work). */
  levels?: ReadonlyArray<keyof Logger>;
}

/** Field names that hold secrets, personal data or message bodies (P-33). */
export const DEFAULT_REDACT_PATHS = [
  'authorization',
  'cookie',
  'token',
  'accessToken',
  'inboxToken',
  'apiKey',
  'secret',
  'appSecret',
  'webhookSecret',
  'identitySecret',
  'hmac_token',
  'password',
  'phone',
  'email',
  'text',
  'body',
  'caption',
  'pushName',
] as const;

const mask = '[redacted]';
// Secrets first (they may contain digits), then emails, then phone-like digit runs.
const scrubbers: Array<[RegExp, string]> = [
  [/\bwhs(?:ec|k|pk)_[A-Za-z0-9+/=_-]{8,}/g, 'whsec_[redacted]'],
  [/\bBearer\s+[A-Za-z0-9._~+/=-]{8,}/gi, 'Bearer [redacted]'],
  [/\bsk-[A-Za-z0-9_-]{12,}/g, 'sk-[redacted]'],
  [/\beyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}/g, '[redacted-jwt]'],
  [/[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g, '[redacted-email]'],
  // Phone numbers and WhatsApp JIDs: 8+ digits, optional +, spaces, dashes, dots, parens.
  [/\+?\d[\d\s().-]{6,}\d(?:@[a-z.]+)?/g, '[redacted-phone]'],
];

/** Scrubs phones, emails, tokens and secrets out of free text. */
export function scrubText(text: string): string {
  let out = text;
  for (const [pattern, replacement] of scrubbers) out = out.replace(pattern, replacement);
  return out;
}

function scrubValue(value: unknown, paths: Set<string>, depth: number): unknown {
  if (typeof value === 'string') return scrubText(value);
  if (depth > 6 || value === null || typeof value !== 'object') return value;
  if (value instanceof Error) return scrubText(`${value.name}: ${value.message}`);
  if (Array.isArray(value)) return value.map((v) => scrubValue(v, paths, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    out[key] = paths.has(key.toLowerCase()) ? mask : scrubValue(v, paths, depth + 1);
  }
  return out;
}

/**
 * P-33: a logger that hides secrets and personal data before they reach `inner`: listed
 * field names are masked at any depth, and free text (the message and every string
 * field) is scrubbed of phone numbers, emails, bearer tokens, API keys, JWTs and
 * `whsec_` secrets. `createDesk` wraps its logger with it unless `redactLogs: false`.
 */
export function redactingLogger(inner: Logger, options: RedactionOptions = {}): Logger {
  const paths = new Set((options.paths ?? DEFAULT_REDACT_PATHS).map((p) => p.toLowerCase()));
  const levels = new Set(options.levels ?? ['info', 'warn', 'error']);
  const wrap =
    (level: keyof Logger) =>
    (message: string, fields?: Record<string, unknown>): void => {
      if (!levels.has(level)) {
        inner[level](message, fields);
        return;
      }
      const clean = fields && (scrubValue(fields, paths, 0) as Record<string, unknown>);
      inner[level](scrubText(message), clean);
    };
  return { debug: wrap('debug'), info: wrap('info'), warn: wrap('warn'), error: wrap('error') };
}
