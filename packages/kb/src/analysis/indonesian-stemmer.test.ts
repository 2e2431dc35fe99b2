import { describe, expect, it } from 'vitest';
import { indonesianStems } from './indonesian-stemmer.js';

describe('Indonesian stemmer', () => {
  it('AI3: keeps the consonant a nasal prefix replaced (pengiriman → kirim, pesanan → pesan)', () => {
    const pairs: Array<[string, string]> = [
      ['pengiriman', 'kirim'],
      ['mengirimkan', 'kirim'],
      ['dikirim', 'kirim'],
      ['pesanan', 'pesan'],
      ['pemesanan', 'pesan'],
      ['pembayaran', 'bayar'],
      ['menukar', 'tukar'],
      ['penukaran', 'tukar'],
      ['menyewa', 'sewa'],
      ['penyimpanan', 'simpan'],
      ['memakai', 'pakai'],
      ['pengembalian', 'kembali'],
      ['dikembalikan', 'kembali'],
      ['membatalkan', 'batal'],
      ['pertanyaan', 'tanya'],
      ['melacak', 'lacak'],
      ['tasnya', 'tas'],
      // pe-/ke- nouns on a root ending in k: -an, not the verb suffix -kan.
      ['pelacakan', 'lacak'],
      ['kerusakan', 'rusak'],
      ['penarikan', 'tarik'],
    ];
    for (const [word, root] of pairs) expect(indonesianStems(word), word).toContain(root);
  });

  it('AI3: leaves roots that only look prefixed alone (metode, kembali, bersih, pakai)', () => {
    for (const word of ['metode', 'kembali', 'bersih', 'pakai', 'sampai', 'terima', 'kirim'])
      expect(indonesianStems(word)[0], word).toBe(word);
    expect(indonesianStems('sepatu')).toContain('sepatu');
  });
});
