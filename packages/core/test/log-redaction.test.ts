import { describe, expect, it } from 'vitest';
import { type Logger, redactingLogger, scrubText } from '../src/index.js';
import { createTestDesk } from '../src/testing/index.js';

function capture(): { logger: Logger; lines: string[] } {
  const lines: string[] = [];
  const at = (level: string) => (message: string, fields?: Record<string, unknown>) => {
    lines.push(`${level} ${message} ${JSON.stringify(fields ?? {})}`);
  };
  return {
    lines,
    logger: { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') },
  };
}

const secrets = [
  '+55 21 98877-6655',
  '5521988776655@s.whatsapp.net',
  'ana.souza@example.com',
  'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw',
  'sk-proj-abcdefghijklmnop',
  'Bearer inbox-token-for-tests-0123456789',
  'my-hmac-token-value',
  'Quero cancelar meu pedido',
];

describe('log redaction', () => {
  it('P-33: at info and above, phones, emails, tokens, secrets and message bodies never reach the log', async () => {
    const { logger, lines } = capture();
    const t = await createTestDesk({ logger });
    // What adapters and stages log, through the desk's (wrapped) logger.
    const log = redactingLogger(logger);
    log.warn('send to +55 21 98877-6655 failed (5521988776655@s.whatsapp.net)', {
      to: '5521988776655@s.whatsapp.net',
      contact: { email: 'ana.souza@example.com', phone: '+5521988776655', name: 'Ana' },
      headers: { authorization: 'Bearer inbox-token-for-tests-0123456789' },
      config: {
        webhookSecret: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw',
        hmac_token: 'my-hmac-token-value',
      },
      error: new Error('401 for key sk-proj-abcdefghijklmnop'),
      message: { text: 'Quero cancelar meu pedido' },
    });
    log.info('mailto ana.souza@example.com');
    await t.customer('+5521988776655', { name: 'Ana' }).send('Quero cancelar meu pedido');
    const all = lines.join('\n');
    for (const secret of secrets) expect(all, secret).not.toContain(secret);
    expect(all).toContain('[redacted-phone]');
    expect(all).toContain('"name":"Ana"');
    await t.desk.stop();
  });

  it('P-33: debug is left alone unless asked; the desk can turn redaction off', () => {
    const { logger, lines } = capture();
    redactingLogger(logger).debug('+5521988776655');
    redactingLogger(logger, { levels: ['debug'] }).debug('+5521988776655');
    expect(lines).toEqual(['debug +5521988776655 {}', 'debug [redacted-phone] {}']);
    expect(scrubText('order 12345 costs R$ 1.234,50')).toBe('order 12345 costs R$ 1.234,50');
  });
});
