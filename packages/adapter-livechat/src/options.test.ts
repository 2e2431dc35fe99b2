import { ParleyError } from '@parley/core';
import { describe, expect, it } from 'vitest';
import { livechat } from './livechat.js';

describe('livechat options', () => {
  it('IN5: a misspelt option fails with CONFIG_INVALID and the key meant, never silently ignored', () => {
    const attempt = (options: object) => {
      try {
        livechat(options as never);
      } catch (e) {
        expect(ParleyError.hasCode(e, 'CONFIG_INVALID')).toBe(true);
        return (e as Error).message;
      }
      return 'accepted';
    };
    expect(attempt({ alowedOrigins: ['https://shop.example'] })).toMatch(
      /unknown key "alowedOrigins" \(did you mean "allowedOrigins"\?\)/,
    );
    expect(attempt({ rate: { burst: 5, perSecnd: 1 } })).toMatch(
      /rate: unknown key "perSecnd" \(did you mean "perSecond"\?\)/,
    );
    expect(attempt({ allowedOrigins: ['https://shop.example'] })).toBe('accepted');
  });
});
