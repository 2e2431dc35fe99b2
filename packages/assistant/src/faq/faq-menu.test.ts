import { createKnowledgeBase } from '@parley/kb';
import { describe, expect, it } from 'vitest';
import { assistantDesk } from '../test-support/desk.js';
import { faqAssistant } from './faq-assistant.js';

async function menuDesk() {
  const kb = createKnowledgeBase({ languages: ['pt'] });
  await kb.addFaq([
    { question: 'Quanto custa o frete para o Nordeste?', answer: 'Para o Nordeste, R$ 24,90.' },
    { question: 'Quanto custa o frete para o Sul?', answer: 'Para o Sul, R$ 14,90.' },
    { question: 'Vocês aceitam Pix?', answer: 'Sim, aceitamos Pix.' },
  ]);
  return assistantDesk({ assistant: () => faqAssistant({ knowledge: kb }) });
}

describe('faqAssistant did-you-mean menu', () => {
  it('AI7: two entries about as likely get a menu of their questions, and a pick is answered', async () => {
    const t = await menuDesk();
    const c = t.channel.customer('c');
    await c.send('quanto custa o frete?');
    const menu = c.received.at(-1)?.content;
    expect(menu).toMatchObject({ type: 'menu', text: 'Você quis dizer uma destas?' });
    const options = menu?.type === 'menu' ? menu.options : [];
    expect(options.map((o) => o.description).sort()).toEqual([
      'Quanto custa o frete para o Nordeste?',
      'Quanto custa o frete para o Sul?',
    ]);
    const sul = options.find((o) => o.description?.includes('Sul'))!;
    await c.choose(sul.id, sul.title);
    expect(c.lastText()).toBe('Para o Sul, R$ 14,90.');
    expect(t.handoffs).toEqual([]);
  });

  it('AI7: a typed option number answers the menu; a clear question is answered outright', async () => {
    const t = await menuDesk();
    const c = t.channel.customer('c');
    await c.send('quanto custa o frete?');
    const menu = c.received.at(-1)?.content;
    const index =
      menu?.type === 'menu'
        ? menu.options.findIndex((o) => o.description?.includes('Nordeste'))
        : -1;
    await c.send(String(index + 1));
    expect(c.lastText()).toBe('Para o Nordeste, R$ 24,90.');
    await c.send('aceita pix?');
    expect(c.lastText()).toBe('Sim, aceitamos Pix.');
  });

  it('AI7: with menu off, the best entry is answered', async () => {
    const kb = createKnowledgeBase({ languages: ['pt'] });
    await kb.addFaq([
      { question: 'Quanto custa o frete para o Nordeste?', answer: 'Para o Nordeste, R$ 24,90.' },
      { question: 'Quanto custa o frete para o Sul?', answer: 'Para o Sul, R$ 14,90.' },
    ]);
    const t = await assistantDesk({
      assistant: () => faqAssistant({ knowledge: kb, menu: false }),
    });
    const c = t.channel.customer('c');
    await c.send('quanto custa o frete?');
    expect(c.lastText()).toMatch(/^Para o (Nordeste|Sul)/);
  });
});
