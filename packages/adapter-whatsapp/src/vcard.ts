/** One contact card as Parley models it. */
export interface ContactCard {
  name: string;
  phones: string[];
}

/** Reads the name and phone numbers of a vCard (what WhatsApp contact messages carry). */
export function parseVcard(vcard: string, fallbackName?: string): ContactCard {
  const lines = vcard.replace(/\r?\n[ \t]/g, '').split(/\r?\n/);
  let name = fallbackName;
  const phones: string[] = [];
  for (const line of lines) {
    const colon = line.indexOf(':');
    if (colon < 0) continue;
    const head = line.slice(0, colon).toUpperCase();
    const value = line.slice(colon + 1).trim();
    if (head === 'FN' && !name) name = value;
    if (head.startsWith('TEL')) {
      const waid = /WAID=(\d+)/i.exec(line.slice(0, colon));
      phones.push(waid ? `+${waid[1]}` : value);
    }
  }
  return { name: name ?? phones[0] ?? 'contact', phones };
}

/** A minimal vCard 3.0 for an outbound contact message. */
export function buildVcard(card: ContactCard): string {
  const tel = card.phones.map((p) => {
    const digits = p.replace(/\D/g, '');
    return `TEL;type=CELL;waid=${digits}:+${digits}`;
  });
  return ['BEGIN:VCARD', 'VERSION:3.0', `FN:${card.name}`, ...tel, 'END:VCARD'].join('\n');
}
