/** What a model costs, in US dollars per million tokens. */
export interface ModelPrice {
  input: number;
  output: number;
  /** Price of prompt tokens served from the provider's cache, when it reports them. */
  cachedInput?: number;
}

export type PriceTable = Record<string, ModelPrice>;

/**
 * OpenAI list prices (USD per 1M tokens) of common chat models when this table was
 * written. Prices change: pass your own `prices` (merged over these) to keep costs
 * right; a model with no price costs 0 and is still counted in tokens.
 */
export const defaultPrices: PriceTable = {
  'gpt-5': { input: 1.25, cachedInput: 0.125, output: 10 },
  'gpt-5-mini': { input: 0.25, cachedInput: 0.025, output: 2 },
  'gpt-5-nano': { input: 0.05, cachedInput: 0.005, output: 0.4 },
  'gpt-4.1': { input: 2, cachedInput: 0.5, output: 8 },
  'gpt-4.1-mini': { input: 0.4, cachedInput: 0.1, output: 1.6 },
  'gpt-4.1-nano': { input: 0.1, cachedInput: 0.025, output: 0.4 },
  'gpt-4o': { input: 2.5, cachedInput: 1.25, output: 10 },
  'gpt-4o-mini': { input: 0.15, cachedInput: 0.075, output: 0.6 },
};

/**
 * The price of `model`: an exact entry, else the longest entry it extends with a
 * dated or tagged suffix (`gpt-4o-mini-2024-07-18` uses `gpt-4o-mini`).
 */
export function priceOf(model: string, table: PriceTable): ModelPrice | undefined {
  const exact = table[model];
  if (exact) return exact;
  let best: string | undefined;
  for (const key of Object.keys(table)) {
    if (model.startsWith(`${key}-`) && (!best || key.length > best.length)) best = key;
  }
  return best === undefined ? undefined : table[best];
}

/** Cost in US dollars of one call. */
export function costOf(
  model: string,
  tokens: { inputTokens: number; outputTokens: number; cachedInputTokens?: number },
  table: PriceTable,
): number {
  const price = priceOf(model, table);
  if (!price) return 0;
  const cached = Math.min(tokens.cachedInputTokens ?? 0, tokens.inputTokens);
  const cost =
    ((tokens.inputTokens - cached) * price.input +
      cached * (price.cachedInput ?? price.input) +
      tokens.outputTokens * price.output) /
    1_000_000;
  // Keep sums stable in stores that add many tiny floats.
  return Math.round(cost * 1e9) / 1e9;
}
