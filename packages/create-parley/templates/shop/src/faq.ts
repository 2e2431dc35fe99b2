// Your shop's answers. Edit them, add more, or ingest files (PDF, XLSX, CSV, …) with
// kb.ingest() — see the @parley/kb README.
export const language = '{{lang}}' as 'en' | 'id' | 'pt';

const faqs = {
  en: [
    { question: 'How long does delivery take?', answer: 'We deliver in 2 to 4 working days.' },
    {
      question: 'Can I return a product?',
      answer: 'Yes, within 30 days, unused and with the receipt.',
    },
    {
      question: 'Which payment methods do you accept?',
      answer: 'Cards, bank transfer and cash on delivery.',
    },
  ],
  id: [
    {
      question: 'Berapa lama pengirimannya?',
      answer: 'Kami mengirim dalam 2 sampai 4 hari kerja.',
    },
    {
      question: 'Apakah barang bisa dikembalikan?',
      answer: 'Bisa, dalam 30 hari, belum dipakai dan dengan struk.',
    },
    {
      question: 'Metode pembayaran apa saja?',
      answer: 'Kartu, transfer bank, dan bayar di tempat (COD).',
    },
  ],
  pt: [
    { question: 'Qual é o prazo de entrega?', answer: 'Entregamos em 2 a 4 dias úteis.' },
    {
      question: 'Posso devolver um produto?',
      answer: 'Sim, em até 30 dias, sem uso e com a nota.',
    },
    {
      question: 'Quais formas de pagamento vocês aceitam?',
      answer: 'Cartão, Pix e pagamento na entrega.',
    },
  ],
};

export const faq = faqs[language];
