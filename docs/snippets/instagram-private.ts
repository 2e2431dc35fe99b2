// Prelude of @parley/adapter-instagram's README "private API" snippet.
import type { CommentRuleInput } from '@parley/adapter-instagram';
import { createDesk } from '@parley/core';

export { instagram } from '@parley/adapter-instagram';
export const desk = createDesk({});
export const commentRules: CommentRuleInput[] = [{ id: 'promo', match: ['promo'], dm: 'Hi!' }];
/** Your own way of asking the account owner for Instagram's security code. */
export async function askTheOwner(detail: string | undefined): Promise<string> {
  return detail ?? '';
}
