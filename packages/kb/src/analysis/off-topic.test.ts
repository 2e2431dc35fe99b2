import { describe, expect, it } from 'vitest';
import { createKnowledgeBase, type KnowledgeBase } from '../knowledge-base.js';

/** The topic coverage of a query's first hit (0 without one). */
const topicOf = async (kb: KnowledgeBase, query: string) =>
  (await kb.search(query))[0]?.signals.topicCoverage ?? 0;

describe('off-topic notions', () => {
  it('AI3: a job or a meal the base has never seen leaves every hit without the topic', async () => {
    const kb = createKnowledgeBase({ languages: ['id', 'pt', 'en'] });
    await kb.addFaq([
      { question: 'Berapa lama pengiriman?', answer: 'Sampai dalam 2-4 hari kerja.' },
      { question: 'Fazem entrega no mesmo dia?', answer: 'Sim, em São Paulo.' },
    ]);
    // "kerja" meets "hari kerja" and "entrega" meets the delivery entry: neither is asked.
    const [job] = await kb.search('lowongan kerja ada ga');
    expect(job?.signals.topicCoverage).toBe(0);
    const [pizza] = await kb.search('fazem entrega de pizza?');
    expect(pizza?.signals.topicCoverage).toBe(0);
    const [delivery] = await kb.search('fazem entrega no sábado?');
    expect(delivery?.signals.topicCoverage).toBeGreaterThan(0);
  });

  it('AI3: a base that answers about jobs keeps them in scope', async () => {
    const kb = createKnowledgeBase({ languages: ['en'] });
    await kb.addFaq([
      { question: 'Are you hiring?', answer: 'See our careers page for open vacancies.' },
    ]);
    const [hit] = await kb.search('any jobs open?');
    expect(hit?.signals.topicCoverage).toBeGreaterThan(0);
  });

  it('AI3: a subject an FAQ answer only mentions in passing stays off topic; one a question asks keeps it', async () => {
    const faq = [
      {
        question: 'Com quanto tempo de antecedência devo encomendar?',
        // "vagas" here are order slots, not job vacancies.
        answer: 'Bolos precisam de 2 dias de antecedência. No Natal as vagas acabam rápido.',
      },
      { question: 'Vocês entregam?', answer: 'Sim, em São Paulo.' },
      { question: 'Onde fica a loja?', answer: 'Rua dos Pinheiros, 742.' },
      { question: 'Qual o horário?', answer: 'Das 7h às 20h.' },
      { question: 'Aceitam cartão?', answer: 'Sim, crédito e débito.' },
    ];
    const passing = createKnowledgeBase({ languages: ['pt', 'en'] });
    await passing.addFaq(faq);
    expect(await topicOf(passing, 'vcs tem vaga de emprego?')).toBe(0);
    expect(await topicOf(passing, 'are you hiring?')).toBe(0);
    const asked = createKnowledgeBase({ languages: ['pt', 'en'] });
    await asked.addFaq([
      ...faq,
      { question: 'Vocês têm vagas de emprego?', answer: 'Mande seu currículo.' },
    ]);
    expect(await topicOf(asked, 'vcs tem vaga de emprego?')).toBeGreaterThan(0);
  });

  it('AI3: small talk to the one answering and politics are no entry of a shop, in four languages', async () => {
    const kb = createKnowledgeBase({ languages: ['id', 'pt', 'en'] });
    await kb.addFaq([
      { question: 'Can I trade in my old phone?', answer: 'Yes, we value it in store.' },
      {
        question: 'Apakah ada harga grosir?',
        answer: 'Ada, daftar dengan nama toko Anda.',
      },
      { question: 'Vocês consertam celular? Quanto tempo demora?', answer: 'Sim, em 2 dias.' },
      { question: 'Vocês fazem embalagem para presente?', answer: 'Sim, por R$ 5.' },
      { question: 'Berapa lama baterai powerbank tahan?', answer: 'Umur baterai 500 siklus.' },
      { question: 'Do you issue invoices?', answer: 'Yes, in your company name.' },
    ]);
    for (const query of [
      'how old are you',
      'whats ur name',
      'nama kamu siapa kak',
      'umur kamu berapa',
      'quantos anos vc tem',
      'qual o sentido da vida',
      'tienes novia?',
      'cual es tu color favorito',
      'o que vc acha do presidente',
      'recomiendame una pelicula',
    ]) {
      expect(await topicOf(kb, query), query).toBe(0);
    }
    // The same words about an item stay in scope: the pronoun makes the small talk.
    for (const query of [
      'can i trade my old phone',
      'berapa umur baterai powerbank',
      'me dan factura a nombre de mi empresa',
      'tem embalagem de presente?',
    ]) {
      expect(await topicOf(kb, query), query).toBeGreaterThan(0);
    }
  });

  it('AI3: a base that answers small talk keeps it in scope and its entries apart', async () => {
    const kb = createKnowledgeBase({ languages: ['en'] });
    await kb.addFaq([
      { question: 'What is your name?', answer: 'I am Parley, the shop assistant.' },
      { question: 'How old are you?', answer: 'I was built this year.' },
      { question: 'Do you have a girlfriend?', answer: 'I only have customers.' },
    ]);
    const [hit] = await kb.search('how old r u');
    expect(hit?.question).toBe('How old are you?');
    expect(hit?.signals.topicCoverage).toBeGreaterThan(0);
  });

  it('AI3: the service of another business (a bill, a loan, a flight, a doctor, a gym) is no shop entry unless the base names it', async () => {
    const kb = createKnowledgeBase({ languages: ['id', 'pt', 'en'] });
    await kb.addFaq([
      { question: 'Which payment methods do you accept?', answer: 'Cards, PIX and transfer.' },
      { question: 'Como cancelar meu pedido?', answer: 'Pelo app, antes do envio.' },
      { question: 'Berapa ongkos kirim?', answer: 'Mulai Rp 10.000.' },
    ]);
    for (const query of [
      'how do i pay my electricity bill',
      'quero cancelar minha assinatura da netflix',
      'bisa bayar tagihan listrik pln disini',
      'can i get a small loan',
      'vcs fazem emprestimo consignado?',
      'cuanto cuesta un vuelo a lima',
      'how do i cancel my gym membership',
      'me duele la cabeza, q remedio tomo',
    ]) {
      expect(await topicOf(kb, query), query).toBe(0);
    }
    const [pay] = await kb.search('can i pay with pix?');
    expect(pay?.signals.topicCoverage).toBeGreaterThan(0);
    // A phone shop that sells top-ups keeps them in scope.
    const phones = createKnowledgeBase({ languages: ['id'] });
    await phones.addFaq([{ question: 'Apakah jual pulsa?', answer: 'Ya, semua operator.' }]);
    const [pulsa] = await phones.search('ada pulsa telkomsel ga');
    expect(pulsa?.signals.topicCoverage).toBeGreaterThan(0);
  });
});
