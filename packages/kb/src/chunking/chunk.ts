import type { ChunkContent, LoadedUnit } from '../loaders/unit.js';
import type { Citation, Language } from '../types.js';

/** A chunk before it belongs to a document: what the index stores and cites. */
export interface ChunkDraft extends ChunkContent {
  citation: Omit<Citation, 'documentId' | 'file'>;
  language?: Language;
  /** P-38: the unit's text is hidden in the file (see `LoadedUnit.hidden`). */
  hidden?: string;
}

export interface ChunkOptions {
  /** Target size of a prose chunk in characters (default 1,000). */
  maxChars?: number;
  /** Characters of the previous chunk repeated at the start of the next (default 200). */
  overlapChars?: number;
}

const sentences = new Intl.Segmenter(undefined, { granularity: 'sentence' });

function citationOf(unit: LoadedUnit): ChunkDraft['citation'] {
  const citation: ChunkDraft['citation'] = {};
  if (unit.page !== undefined) citation.page = unit.page;
  if (unit.sheet !== undefined) citation.sheet = unit.sheet;
  if (unit.row !== undefined) citation.row = unit.row;
  if (unit.headingPath && unit.headingPath.length > 0) citation.headingPath = unit.headingPath;
  if (unit.path !== undefined) citation.path = unit.path;
  return citation;
}

/** Units that share a place (page, heading, sheet) are packed together. */
function placeKey(unit: LoadedUnit): string {
  return JSON.stringify([unit.page, unit.sheet, unit.headingPath]);
}

/** A piece of text and what separates it from the piece before (a line break or a space). */
interface Piece {
  text: string;
  sep: string;
}

/** Splits text into pieces no longer than `max`: sentences, then words as a last resort. */
function pieces(text: string, max: number, sep: string): Piece[] {
  if (text.length <= max) return [{ text, sep }];
  const out: Piece[] = [];
  const push = (t: string) => {
    const trimmed = t.trim();
    if (trimmed) out.push({ text: trimmed, sep: out.length === 0 ? sep : ' ' });
  };
  for (const { segment } of sentences.segment(text)) {
    if (segment.length <= max) {
      push(segment);
      continue;
    }
    let line = '';
    for (const word of segment.split(/(\s+)/)) {
      if (line.length + word.length > max && line.trim()) {
        push(line);
        line = '';
      }
      line += word;
    }
    push(line);
  }
  return out;
}

/** Greedy packing with overlap: the tail of a full chunk opens the next one. */
function pack(parts: Piece[], max: number, overlap: number): string[] {
  const chunks: string[] = [];
  let current: Piece[] = [];
  let length = 0;
  const text = (list: Piece[]) => list.map((p, i) => (i === 0 ? p.text : p.sep + p.text)).join('');
  for (const part of parts) {
    if (length + part.text.length > max && current.length > 0) {
      chunks.push(text(current));
      const tail: Piece[] = [];
      let tailLength = 0;
      for (let i = current.length - 1; i >= 0; i--) {
        const size = current[i]!.text.length + 1;
        if (tailLength + size > overlap) break;
        tail.unshift(current[i]!);
        tailLength += size;
      }
      current = tail;
      length = tailLength;
    }
    current.push(part);
    length += part.text.length + part.sep.length;
  }
  if (current.length > 0) chunks.push(text(current));
  return chunks.filter(Boolean);
}

/**
 * Cuts units into chunks that keep their citation: records, FAQ pairs and examples
 * stay whole (split only when huge); prose under one page/heading is packed into
 * chunks of about `maxChars`, each overlapping the previous by a sentence or two.
 */
export function chunkUnits(units: LoadedUnit[], options: ChunkOptions = {}): ChunkDraft[] {
  const max = options.maxChars ?? 1000;
  const overlap = options.overlapChars ?? 200;
  const drafts: ChunkDraft[] = [];
  const draft = (unit: LoadedUnit, text: string): ChunkDraft => {
    const d: ChunkDraft = { kind: unit.kind, text, citation: citationOf(unit) };
    if (unit.context) d.context = unit.context;
    if (unit.question !== undefined) d.question = unit.question;
    if (unit.answer !== undefined) d.answer = unit.answer;
    if (unit.alternatives && unit.alternatives.length > 0) d.alternatives = unit.alternatives;
    if (unit.record) d.record = unit.record;
    if (unit.language) d.language = unit.language;
    if (unit.hidden) d.hidden = unit.hidden;
    return d;
  };
  for (let i = 0; i < units.length; ) {
    const unit = units[i]!;
    if (unit.atomic) {
      const texts =
        unit.text.length <= max * 2 ? [unit.text] : pack(pieces(unit.text, max, ' '), max, overlap);
      for (const text of texts) drafts.push(draft(unit, text));
      i++;
      continue;
    }
    const key = placeKey(unit);
    const group: LoadedUnit[] = [];
    while (i < units.length && !units[i]!.atomic && placeKey(units[i]!) === key)
      group.push(units[i++]!);
    const paragraphs = group.flatMap((u) =>
      pieces(u.text.replace(/[ \t]+/g, ' ').trim(), max, '\n'),
    );
    for (const text of pack(paragraphs, max, overlap)) drafts.push(draft(unit, text));
  }
  return drafts;
}
