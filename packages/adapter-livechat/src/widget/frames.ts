import type { ServerFrame, WireContent, WireMessage } from '../protocol.js';

// A hand-written mirror of `serverFrameSchema` (protocol.ts), so zod stays out of the
// browser bundle. `frames.test.ts` runs both over the same samples: keep them in step.

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isStr = (v: unknown, min = 0, max = Number.POSITIVE_INFINITY): v is string =>
  typeof v === 'string' && v.length >= min && v.length <= max;
const optStr = (v: unknown, max?: number) => v === undefined || isStr(v, 0, max);
const isBool = (v: unknown): v is boolean => typeof v === 'boolean';
const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isInt = (v: unknown, min = Number.MIN_SAFE_INTEGER) =>
  Number.isSafeInteger(v) && (v as number) >= min;
const mediaKinds = ['image', 'audio', 'video', 'document'];
const ackStatuses = ['accepted', 'duplicate', 'ignored', 'failed'];

function isOption(o: unknown): boolean {
  return isObj(o) && isStr(o.id, 1, 256) && isStr(o.title, 1, 1000) && optStr(o.description, 1000);
}

export function isWireContent(c: unknown): c is WireContent {
  if (!isObj(c)) return false;
  switch (c.type) {
    case 'text':
      return isStr(c.text, 1);
    case 'choice':
      return isStr(c.optionId, 1, 256) && optStr(c.title, 1000);
    case 'menu':
      return (
        isStr(c.text, 1) &&
        Array.isArray(c.options) &&
        c.options.length >= 1 &&
        c.options.length <= 20 &&
        c.options.every(isOption)
      );
    case 'media':
      return (
        mediaKinds.includes(c.kind as string) &&
        isStr(c.url, 1) &&
        optStr(c.mimeType) &&
        optStr(c.fileName) &&
        optStr(c.caption)
      );
    default:
      return false;
  }
}

function isAuthor(a: unknown): boolean {
  return (
    isObj(a) &&
    (a.kind === 'operator' || a.kind === 'assistant') &&
    (a.name === undefined || isStr(a.name, 1, 200))
  );
}

const isTeam = (t: unknown) =>
  isObj(t) &&
  (t.status === 'online' || t.status === 'away') &&
  optStr(t.replyTime, 200) &&
  (t.replyTime === undefined || (t.replyTime as string).length > 0);

export function isWireMessage(m: unknown): m is WireMessage {
  return (
    isObj(m) &&
    isStr(m.id, 1) &&
    (m.dir === 'in' || m.dir === 'out') &&
    isWireContent(m.content) &&
    isNum(m.at) &&
    (m.read === undefined || isBool(m.read)) &&
    (m.author === undefined || isAuthor(m.author))
  );
}

function isServerFrame(f: unknown): f is ServerFrame {
  if (!isObj(f)) return false;
  switch (f.type) {
    case 'welcome':
      return (
        isInt(f.v) &&
        isStr(f.visitorId, 1) &&
        isStr(f.token, 1) &&
        isBool(f.resumed) &&
        isBool(f.identified) &&
        Array.isArray(f.history) &&
        f.history.every(isWireMessage) &&
        isInt(f.maxMessageChars, 1) &&
        isInt(f.heartbeatMs, 1) &&
        (f.team === undefined || isTeam(f.team)) &&
        (f.upload === undefined ||
          (isObj(f.upload) &&
            isInt(f.upload.maxBytes, 1) &&
            Array.isArray(f.upload.types) &&
            f.upload.types.every((t) => isStr(t))))
      );
    case 'file':
      return isStr(f.id, 1) && isStr(f.mimeType) && isStr(f.data);
    case 'message':
      return isWireMessage(f.message);
    case 'ack':
      return isStr(f.id, 1) && ackStatuses.includes(f.status as string);
    case 'typing':
      return isBool(f.on) && (f.author === undefined || isAuthor(f.author));
    case 'draft':
      return (
        isStr(f.id, 1, 64) &&
        isInt(f.from, 0) &&
        isStr(f.text) &&
        (f.done === undefined || isBool(f.done)) &&
        (f.author === undefined || isAuthor(f.author))
      );
    case 'read':
      return Array.isArray(f.ids) && f.ids.every((id) => isStr(id));
    case 'ping':
      return true;
    default:
      return false;
  }
}

/** Parses one server frame; undefined for anything the protocol does not allow. */
export function parseServerFrame(data: unknown): ServerFrame | undefined {
  if (typeof data !== 'string') return undefined;
  try {
    const frame: unknown = JSON.parse(data);
    return isServerFrame(frame) ? frame : undefined;
  } catch {
    return undefined;
  }
}
