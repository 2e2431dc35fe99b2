/** The text of a file and the encoding it was read with. */
export interface DecodedText {
  text: string;
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/**
 * Decodes bytes as UTF-8 (or UTF-16 when a byte-order mark says so), falling back to
 * Windows-1252, the Latin-1 superset that spreadsheet exports from Excel use. Text
 * that is valid UTF-8 is very unlikely to be Latin-1 with accents, so validity decides.
 */
export function decodeText(data: Uint8Array | string): DecodedText {
  if (typeof data === 'string') return { text: stripBom(data), encoding: 'utf-8' };
  if (data[0] === 0xff && data[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(data), encoding: 'utf-16le' };
  }
  if (data[0] === 0xfe && data[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(data), encoding: 'utf-16be' };
  }
  try {
    return { text: utf8.decode(data), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(data), encoding: 'windows-1252' };
  }
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
