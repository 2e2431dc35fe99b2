/** Why a conversation went where it went; carried by `conversation.routed`. */
export type RouteReason =
  | 'active-routing'
  | 'rule'
  | 'default'
  | 'menu'
  | 'menu-fallback'
  | 'assistant-unavailable';
