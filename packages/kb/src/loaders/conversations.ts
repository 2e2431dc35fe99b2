import type { Json } from './json.js';
import type { LoadedUnit } from './unit.js';

/** A turn of an example conversation: the customer's or the business's. */
export interface ExampleTurn {
  from: 'customer' | 'business';
  text: string;
}

/** Who speaks for the customer, in the words hosts and exports use. */
const customerRoles = [
  'customer',
  'user',
  'client',
  'cliente',
  'pelanggan',
  'pembeli',
  'contact',
  'contato',
  'visitor',
  'human',
];
const messageKeys = [
  'messages',
  'turns',
  'conversation',
  'dialog',
  'dialogue',
  'mensagens',
  'pesan',
];
const roleKeys = ['role', 'from', 'sender', 'author', 'speaker', 'who'];
const textKeys = ['text', 'content', 'message', 'body', 'mensagem', 'pesan'];

const fold = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .trim();

function field(record: Record<string, Json>, keys: string[]): Json | undefined {
  for (const [k, v] of Object.entries(record)) if (keys.includes(fold(k))) return v;
  return undefined;
}

const isRecord = (v: Json | undefined): v is Record<string, Json> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function turnsOf(messages: Json | undefined): ExampleTurn[] | undefined {
  if (!Array.isArray(messages) || messages.length === 0) return undefined;
  const turns: ExampleTurn[] = [];
  for (const m of messages) {
    if (!isRecord(m)) return undefined;
    const role = field(m, roleKeys);
    const text = field(m, textKeys);
    if (typeof role !== 'string' || typeof text !== 'string') return undefined;
    turns.push({ from: customerRoles.includes(fold(role)) ? 'customer' : 'business', text });
  }
  return turns;
}

/**
 * Example conversations in JSON: `[{messages: [{role, text}]}]`, a single
 * `{messages: [...]}`, or a bare array of turns. Undefined when the JSON is not that.
 */
export function conversationsFromJson(value: Json): ExampleTurn[][] | undefined {
  const list = Array.isArray(value) ? value : [value];
  const direct = turnsOf(list as Json);
  if (direct) return [direct];
  const conversations: ExampleTurn[][] = [];
  for (const item of list) {
    const turns = isRecord(item) ? turnsOf(field(item, messageKeys)) : undefined;
    if (!turns) return undefined;
    conversations.push(turns);
  }
  return conversations.length > 0 ? conversations : undefined;
}

/**
 * A transcript as text: one turn per line, `Speaker: text`; a blank line between
 * conversations. A speaker named like a customer (Customer, Cliente, Pelanggan, User)
 * is the customer; any other speaker is the business.
 */
export function conversationsFromText(text: string): ExampleTurn[][] {
  return text
    .split(/\r?\n\s*\r?\n/)
    .map((block) => {
      const turns: ExampleTurn[] = [];
      for (const line of block.split(/\r?\n/)) {
        const match = /^\s*([^:]{1,40}):\s*(.+)$/.exec(line);
        if (match) {
          turns.push({
            from: customerRoles.includes(fold(match[1]!)) ? 'customer' : 'business',
            text: match[2]!.trim(),
          });
        } else if (turns.length > 0 && line.trim()) {
          turns[turns.length - 1]!.text += `\n${line.trim()}`;
        }
      }
      return turns;
    })
    .filter((turns) => turns.length > 0);
}

/**
 * Each customer message (consecutive ones merged) with the business reply that
 * follows becomes an example unit; the row is the conversation's number.
 */
export function exampleUnits(conversations: ExampleTurn[][]): LoadedUnit[] {
  const units: LoadedUnit[] = [];
  conversations.forEach((turns, c) => {
    let question = '';
    let answer = '';
    const flush = () => {
      if (question && answer) {
        units.push({
          kind: 'example',
          text: `${question}\n${answer}`,
          question,
          answer,
          row: c + 1,
          atomic: true,
        });
      }
      question = '';
      answer = '';
    };
    for (const turn of turns) {
      if (turn.from === 'customer') {
        if (answer) flush();
        question = question ? `${question}\n${turn.text}` : turn.text;
      } else if (question) {
        answer = answer ? `${answer}\n${turn.text}` : turn.text;
      }
    }
    flush();
  });
  return units;
}
