import { renderShopPage } from '../web/shop-page.js';

/** A file of `src/web`, read once. */
function cached(load: () => Promise<string>): () => Promise<string> {
  let value: Promise<string> | undefined;
  return () => {
    value ??= load().catch((error: unknown) => {
      value = undefined;
      throw error;
    });
    return value;
  };
}

export const shopPage = cached(async () => renderShopPage());
