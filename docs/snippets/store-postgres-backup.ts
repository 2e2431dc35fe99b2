// Prelude of @parley/store-postgres's README backup snippet: the store to back up and
// another to restore into.
import { createMemoryStore } from '@parley/core';
import { createPgliteStore } from '@parley/store-postgres';

export const store = await createPgliteStore({});
export const otherStore = createMemoryStore();
