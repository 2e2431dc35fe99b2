import { describe, expect, it } from 'vitest';
import { runDemo } from './demo.js';

describe('instagram comment-to-DM example', () => {
  it('CH4: the offline demo answers the promo once, judges the quiz, and hands the DM to the assistant', async () => {
    const lines = await runDemo();
    const dms = lines.filter((l) => l.startsWith('→ dm:'));
    expect(dms).toEqual([
      '→ dm: Hi @dewi.sartika! Your code is JAN10: 10% off batik tulis until the 31st. Want the catalogue?',
      '→ dm: Correct, @budi! Batik Danar Hadi started in Solo. Your voucher: QUIZ15.',
      '→ dm: Not quite, @ayu: it was Solo. Thanks for playing!',
      '→ dm: Here it is: https://shop.example/catalogue. Which motif do you like?',
    ]);
    expect(lines.at(-1)).toBe('Graph API calls: 4 DMs (3 private replies), 3 public replies');
    expect(lines.filter((l) => l.startsWith('✗'))).toEqual([]);
  });
});
