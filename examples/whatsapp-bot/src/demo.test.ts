import { describe, expect, it } from 'vitest';
import { runDemo } from './demo.js';

describe('WhatsApp bot example', () => {
  it('CH1: links by QR and answers each customer from the knowledge base, in their language', async () => {
    const lines = await runDemo();
    expect(lines).toContain(
      '● whatsapp qr: Scan this QR code with WhatsApp on the phone: Settings › Linked devices › Link a device.',
    );
    expect(lines.filter((l) => l.startsWith('● whatsapp connected'))).toHaveLength(1);
    const replies = lines.filter((l) => l.startsWith('→ '));
    expect(replies).toEqual([
      expect.stringMatching(/Entregamos em todo o Grande Rio/),
      expect.stringMatching(/Aceitamos Pix/),
      expect.stringMatching(/Kami menerima QRIS/),
    ]);
    expect(lines.filter((l) => l.startsWith('✗'))).toEqual([]);
  });
});
