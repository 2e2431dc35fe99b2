import type { WebSocket } from 'ws';
import type { ServerFrame } from '../protocol.js';
import type { VisitorSession } from './visitor-store.js';

/** One open socket. `session` is set once its hello is accepted. */
export interface Peer {
  readonly ws: WebSocket;
  readonly ip: string;
  session?: VisitorSession;
  /** Reset by every frame from the client; the heartbeat terminates silent sockets. */
  alive: boolean;
  /** Frames held back until the welcome is out (set between join and release). */
  held?: string[];
}

/**
 * Every open socket, by visitor address and by IP. Fan-out serialises a frame once
 * and writes it to each of the visitor's tabs; a socket that stops reading (its
 * unsent bytes pass `maxBufferedBytes`) is terminated so it cannot hold memory.
 */
export function connectionHub(maxBufferedBytes: number) {
  const peers = new Set<Peer>();
  const byAddress = new Map<string, Set<Peer>>();
  const byIp = new Map<string, number>();
  /** Carries frames to the visitor's tabs in other processes (see `relayThrough`). */
  let remote: ((address: string, frame: ServerFrame) => void) | undefined;

  function write(peer: Peer, data: string): void {
    if (peer.held) {
      peer.held.push(data);
      return;
    }
    if (peer.ws.readyState !== peer.ws.OPEN) return;
    if (peer.ws.bufferedAmount > maxBufferedBytes) {
      peer.ws.terminate();
      return;
    }
    peer.ws.send(data);
  }

  return {
    peers,
    get size() {
      return peers.size;
    },
    countIp: (ip: string) => byIp.get(ip) ?? 0,
    add(peer: Peer) {
      peers.add(peer);
      byIp.set(peer.ip, (byIp.get(peer.ip) ?? 0) + 1);
    },
    /**
     * Files a peer under its visitor's address once its hello is accepted. Frames for
     * it are held until `release`, so none overtakes the welcome.
     */
    join(peer: Peer, address: string): number {
      peer.held = [];
      let set = byAddress.get(address);
      if (!set) byAddress.set(address, (set = new Set()));
      set.add(peer);
      return set.size;
    },
    /** Forgets a closed peer; returns how many tabs its visitor still has open. */
    remove(peer: Peer): number {
      if (!peers.delete(peer)) return 0;
      const left = (byIp.get(peer.ip) ?? 1) - 1;
      if (left > 0) byIp.set(peer.ip, left);
      else byIp.delete(peer.ip);
      const address = peer.session?.address;
      const set = address === undefined ? undefined : byAddress.get(address);
      if (!set || address === undefined) return 0;
      set.delete(peer);
      if (set.size === 0) byAddress.delete(address);
      return set.size;
    },
    /** Sends `first` (the welcome), then every frame held since `join`. */
    release(peer: Peer, first: ServerFrame) {
      const held = peer.held ?? [];
      delete peer.held;
      write(peer, JSON.stringify(first));
      for (const data of held) write(peer, data);
    },
    /** Open sockets of one visitor. */
    tabs: (address: string) => byAddress.get(address)?.size ?? 0,
    send(peer: Peer, frame: ServerFrame) {
      write(peer, JSON.stringify(frame));
    },
    /**
     * Sends `frame` to every tab of `address` (but `except`), here and, with a relay,
     * in every other process; returns how many tabs here got it.
     */
    fanout(address: string, frame: ServerFrame, except?: Peer): number {
      remote?.(address, frame);
      return this.local(address, frame, except);
    },
    /** Sets (or, with undefined, clears) the relay to other processes. */
    relay(publish: ((address: string, frame: ServerFrame) => void) | undefined) {
      remote = publish;
    },
    /** Sends `frame` to the tabs of `address` open in this process only. */
    local(address: string, frame: ServerFrame, except?: Peer): number {
      const set = byAddress.get(address);
      if (!set) return 0;
      const data = JSON.stringify(frame);
      let n = 0;
      for (const peer of set) {
        if (peer === except) continue;
        write(peer, data);
        n++;
      }
      return n;
    },
  };
}

export type ConnectionHub = ReturnType<typeof connectionHub>;
