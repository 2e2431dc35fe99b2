// The businesses you serve. Each gets its own live-chat channel, FAQ, assistant and team;
// their conversations, contacts and operators never mix (PL1).
export interface Tenant {
  id: string;
  name: string;
  language: 'en' | 'id' | 'pt';
  faq: { question: string; answer: string }[];
}

export const tenants: Tenant[] = [
  {
    id: 'kopi-nusantara',
    name: 'Kopi Nusantara',
    language: 'id',
    faq: [{ question: 'Jam buka toko?', answer: 'Setiap hari, 07.00 sampai 22.00.' }],
  },
  {
    id: 'loja-verde',
    name: 'Loja Verde',
    language: 'pt',
    faq: [
      {
        question: 'Qual o horário de funcionamento?',
        answer: 'De segunda a sábado, das 9h às 19h.',
      },
    ],
  },
];
