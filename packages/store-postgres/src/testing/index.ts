export type { SyntheticInboxOptions } from './synthetic-inbox.js';
export { seedSyntheticInbox } from './synthetic-inbox.js';
