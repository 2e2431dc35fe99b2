import assert from 'node:assert/strict';
import { test } from 'node:test';
import { memoryChannel } from '@parley/core';
import { createShopDesk } from '../src/desk.js';
import { faq } from '../src/faq.js';

test('answers a customer from the FAQ, in its language', async () => {
  const web = memoryChannel();
  const desk = await createShopDesk(web);
  await desk.start();
  try {
    const customer = web.customer('visitor-1', { name: 'Ana' });
    for (const { question, answer } of faq) {
      await customer.send(question);
      assert.equal(customer.lastText(), answer);
    }
  } finally {
    await desk.stop();
  }
});

test('hands a question it cannot answer to the team', async () => {
  const web = memoryChannel();
  const desk = await createShopDesk(web);
  const handoffs: string[] = [];
  desk.on('handoff.requested', ({ conversation }) => handoffs.push(conversation.id));
  await desk.start();
  try {
    await web.customer('visitor-2').send('xyzzy quantum bicycle repair?');
    assert.equal(handoffs.length, 1);
  } finally {
    await desk.stop();
  }
});
