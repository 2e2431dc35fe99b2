/**
 * An Indonesian stemmer that keeps the root's first consonant. Snowball's Indonesian
 * stemmer (via @orama/stemmers) strips `pe-`/`me-`/`ke-` before any consonant and drops
 * the consonant that nasal prefixes replace, so "pesanan" became "sanan", "pengiriman"
 * "irim", "metode" "tode", "kembali" "mbali": "kirim" never met "pengiriman". No
 * dictionary-backed stemmer (Sastrawi) is published on npm, so this follows the prefix
 * rules of Indonesian morphology (Asian et al., 2005; Adriani et al., 2007) without a
 * root list: where a nasal prefix hides one of two roots ("peng-iriman": "kiriman" or
 * "iriman"), both candidates are returned and the index keeps both. Measured on the
 * shop dev set in bench/kb (see docs/decisions/0200-multilingual-retrieval.md).
 */

const vowel = /^[aeiou]/;
/** A root starts with a vowel, or a consonant (cluster) followed by a vowel. */
const onset = /^(?:[aeiou]|(?:ng|ny|sy|kh|[bcdfghjklmnpqrstvwxyz][lrwy]?)[aeiou])/;

const particles = ['lah', 'kah', 'tah', 'pun'];
const possessives = ['nya', 'ku', 'mu'];

function stripEnd(word: string, endings: string[], min: number): string {
  for (const end of endings)
    if (word.endsWith(end) && word.length - end.length >= min) return word.slice(0, -end.length);
  return word;
}

/**
 * Derivational suffixes: -kan, -an ("pesanan", but "jalan" is a root: both kept), and
 * -i after a consonant ("kirimi", but "beli", "garansi": the word first). -kan is a verb
 * suffix: a pe-/ke- noun ending in "kan" is -an on a root ending in k ("pelacakan":
 * "lacak", "kerusakan": "rusak"), "-kan" removal second.
 */
function suffixes(word: string): string[] {
  if (word.endsWith('kan') && word.length >= 7)
    return /^(pe|ke)/.test(word) ? [word.slice(0, -2), word.slice(0, -3)] : [word.slice(0, -3)];
  if (word.endsWith('an') && word.length >= 6) return [word.slice(0, -2), word];
  if (/[^aeiou]i$/.test(word) && word.length >= 6) return [word, word.slice(0, -1)];
  return [word];
}

/** Roots behind one derivational prefix (empty when the word has none). */
function unprefix(word: string): string[] {
  const rest = (n: number) => word.slice(n);
  const ok = (root: string) => root.length >= 4 && onset.test(root);
  const keep = (...roots: string[]) => roots.filter(ok);
  for (const p of ['meng', 'peng']) {
    if (!word.startsWith(p)) continue;
    const r = rest(4);
    if (vowel.test(r)) return keep(`k${r}`, r);
    if (/^[gkh]/.test(r)) return keep(r);
  }
  for (const p of ['meny', 'peny'])
    if (word.startsWith(p) && vowel.test(rest(4))) return keep(`s${rest(4)}`);
  for (const p of ['mem', 'pem']) {
    if (!word.startsWith(p)) continue;
    const r = rest(3);
    if (vowel.test(r)) return keep(`p${r}`, `m${r}`);
    if (/^[bpfv]/.test(r)) return keep(r);
  }
  for (const p of ['men', 'pen']) {
    if (!word.startsWith(p)) continue;
    const r = rest(3);
    if (vowel.test(r)) return keep(`t${r}`, `n${r}`);
    if (/^[cdjtsz]/.test(r)) return keep(r);
  }
  for (const p of ['ber', 'ter', 'per'])
    if (word.startsWith(p) && ok(rest(3))) return keep(rest(3));
  for (const p of ['me', 'pe'])
    if (word.startsWith(p) && /^[lrwymn]/.test(rest(2))) return keep(rest(2));
  for (const p of ['di', 'ke', 'se']) if (word.startsWith(p)) return keep(rest(2));
  return [];
}

/**
 * Candidate stems of a folded Indonesian word, the likeliest first. Prefix removal is
 * tried before and after the suffix, once (twice after `di-`/`ke-`/`se-`/`memper-`).
 * A word of five letters or fewer is its own root.
 */
export function indonesianStems(word: string): string[] {
  if (word.length <= 5 || !/^[a-z]+$/.test(word)) return [word];
  const unparticled = stripEnd(word, particles, 4);
  // "-nya" may be a possessive ("tasnya") or part of the root ("bertanya"): keep both.
  const bases = new Set([stripEnd(unparticled, possessives, 3), unparticled]);
  const out = new Set<string>();
  for (const base of bases) {
    for (const unsuffixed of suffixes(base)) {
      const first = unprefix(unsuffixed);
      // "ke-"/"se-" start many roots too ("sepatu", "sekarang").
      if (first.length === 0 || /^(ke|se)/.test(unsuffixed)) out.add(unsuffixed);
      for (const root of first) {
        const stacked = /^(di|ke|se)/.test(unsuffixed) || unsuffixed.startsWith('memper');
        const second = stacked ? unprefix(root) : [];
        for (const r of second) out.add(r);
        out.add(root);
      }
    }
  }
  return [...out];
}
