import { updateConversation } from '../conversation/transitions.js';
import type { DeskRuntime } from '../desk/runtime.js';
import type { MenuContent } from '../model/content.js';
import type { MenuState } from '../model/conversation-state.js';
import { localize } from '../model/localized-text.js';
import type { Conversation } from '../model/records.js';
import type { MenuConfig } from './menu-schema.js';
import { say } from './say.js';

/** What a conversation at a menu remembers: which menu, and invalid answers so far. */
export type { MenuState } from '../model/conversation-state.js';

export function menuState(conv: Conversation): MenuState | undefined {
  const state = conv.state.menu;
  return state && typeof state.id === 'string' ? state : undefined;
}

/**
 * The menu as content in `language` (each text's variant for it, see `localize`);
 * channels render it natively or as numbered text (RT2). `reprompt`: after an answer
 * that matched no option, the menu's hint comes first.
 */
export function menuContent(
  menu: MenuConfig,
  language: string | undefined,
  reprompt = false,
): MenuContent {
  const text = localize(menu.text, language);
  return {
    type: 'menu',
    text: reprompt ? `${localize(menu.invalidMessage, language)}\n\n${text}` : text,
    options: menu.options.map((o) => ({
      id: o.id,
      title: localize(o.title, language),
      ...(o.description !== undefined && { description: localize(o.description, language) }),
    })),
    ...(menu.buttonLabel !== undefined && { buttonLabel: localize(menu.buttonLabel, language) }),
  };
}

/** Puts the conversation at the menu and sends it. */
export async function startMenu(
  rt: DeskRuntime,
  conv: Conversation,
  menu: MenuConfig,
): Promise<Conversation> {
  const { teamId: _t, assigneeId: _a, ...rest } = conv;
  const next = await updateConversation(rt, rest, {
    handler: 'menu',
    state: { ...conv.state, menu: { id: menu.id, invalid: 0 } satisfies MenuState },
  });
  return say(rt, next, menuContent(menu, next.language));
}

/** Counts an invalid answer and sends the menu again, prefixed by the menu's hint. */
export async function repromptMenu(
  rt: DeskRuntime,
  conv: Conversation,
  menu: MenuConfig,
  invalid: number,
): Promise<Conversation> {
  const next = await updateConversation(rt, conv, {
    state: { ...conv.state, menu: { id: menu.id, invalid } satisfies MenuState },
  });
  return say(rt, next, menuContent(menu, next.language, true));
}

/** The conversation without its menu state, once an option (or the fallback) is taken. */
export function leaveMenu(conv: Conversation): Conversation {
  const { menu: _m, ...state } = conv.state;
  return { ...conv, state };
}
