import { DOC_SEPARATOR } from '../codec/pg-text.js';

/**
 * `$n::type[]` for `unnest`, written so a prepared statement's plan is made once.
 *
 * For an array given as a constant the planner estimates `unnest` from its length, so a
 * plan made for the values at hand (a custom plan) always looks cheaper than the plan
 * made once for any values (the generic plan, which assumes 10 elements), and Postgres
 * plans the statement again on every call. A scalar sub-select hides the length from both,
 * the costs agree, and the generic plan is kept from the sixth call on. The plans are the
 * same (index lookups per element); measured on a local server, planning took 0.47 ms of
 * an inbound read's 0.68 ms, and a group write's bind step 0.73 ms.
 */
function arrayParam(n: number, type: string): string {
  if (type === JSON_DOCS) return `(SELECT string_to_array($${n}::text, chr(30)))`;
  return `(SELECT $${n}::${type}[])`;
}

/**
 * A column of JSON documents, sent as one text of documents joined by U+001E and split on
 * the server: JSON text never holds a raw control character (JSON.stringify escapes them),
 * so no document needs the quoting a text[] literal would give it, which cost the desk a
 * pass over every document and the server another to undo it.
 */
export const JSON_DOCS = 'json-docs';

/** The parameter for a `JSON_DOCS` column. */
export function joinDocs(docs: readonly string[]): string {
  return docs.join(DOC_SEPARATOR);
}

/** `unnest` over array parameters $first.. of these element types, one per column. */
export function unnestParams(first: number, types: readonly string[]): string {
  return `unnest(${types.map((type, i) => arrayParam(first + i, type)).join(', ')})`;
}
