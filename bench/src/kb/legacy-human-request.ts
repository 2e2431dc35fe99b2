// The human-request patterns before issue 20, kept as the baseline of bench/kb.

import type { LanguageCode } from '@parley/assistant';
import { foldText } from '@parley/core';

/**
 * Ways customers ask for a person, per language, matched against the folded text
 * (lower case, accents removed). Phrases, not single words: "agent" alone is too
 * common in sales talk to mean "give me a human".
 */
export const humanRequestPatterns: Record<LanguageCode, RegExp[]> = {
  en: [
    /\b(talk|speak|chat)\s+(to|with)\s+(a|an|some|the|your|one of your)?\s*(real\s+|live\s+)?(human|person|agent|someone|somebody|representative|rep|operator|staff|manager|people)\b/,
    /\b(real|live|actual)\s+(person|human|agent)\b/,
    /\bhuman\s+(agent|being|support|please)\b/,
    /\bcustomer\s+(service|support)\s+(agent|representative|rep|person)\b/,
    /\bi\s+(want|need)\s+(a|an|to talk to a)?\s*(human|person|agent|operator)\b/,
    /\b(connect|transfer|put)\s+me\s+(to|with|through to)\s+(a|an|the)?\s*(human|person|agent|operator|someone)\b/,
  ],
  id: [
    /\b(bicara|berbicara|ngomong|chat|ngobrol)\s+(dengan|sama|ke|dgn|sm)\s+(orang|manusia|admin|cs|agen|operator|petugas|staf|staff)\b/,
    /\b(orang|manusia)\s+(asli|beneran|sungguhan)\b/,
    /\bagen\s+manusia\b/,
    /\b(hubungi|panggil|minta|mau)\s+(admin|cs|operator|manusia|orang)\b/,
    /\b(sambungkan|hubungkan)\s+(saya|aku)?\s*(ke|dengan|sama)\s+(admin|cs|operator|orang|manusia|petugas)\b/,
    /\bcs\s+manusia\b/,
  ],
  pt: [
    /\bfalar\s+(com|c\/|pra|para)\s+(um|uma|o|a|algum|alguma|seu|sua)?\s*(atendente|pessoa|humano|alguem|agente|operador|operadora|gente|funcionario|funcionaria|vendedor|vendedora|responsavel)\b/,
    /\b(atendente|atendimento)\s+humano\b/,
    /\bpessoa\s+(real|de verdade)\b/,
    /\bquero\s+(um|uma|o|a)?\s*(atendente|humano|pessoa)\b/,
    /\b(me\s+)?(transfere|transferir|transfira|passa|passar|passe)\s+(me\s+)?(para|pra|pro)\s+(um|uma|o|a)?\s*(atendente|humano|pessoa|alguem)\b/,
  ],
  es: [
    /\bhablar\s+(con|a)\s+(un|una|el|la|algun|alguna|su)?\s*(agente|persona|humano|alguien|operador|operadora|asesor|asesora|representante|ejecutivo|ejecutiva)\b/,
    /\b(agente|atencion|asistencia)\s+humana?\b/,
    /\bpersona\s+(real|de verdad)\b/,
    /\bquiero\s+(un|una)?\s*(agente|humano|persona|operador|asesor)\b/,
    /\b(comunicame|pasame|transfiereme|comuniqueme|contactame)\s+(con|a)\s+(un|una|el|la)?\s*(agente|humano|persona|operador|asesor|alguien)\b/,
  ],
};

/** The first phrase asking for a human in `text`, in any of the four languages. */
export function findHumanRequest(
  text: string,
): { language: LanguageCode; phrase: string } | undefined {
  const folded = foldText(text);
  for (const [language, patterns] of Object.entries(humanRequestPatterns)) {
    for (const pattern of patterns) {
      const match = pattern.exec(folded);
      if (match) return { language: language as LanguageCode, phrase: match[0] };
    }
  }
  return undefined;
}
