import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { livechat } from './livechat.js';
import { widgetScript } from './widget-script.js';

describe('widget script and options', () => {
  it('CH5: the widget builds from source into one small IIFE without zod', async () => {
    const code = await widgetScript();
    expect(code.startsWith('"use strict";(()=>{') || code.startsWith('(()=>{')).toBe(true);
    expect(code).not.toMatch(/\bzod\b|ZodError/);
    expect(code).toContain('parley-livechat');
    expect(gzipSync(code).byteLength).toBeLessThan(15 * 1024);
    expect(await widgetScript()).toBe(code);
  });

  it('CH5: bad options are refused with what to fix', () => {
    expect(() => livechat({ maxPayloadBytes: 10 })).toThrow(
      /Invalid livechat options: maxPayloadBytes/,
    );
    expect(() => livechat({ allowedOrigins: ['not a url'] })).toThrow(/allowedOrigins\.0/);
    expect(() => livechat({ rate: { burst: 0, perSecond: 1 } })).toThrow(/rate\.burst/);
    const chat = livechat();
    expect(() => chat.attach({} as never, { path: 'chat' })).toThrow(/must start with "\/"/);
  });

  it('CH5: sending before the desk starts says what to do', async () => {
    const chat = livechat();
    await expect(
      chat.send(
        {
          id: 'm1',
          conversationId: 'c1',
          to: 'visitor:x',
          content: { type: 'text', text: 'hi' },
          author: { kind: 'system' },
        },
        {},
      ),
    ).rejects.toThrow(/await desk\.start\(\)/);
  });
});
