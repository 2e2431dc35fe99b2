import { foldText } from '@parley/core';
import { escapeRegExp } from '../util/regexp.js';

/**
 * Words and phrases of anger, per language, folded (no accents), with a weight:
 * 2 for insults and profanity, 1.5 for threats to complain or accusations of fraud,
 * 1 for strong dissatisfaction. Listed in docs/assistants.md.
 */
// biome-ignore format: lexicon tables read best packed
export const angerLexicon: Record<'en' | 'id' | 'pt' | 'es', Record<string, number>> = {
  en: {
    stupid: 2, idiot: 2, idiots: 2, moron: 2, wtf: 2, damn: 2, crap: 2, 'shut up': 2, bullshit: 2, shit: 2,
    scam: 1.5, scammers: 1.5, fraud: 1.5, lawsuit: 1.5, lawyer: 1.5, 'report you': 1.5, 'rip off': 1.5, thieves: 1.5,
    furious: 1.5, angry: 1, ridiculous: 1, unacceptable: 1, terrible: 1, worst: 1, useless: 1, pathetic: 1,
    disgusting: 1, awful: 1, horrible: 1, 'fed up': 1, 'sick of': 1, 'never again': 1, incompetent: 1, hate: 1,
  },
  id: {
    bodoh: 2, goblok: 2, tolol: 2, anjing: 2, bangsat: 2, brengsek: 2, sialan: 2, kampret: 2, bego: 2, taik: 2,
    penipu: 1.5, penipuan: 1.5, nipu: 1.5, tipu: 1.5, 'lapor polisi': 1.5, somasi: 1.5, maling: 1.5,
    marah: 1, kesal: 1, kesel: 1, kecewa: 1, parah: 1, payah: 1, 'gak becus': 1, 'tidak becus': 1,
    'lelet banget': 1, 'lama banget': 1, 'jelek banget': 1, ngecewain: 1, keterlaluan: 1,
  },
  pt: {
    idiota: 2, idiotas: 2, burro: 2, merda: 2, porra: 2, caralho: 2, palhacada: 2, lixo: 2, 'vai se': 2,
    golpe: 1.5, golpista: 1.5, fraude: 1.5, procon: 1.5, 'reclame aqui': 1.5, processar: 1.5, ladrao: 1.5, ladroes: 1.5,
    absurdo: 1, ridiculo: 1, pessimo: 1, horrivel: 1, vergonha: 1, raiva: 1, irritado: 1, irritada: 1,
    inaceitavel: 1, descaso: 1, 'nunca mais': 1, enganacao: 1, furioso: 1, furiosa: 1, decepcionado: 1,
  },
  es: {
    idiota: 2, idiotas: 2, estupido: 2, estupidos: 2, mierda: 2, carajo: 2, porqueria: 2, basura: 2, imbecil: 2,
    estafa: 1.5, estafadores: 1.5, fraude: 1.5, denuncia: 1.5, demanda: 1.5, ladrones: 1.5, profeco: 1.5,
    absurdo: 1, ridiculo: 1, pesimo: 1, horrible: 1, verguenza: 1, inaceptable: 1, harto: 1, harta: 1,
    enojado: 1, enojada: 1, furioso: 1, furiosa: 1, 'nunca mas': 1, decepcionado: 1, molesto: 1, molesta: 1,
  },
};

const terms = new Map<string, number>();
for (const lexicon of Object.values(angerLexicon)) {
  for (const [term, weight] of Object.entries(lexicon)) {
    terms.set(term, Math.max(terms.get(term) ?? 0, weight));
  }
}
const termPattern = new RegExp(
  `\\b(${[...terms.keys()]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|')})(?:e?s)?\\b`,
  'g',
);

export interface AngerScore {
  score: number;
  /** The lexicon terms found, for the handoff reason and the logs. */
  terms: string[];
}

/**
 * Scores how angry a message reads: the weights of the lexicon terms found, plus 0.5
 * for three or more "!" and 1 for shouting (mostly capitals over 8+ letters). Lexicon
 * based on purpose: predictable, multilingual, no model call; it misses sarcasm and
 * negation ("not angry"), which is why the default threshold asks for more than one
 * mild word.
 */
export function scoreAnger(text: string): AngerScore {
  const found = [...foldText(text).matchAll(termPattern)].map((m) => m[1]!);
  let score = found.reduce((sum, term) => sum + (terms.get(term) ?? 0), 0);
  if (/!{3,}/.test(text) || (text.match(/!/g)?.length ?? 0) >= 3) score += 0.5;
  const letters = text.replace(/[^\p{L}]/gu, '');
  const upper = text.replace(/[^\p{Lu}]/gu, '');
  if (letters.length >= 8 && upper.length / letters.length > 0.7) score += 1;
  return { score, terms: [...new Set(found)] };
}
