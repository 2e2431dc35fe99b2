import type { Store } from '@parley/core';

/**
 * The same synthetic inbox `seedSyntheticInbox` writes with SQL, written through the
 * Store API, so the memory baseline answers the same queries over the same shape.
 */
export async function seedMemoryInbox(
  store: Store,
  tenantId: string,
  conversations: number,
  messagesPerConversation: number,
): Promise<void> {
  const start = Date.parse('2026-01-01T00:00:00Z');
  const phrases = [
    'qual o prazo de entrega',
    'bom dia',
    'quero falar com um atendente',
    'obrigado pela ajuda',
    'qual o preco do plano',
    'meu boleto venceu',
    'preciso trocar o endereco',
  ];
  const channels = ['wa', 'ig', 'web'];
  for (let i = 1; i <= conversations; i++) {
    const pad = String(i).padStart(9, '0');
    const channelId = channels[i % 3]!;
    const at = new Date(start + i * 7000);
    await store.saveContact({
      id: `k${pad}`,
      tenantId,
      identities: [{ channelId, externalId: `x${i}` }],
      name: `Cliente ${i}`,
      email: `cliente${i}@example.com`,
      labels: [],
      notes: [],
      attributes: {},
      createdAt: new Date(start),
      updatedAt: new Date(start),
    });
    const handler = (['assistant', 'operator', 'queue', 'assistant'] as const)[i % 4]!;
    await store.saveConversation({
      id: `v${pad}`,
      tenantId,
      channelId,
      contactId: `k${pad}`,
      contactAddress: `x${i}`,
      status: i % 50 === 0 ? 'closed' : i % 10 === 0 ? 'solved' : 'open',
      handler,
      origin: 'customer',
      ...(i % 4 === 1 && { assigneeId: `op-${i % 20}` }),
      ...(i % 4 === 2 && { teamId: i % 2 === 0 ? 'sales' : 'support' }),
      unreadCount: i % 7 === 0 ? 2 : 0,
      labels: i % 11 === 0 ? ['Follow Up'] : [],
      lastActivityAt: at,
      createdAt: at,
      updatedAt: at,
      state: { plugins: { bench: { n: i } } },
    });
    for (let j = 1; j <= messagesPerConversation; j++) {
      await store.appendMessage({
        id: `m${i}_${j}`,
        tenantId,
        conversationId: `v${pad}`,
        channelId,
        contactId: `k${pad}`,
        direction: 'inbound',
        author: { kind: 'contact' },
        content: { type: 'text', text: `${phrases[(i + j) % 7]} pedido ${i}` },
        status: 'received',
        externalId: `ext-${i}-${j}`,
        createdAt: new Date(at.getTime() - (messagesPerConversation - j) * 1000),
      });
    }
  }
}
