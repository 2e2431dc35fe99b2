import { createTestDesk } from '@parley/core/testing';
import { describe, expect, it } from 'vitest';
import { shopBot } from './shop-bot.js';

// Each test builds a desk on the memory channel with the host's real assistant, plays
// the customer, and asserts on what the customer received and what operators see.
async function deskWithShopBot() {
  return createTestDesk({
    route: { assistant: 'shop' },
    assistants: [{ id: 'shop', assistant: shopBot, backupTeam: 'support' }],
    teams: [{ id: 'support', operators: [{ id: 'maria' }] }],
  });
}

describe('shop bot', () => {
  it('CH8: answers an order question', async () => {
    const t = await deskWithShopBot();
    const customer = t.customer('5521988776655', { name: 'Ana' });
    await customer.send('where is my order a100?');
    expect(customer.lastText()).toBe('Order A100 is shipped.');
  });

  it('CH8: hands off to humans when asked, and stays quiet afterwards', async () => {
    const t = await deskWithShopBot();
    const customer = t.customer('5521988776655');
    await customer.send('I want to talk to a person');
    expect(customer.lastText()).toBe('Connecting you to our team…');
    const [row] = (await t.desk.inbox.list()).items;
    expect(row?.handledBy).toBe('human');
    await customer.send('hello?');
    expect(customer.texts()).toHaveLength(1);
    expect(t.errors).toEqual([]);
  });

  it('CH8: an operator takes over and the customer sees the reply', async () => {
    const t = await deskWithShopBot();
    const customer = t.customer('5521988776655');
    await customer.send('hi');
    const [row] = (await t.desk.inbox.list()).items;
    await t.desk.inbox.reply(row!.conversation.id, 'Hi! Maria here.', { operatorId: 'maria' });
    expect(customer.lastText()).toBe('Hi! Maria here.');
  });
});
