/** What a host may observe on a live-chat channel (presence, visitor typing, guards). */
export interface LivechatEvents {
  /** A tab finished its hello. `tabs`: the visitor's open sockets now. */
  'visitor.connected': { address: string; resumed: boolean; identified: boolean; tabs: number };
  'visitor.disconnected': { address: string; code: number; reason: string; tabs: number };
  /** The visitor is typing (or stopped). Never fed into the pipeline. */
  'visitor.typing': { address: string; on: boolean };
  /** The visitor has seen these business messages (Parley message ids). */
  'visitor.read': { address: string; ids: string[] };
  /** A guard refused or closed a client: origin, cap, rate, size, identity, bad frame. */
  'connection.refused': { ip: string; code: number; reason: string; address?: string };
}

export type LivechatEventName = keyof LivechatEvents;
type Listener<E extends LivechatEventName> = (payload: LivechatEvents[E]) => void;

/** A small typed emitter; a listener that throws is logged and never breaks the socket. */
export function livechatEmitter(onListenerError: (error: unknown) => void) {
  const listeners = new Map<LivechatEventName, Set<Listener<never>>>();
  return {
    on<E extends LivechatEventName>(name: E, listener: Listener<E>): () => void {
      let set = listeners.get(name);
      if (!set) listeners.set(name, (set = new Set()));
      set.add(listener as Listener<never>);
      return () => {
        set.delete(listener as Listener<never>);
      };
    },
    emit<E extends LivechatEventName>(name: E, payload: LivechatEvents[E]): void {
      for (const listener of listeners.get(name) ?? []) {
        try {
          (listener as Listener<E>)(payload);
        } catch (error) {
          onListenerError(error);
        }
      }
    },
  };
}

export type LivechatEmitter = ReturnType<typeof livechatEmitter>;
