import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { livechat } from './livechat.js';
import { widgetParts } from './widget-build.js';
import { widgetScript } from './widget-script.js';

describe('widget script and options', () => {
  it('CH5: the widget builds from source into a first script within the pre-issue-19 budget, without zod', async () => {
    const code = await widgetScript();
    expect(code.startsWith('"use strict";(()=>{') || code.startsWith('(()=>{')).toBe(true);
    expect(code).not.toMatch(/\bzod\b|ZodError/);
    expect(code).toContain('parley-livechat');
    // The budget issue 19 named: the 6,266 B (gzip -9) widget before it.
    expect(gzipSync(code, { level: 9 }).byteLength).toBeLessThan(6266);
    expect(await widgetScript()).toBe(code);
    expect(await widgetScript('/widget.js?v=3')).toBe(code);
  });

  it('CH5: the parts the widget loads on first use come from the same route with ?part=', async () => {
    const first = await widgetScript('/widget.js');
    for (const part of Object.keys(widgetParts)) {
      const code = await widgetScript(`/widget.js?part=${part}`);
      expect(code, part).not.toBe(first);
      expect(code, part).not.toMatch(/\bzod\b|ZodError/);
      expect(code.startsWith('"use strict";(()=>{') || code.startsWith('(()=>{'), part).toBe(true);
    }
    expect(await widgetScript(new URL('https://shop.example/widget.js?part=id'))).toContain(
      'Buka obrolan',
    );
    await expect(widgetScript('/widget.js?part=../../etc/passwd')).rejects.toThrow(
      /no part "\.\.\/\.\.\/etc\/passwd" \(parts: panel, extras, id, pt\)/,
    );
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
