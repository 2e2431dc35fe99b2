// Prelude of snippets that use a knowledge base built earlier in the README.
import { createKnowledgeBase } from '@parley/kb';

export const kb = createKnowledgeBase();
