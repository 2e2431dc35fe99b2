/**
 * P-38: text in a knowledge document that reads as instructions to the assistant
 * ("ignore previous instructions", role changes, prompt extraction) in the languages
 * Parley serves, or that hides a long encoded payload. Such passages are kept out of
 * answers until a person reviews the file (`ingest(file, { reviewed: true })`).
 */
const patterns: Array<[RegExp, string]> = [
  [
    /\b(ignore|disregard|forget|override)\b[^.\n]{0,40}\b(previous|prior|above|earlier|all|your|system)\b[^.\n]{0,20}\b(instructions?|rules|prompts?|guidelines)\b/i,
    'asks to ignore instructions',
  ],
  [
    /\b(ignore|esque[çc]a|desconsidere)\b[^.\n]{0,30}\b(as |todas as )?(instru[çc][õo]es|regras)\b/i,
    'asks to ignore instructions (pt)',
  ],
  [
    /\b(ignora|olvida)\b[^.\n]{0,30}\b(las |todas las )?(instrucciones|reglas)\b/i,
    'asks to ignore instructions (es)',
  ],
  [
    /\b(abaikan|lupakan)\b[^.\n]{0,30}\b(semua )?(instruksi|perintah|aturan)\b/i,
    'asks to ignore instructions (id)',
  ],
  [
    /\byou are now\b|\bact as (an? )?(admin|developer|system|dan)\b|\b(admin|developer|god) mode\b/i,
    'tries to change the assistant role',
  ],
  [
    /\b(reveal|print|show|repeat)\b[^.\n]{0,30}\b(system prompt|your instructions|hidden instructions)\b/i,
    'asks for the system prompt',
  ],
  [/\b(call|run|invoke|execute) (the )?(tool|function)\b/i, 'asks to call a tool'],
  [/[A-Za-z0-9+/]{160,}={0,2}/, 'carries a long encoded (base64) payload'],
];

/** Why `text` looks like an injection, or undefined. */
export function suspicionOf(text: string): string | undefined {
  for (const [pattern, reason] of patterns) if (pattern.test(text)) return reason;
  return undefined;
}
