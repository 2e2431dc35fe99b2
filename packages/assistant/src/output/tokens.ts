/**
 * A token estimate without a tokenizer: about four characters per token in English
 * and a little fewer in Indonesian/Portuguese/Spanish, so this errs on the high side
 * for windowing. Real counts come from the model server's `usage`.
 */
export function estimateTokens(text: string): number {
  return Math.ceil(text.length / 3.5);
}

/** Per-message overhead of the chat format (role and separators). */
export const messageOverheadTokens = 4;
