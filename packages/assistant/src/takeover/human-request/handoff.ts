/** Rule: a word handing the conversation over ("escalate my case", "me transfere"). */

import type { RequestWords } from '../human-request-words.js';
import { clauseEnd, clauseStart, tails } from './clauses.js';
import { places } from './exists.js';
import { callees, joiners, subjects } from './phone.js';

/** Words for what is handed over: "escalate my case", "escala meu chamado". */
const cases = new Set(
  'case ticket issue problem complaint order caso chamado pedido problema reclamacao kasus masalah tiket pesanan komplain reclamo queja'.split(
    ' ',
  ),
);

/**
 * A handoff word opening its clause, on what is handed over only: "please escalate my
 * case", "eskalasi dong", "escala meu caso pfv", "transbordo pra atendente". "escala de
 * tamanhos" (a size chart) goes on with other words and stays a question.
 */
export function handoffAsked(
  words: string[],
  ends: Set<number>,
  w: RequestWords,
  roles: Set<string>,
): string | undefined {
  const handoffs = new Set(w.handoffs);
  // A verb handing the customer over, aimed at them: "me transfere pfv", "transfer me", "¿me derivas?".
  const wants = new Set(w.wants);
  const selves = new Set(w.selves);
  const handing = new Set(w.verbs.filter((x) => !wants.has(x) && !generic.has(x)));
  const before = new Set([
    ...w.fillers,
    ...w.permits,
    ...w.wants,
    ...w.modals,
    ...callees,
    ...subjects,
    ...w.selves,
  ]);
  const after = new Set([
    ...w.fillers,
    ...objects,
    ...w.owns,
    ...w.links,
    ...roles,
    ...tails,
    ...cases,
    ...places,
  ]);
  const bareBefore = new Set([...w.fillers, ...w.permits]);
  for (let i = 0; i < words.length; i++) {
    // "me cansé del bot… Pásame.": a verb carrying the customer ("pásame", "transfiéreme",
    // "comunícame") alone in its clause, with filler only, hands them over (ADR 0590).
    // With anything after it ("pásame el link", "pásame eso") it gives a thing.
    if (selfHanding.has(words[i]!)) {
      const b = clauseStart(words, ends, i, bareBefore);
      const k = clauseEnd(words, ends, i, new Set(w.fillers));
      if ((b === 0 || ends.has(b - 1)) && (ends.has(k) || k === words.length - 1))
        return words.slice(b, k + 1).join(' ');
    }
    const handoff = handoffs.has(words[i]!);
    if (!handoff && !(selves.size > 0 && handing.has(words[i]!))) continue;
    const b = clauseStart(words, ends, i, before);
    if (b > 0 && !ends.has(b - 1) && !joiners.has(words[b - 1]!)) continue;
    const k = clauseEnd(words, ends, i, after);
    if (!ends.has(k)) continue;
    const span = words.slice(b, k + 1);
    if (handoff || span.some((x) => selves.has(x))) return span.join(' ');
  }
  return undefined;
}

/** Spanish imperatives handing the customer over, the pronoun joined: "pásame", "transfiéreme". */
const selfHanding = new Set(
  'pasame pasenme transfiereme transfieranme comunicame comuniquenme derivame'.split(' '),
);

/** Verbs of giving anything, which hand nobody over on their own: "give me", "get me", "dame". */
const generic = new Set('give get put dame ponme da'.split(' '));
/** Words for what a handoff acts on: "escalate this", "escala isso". */
export const objects = new Set('this it that isso isto esto eso ini itu'.split(' '));
