import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createKnowledgeBase, type KnowledgeBase } from '@parley/kb';

/**
 * The shop's knowledge: a few questions and answers in Portuguese and Indonesian,
 * plus every file in `dir` (PDF, XLSX, CSV, Markdown, JSON, FAQ lists) when given.
 */
export async function shopKnowledge(dir?: string): Promise<KnowledgeBase> {
  const kb = createKnowledgeBase({ languages: ['pt', 'id', 'en'] });
  await kb.addFaq([
    {
      question: 'Vocês entregam em Niterói? Qual o prazo de entrega?',
      alternatives: ['entregam na minha cidade', 'quanto tempo demora a entrega', 'frete'],
      answer:
        'Entregamos em todo o Grande Rio em até 2 dias úteis, com frete grátis acima de R$ 200. Para outros estados, de 3 a 7 dias úteis.',
      language: 'pt',
    },
    {
      question: 'Quais as formas de pagamento?',
      alternatives: ['aceitam pix', 'posso pagar com cartão', 'parcelam'],
      answer: 'Aceitamos Pix (5% de desconto), cartão de crédito em até 6x sem juros e boleto.',
      language: 'pt',
    },
    {
      question: 'Como faço para trocar ou devolver um produto?',
      alternatives: ['troca', 'devolução', 'o tamanho não serviu'],
      answer:
        'Você tem 30 dias para trocar ou devolver. Responda com o número do pedido e enviamos a etiqueta de postagem sem custo.',
      language: 'pt',
    },
    {
      question: 'Berapa lama pengiriman ke Jakarta?',
      alternatives: ['ongkos kirim', 'kapan paket sampai', 'pengiriman'],
      answer:
        'Pengiriman ke Jabodetabek 1–2 hari kerja, gratis ongkir untuk belanja di atas Rp 300.000.',
      language: 'id',
    },
    {
      question: 'Metode pembayaran apa saja yang tersedia?',
      alternatives: ['bisa bayar pakai QRIS', 'bisa transfer bank', 'cicilan'],
      answer:
        'Kami menerima QRIS, transfer bank (BCA, Mandiri) dan kartu kredit dengan cicilan 0% 3 bulan.',
      language: 'id',
    },
    {
      question: 'What are your opening hours?',
      alternatives: ['when are you open', 'horário de atendimento', 'jam buka'],
      answer:
        'We answer on WhatsApp every day; people from the team are here Monday to Saturday, 9:00–18:00.',
      language: 'en',
    },
  ]);
  if (dir) {
    for (const name of await readdir(dir)) {
      await kb.ingest({ name, data: new Uint8Array(await readFile(join(dir, name))) });
    }
  }
  return kb;
}
