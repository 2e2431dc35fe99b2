/**
 * Roles named but not asked for (ADR 0550): what the customer compares the chat with ("easier
 * than calling someone", "mending chat gini daripada nelpon orang") and a job
 * the customer asks about ("ada lowongan admin?", "vacancy for a sales
 * assistant?").
 */

import { wantWords } from './past.js';

/** Words of comparing, after which the thing compared with is not wanted: "than", "daripada", "do que", "en vez de". */
const thans = new Set('than daripada drpd ketimbang dibanding dibandingkan'.split(' '));
/** Two-word comparisons: Portuguese "do que", "em vez", Spanish "en vez", "en lugar". */
const thanPairs = new Set(['do que', 'em vez', 'ao inves', 'en vez', 'en lugar', 'instead of']);

/**
 * Roles after a comparison, to the end of their clause, become a neutral mark: the customer
 * prefers the chat to them ("I'd rather keep chatting than call someone"). What comes before
 * stays ("I'd prefer one of your team rather than the chatbot").
 */
export function withoutCompared(words: string[], ends: Set<number>, roles: Set<string>): string[] {
  const out = [...words];
  for (let i = 0; i < out.length; i++) {
    const pair = `${out[i]} ${out[i + 1] ?? ''}`;
    if (!thans.has(out[i]!) && !(thanPairs.has(pair) && !ends.has(i))) continue;
    for (let k = i + 1; k < out.length; k++) {
      // "en vez de hablar con el bot quiero hablar con una persona": a want asks anew.
      if (ends.has(k - 1) || wantWords.has(out[k]!)) break;
      if (roles.has(out[k]!)) out[k] = '_';
    }
  }
  return out;
}

/**
 * Words of keeping a number for later: save, keep, simpan, catat, salvar, anotar, guardar,
 * in their everyday and affixed forms too ("buat disimpen aja", "nyimpen", "dicatet",
 * "salva aí", "lo guardo", "para tenerlo guardado"; ADR 0590, 0660).
 */
const keeps = new Set(
  'save saving saved keep simpan disimpan simpen disimpen nyimpen nyimpan menyimpan catat dicatat catet dicatet nyatet salvar salva salvo anotar anota anoto anotado anotarlo guardar guardo guardarlo guardado tenerlo agendar'.split(
    ' ',
  ),
);

/** Whether a message keeps something for later (see `keeps`). */
export function keepsForLater(words: readonly string[]): boolean {
  return words.some((x) => keeps.has(x));
}

/**
 * In a message keeping a number for later ("nomor wa admin nya berapa? mau aku simpan dulu",
 * "what's your support number? I'll save it"), roles within three words after a word of
 * a number or contact (or the word before it: "cs number") become a neutral mark: the customer reaches nobody now.
 */
export function withoutKept(words: string[], numbers: Set<string>, roles: Set<string>): string[] {
  if (!keepsForLater(words)) return words;
  const out = [...words];
  for (let i = 0; i < out.length; i++) {
    if (!numbers.has(out[i]!)) continue;
    for (let k = Math.max(0, i - 1); k < out.length && k <= i + 3; k++)
      if (roles.has(out[k]!)) out[k] = '_';
  }
  return out;
}

/** Words of a job asked about: a vacancy, hiring, applying. */
const jobs = new Set(
  'lowongan loker lamar melamar lamaran vacancy vacancies hiring job jobs position vaga vagas emprego vacante vacantes empleo puesto'.split(
    ' ',
  ),
);

/**
 * Roles within three words after a job word ("lowongan admin", "vaga de atendente", "hiring
 * cashiers", "vacante de asesor") become a neutral mark: the customer asks about working as
 * one, not to reach one.
 */
export function withoutJobs(words: string[], ends: Set<number>, roles: Set<string>): string[] {
  const out = [...words];
  for (let i = 0; i < out.length; i++) {
    if (!jobs.has(out[i]!)) continue;
    for (let k = i + 1; k < out.length && k <= i + 3; k++) {
      if (roles.has(out[k]!)) out[k] = '_';
      if (ends.has(k)) break;
    }
  }
  return out;
}

/**
 * Things a shop sells or runs, named after a role: "the Live Agent headset", "a support
 * app", "the sales dashboard". English puts the name before the thing (ADR 0590).
 */
const products = new Set(
  'headset headsets headphones earbuds app apps software plugin plugins kit kits device devices license licence subscription edition model toolkit widget dashboard template'.split(
    ' ',
  ),
);

/**
 * A role right before a product word ("is the live agent headset compatible?") becomes a
 * neutral mark: it names the thing asked about, not someone to reach. A word between
 * ("talk to support in the app") keeps the role.
 */
export function withoutProducts(words: string[], ends: Set<number>, roles: Set<string>): string[] {
  const out = [...words];
  for (let i = 0; i + 1 < out.length; i++)
    if (roles.has(out[i]!) && !ends.has(i) && products.has(out[i + 1]!)) out[i] = '_';
  return out;
}
