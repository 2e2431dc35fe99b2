import { type KeyValue, type Logger, ParleyError } from '@parley/core';
import { BoundedMap } from '../bounded-map.js';
import { addressOfPnJid, digitsOf, isGroupJid, isLidJid, isPnJid, normaliseJid } from '../phone.js';

export interface ResolvedAddress {
  /** The one address of this person on the channel (`+5521…` or `…@lid`). */
  address: string;
  /** E.164, when the phone number is known. */
  phone?: string;
}

/** Asks WhatsApp which JID a phone number has: the JID, null when it has none, undefined when unsure. */
export type JidLookup = (digits: string) => Promise<string | null | undefined>;

/**
 * WhatsApp addresses one person by phone-number JID and by LID (a privacy id), and a
 * message may carry either, or both (`remoteJid` + `remoteJidAlt`). The address book
 * maps every JID seen to one canonical address, kept in the channel's key-value space
 * (`alias:<jid>`), so both forms reach the same contact and conversation. The first
 * form seen wins, the phone form when both come at once; a phone learned later for a
 * LID-only contact is remembered as its phone. It also remembers the JID a phone
 * address really has (`jid:<address>`): old Brazilian accounts keep a JID without the
 * ninth digit that the canonical E.164 address has.
 */
export class AddressBook {
  private readonly cache = new BoundedMap<string, string>(50_000);

  constructor(
    private readonly kv: KeyValue,
    private readonly logger: Logger,
  ) {}

  /** The canonical address for a message's JIDs (`remoteJid`, its alternate). */
  async resolve(jids: Array<string | null | undefined>): Promise<ResolvedAddress> {
    const ids = [...new Set(jids.filter((j): j is string => !!j).map(normaliseJid))];
    const group = ids.find(isGroupJid);
    if (group) return { address: group };
    const people = ids.filter((j) => isPnJid(j) || isLidJid(j));
    if (people.length === 0) return { address: ids[0] ?? '' };

    const pn = people.find(isPnJid);
    const phone = pn && addressOfPnJid(pn);
    const hit = this.cached(people, pn, phone);
    if (hit) return hit;

    const known = await Promise.all(people.map((j) => this.read(`alias:${j}`)));
    const canonicals = [...new Set(known.filter((k): k is string => k !== undefined))];
    let address: string;
    if (canonicals.length === 0) address = phone ?? people[0]!;
    else {
      address = canonicals.find((c) => c.startsWith('+')) ?? canonicals[0]!;
      if (canonicals.length > 1) {
        this.logger.warn(
          'whatsapp: one person had two addresses; using the phone one from now on',
          {
            addresses: canonicals,
          },
        );
      }
    }
    for (const [i, jid] of people.entries()) {
      if (known[i] !== address) await this.write(`alias:${jid}`, address);
    }
    if (pn && phone) {
      await this.remember(`jid:${phone}`, pn);
      if (!address.startsWith('+')) await this.remember(`phone:${address}`, phone);
      return { address, phone };
    }
    if (address.startsWith('+')) return { address, phone: address };
    const learned = await this.read(`phone:${address}`);
    return learned === undefined ? { address } : { address, phone: learned };
  }

  /** The answer from memory alone when everything about these JIDs is known (the common case). */
  private cached(
    people: string[],
    pn: string | undefined,
    phone: string | undefined,
  ): ResolvedAddress | undefined {
    const address = this.cache.get(`alias:${people[0]}`);
    if (address === undefined || people.some((j) => this.cache.get(`alias:${j}`) !== address))
      return undefined;
    if (pn && phone) {
      if (this.cache.get(`jid:${phone}`) !== pn) return undefined;
      if (!address.startsWith('+') && this.cache.get(`phone:${address}`) !== phone)
        return undefined;
      return { address, phone };
    }
    if (address.startsWith('+')) return { address, phone: address };
    const learned = this.cache.get(`phone:${address}`);
    return learned === undefined ? undefined : { address, phone: learned };
  }

  /** Records that a LID and a phone-number JID are the same person (`lid-mapping.update`). */
  async link(lid: string, pn: string): Promise<void> {
    await this.resolve([pn, lid]);
  }

  /**
   * The JID to send to. A phone address never seen is looked up first: sending to a
   * number that is not on WhatsApp is refused here rather than risked.
   */
  async jidFor(address: string, lookup?: JidLookup): Promise<string> {
    if (!address.startsWith('+')) return address;
    const known = await this.read(`jid:${address}`);
    if (known) return known;
    const fallback = `${digitsOf(address)}@s.whatsapp.net`;
    const found = lookup ? await lookup(digitsOf(address)).catch(() => undefined) : undefined;
    if (found === null) {
      throw new ParleyError(
        'INPUT_INVALID',
        `${address} is not on WhatsApp; check the number (country and area code).`,
        { details: { address } },
      );
    }
    const jid = found ? normaliseJid(found) : fallback;
    if (found) await this.remember(`jid:${address}`, jid);
    return jid;
  }

  private async remember(key: string, value: string): Promise<void> {
    if ((await this.read(key)) !== value) await this.write(key, value);
  }

  private async read(key: string): Promise<string | undefined> {
    const cached = this.cache.get(key);
    if (cached !== undefined) return cached;
    const value = await this.kv.get<string>(key);
    if (value !== undefined) this.cache.set(key, value);
    return value;
  }

  private async write(key: string, value: string): Promise<void> {
    this.cache.set(key, value);
    await this.kv.set(key, value);
  }
}
