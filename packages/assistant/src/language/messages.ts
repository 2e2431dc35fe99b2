import type { LanguageCode } from './detect.js';

/** Canned texts an assistant says without a model, per language. Hosts override them. */
export interface CannedMessages {
  /** Said when the conversation goes to humans. */
  handoff: Partial<Record<LanguageCode, string>>;
  /** Said when the knowledge base has no answer and it is not yet time to hand off. */
  noAnswer: Partial<Record<LanguageCode, string>>;
  /** Said to a bare greeting ("hi", "oi", "halo", "hola"). */
  greeting: Partial<Record<LanguageCode, string>>;
  /** Heads the "did you mean" menu offered when two FAQ entries are about as likely. */
  didYouMean: Partial<Record<LanguageCode, string>>;
}

export const defaultMessages: CannedMessages = {
  handoff: {
    en: "I'm passing you to a member of our team now. They'll reply here shortly.",
    id: 'Baik, saya hubungkan dengan tim kami. Mohon tunggu sebentar, mereka akan membalas di sini.',
    pt: 'Certo, vou passar você para alguém da nossa equipe. Aguarde um momento, a resposta chega aqui mesmo.',
    es: 'De acuerdo, te paso con una persona de nuestro equipo. Espera un momento, te responderá por aquí.',
  },
  noAnswer: {
    en: "Sorry, I don't have that information. Could you put your question another way?",
    id: 'Maaf, saya belum punya informasi itu. Bisa dijelaskan dengan kata lain?',
    pt: 'Desculpe, não tenho essa informação. Pode perguntar de outro jeito?',
    es: 'Lo siento, no tengo esa información. ¿Puedes preguntarlo de otra forma?',
  },
  greeting: {
    en: 'Hi! How can I help you?',
    id: 'Halo! Ada yang bisa saya bantu?',
    pt: 'Olá! Como posso ajudar?',
    es: '¡Hola! ¿En qué puedo ayudarte?',
  },
  didYouMean: {
    en: 'Did you mean one of these?',
    id: 'Maksud kakak salah satu dari ini?',
    pt: 'Você quis dizer uma destas?',
    es: '¿Quisiste decir alguna de estas?',
  },
};

const greetings: Array<[RegExp, LanguageCode]> = [
  [/^(hi|hello|hey|good (morning|afternoon|evening))( there)?$/, 'en'],
  [
    /^(halo|hai|hallo|selamat (pagi|siang|sore|malam)|permisi|assalamualaikum)( (kak|min|gan))?$/,
    'id',
  ],
  [/^(oi|ola|bom dia|boa tarde|boa noite|opa)( tudo bem)?$/, 'pt'],
  [/^(hola|buenas|buenos dias|buenas (tardes|noches))( que tal)?$/, 'es'],
];

/** The language of `folded` when it is only a greeting ("bom dia!", "halo kak"). */
export function greetingLanguage(folded: string): LanguageCode | undefined {
  const bare = folded
    .replace(/[^\p{L}\s]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return greetings.find(([pattern]) => pattern.test(bare))?.[1];
}
