import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn, startTestConsole, type TestConsole } from './support.js';

const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);
const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');

describe('@parley/console attachments', { timeout: 30_000 }, () => {
  let c: TestConsole;
  beforeAll(async () => {
    c = await startTestConsole();
  });
  afterAll(() => c?.close());

  const api = (path: string, who: { cookie: string; csrf?: string }, body?: unknown) =>
    fetch(`${c.url}/console/api${path}`, {
      method: body === undefined ? 'GET' : 'POST',
      headers: {
        cookie: who.cookie,
        ...(body !== undefined && { 'content-type': 'application/json' }),
        ...(who.csrf !== undefined && { 'x-parley-csrf': who.csrf }),
      },
      ...(body !== undefined && { body: JSON.stringify(body) }),
    });

  it('P-34, IN2: an operator sends an image and a PDF, checked by their bytes; the customer gets them', async () => {
    await c.t.customer('dina').send('I need a human: the zipper broke');
    const maria = await signIn(c.url, 'maria', 'maria-secret-1');
    const { items } = (await (await api('/conversations?search=zipper', maria)).json()) as {
      items: Array<{ id: string }>;
    };
    const id = items[0]!.id;
    const send = (name: string, bytes: Buffer) =>
      api(`/conversations/${id}/attachment`, maria, { name, data: bytes.toString('base64') });

    expect((await send('zipper.png', PNG)).status).toBe(200);
    expect((await send('label.pdf', PDF)).status).toBe(200);
    const sent = c.t.customer('dina').received.map((m) => m.content);
    expect(sent.slice(-2)).toMatchObject([
      { type: 'media', kind: 'image', mimeType: 'image/png', fileName: 'zipper.png' },
      { type: 'media', kind: 'document', mimeType: 'application/pdf', fileName: 'label.pdf' },
    ]);

    // Refused by what the bytes are, whatever the name says; an empty file too.
    const exe = await send('invoice.pdf', Buffer.from(`MZ\x90\x00${'\x00'.repeat(300)}`));
    expect(exe.status).toBe(415);
    expect(((await exe.json()) as { error: { message: string } }).error.message).toMatch(
      /send an image .* or a PDF/,
    );
    expect((await send('page.png', Buffer.from('<html><script>x()</script></html>'))).status).toBe(
      415,
    );
    expect((await send('nothing.png', Buffer.alloc(0))).status).toBe(400);
    // Without the CSRF token the upload is refused like any change.
    expect(
      (
        await api(
          `/conversations/${id}/attachment`,
          { cookie: maria.cookie },
          { name: 'a', data: 'b' },
        )
      ).status,
    ).toBe(403);

    // The chat window shows them through the media route, within the tenant.
    const detail = (await (await api(`/conversations/${id}`, maria)).json()) as {
      messages: Array<{ attachment?: { kind: string; url: string } }>;
    };
    const files = detail.messages.flatMap((m) => (m.attachment ? [m.attachment] : []));
    expect(files.map((f) => f.kind)).toEqual(['image', 'document']);
    const image = await fetch(`${c.url}${files[0]!.url}`, { headers: { cookie: maria.cookie } });
    expect(image.headers.get('content-type')).toBe('image/png');
    expect(image.headers.get('x-content-type-options')).toBe('nosniff');
    expect(image.headers.get('content-security-policy')).toMatch(/sandbox/);
    expect(Buffer.from(await image.arrayBuffer()).equals(PNG)).toBe(true);
    const pdf = await fetch(`${c.url}${files[1]!.url}`, { headers: { cookie: maria.cookie } });
    expect(pdf.headers.get('content-disposition')).toMatch(/^attachment; filename="label.pdf"/);
    // Another tenant's operator cannot read it.
    const zed = await signIn(c.url, 'zed', 'zed-secret-12');
    expect(
      (await fetch(`${c.url}${files[0]!.url}`, { headers: { cookie: zed.cookie } })).status,
    ).toBe(404);
  });

  it('IN2: a file over the size limit is refused with the limit said', async () => {
    await c.t.customer('edu').send('I need a human please');
    const maria = await signIn(c.url, 'maria', 'maria-secret-1');
    const { items } = (await (await api('/conversations?search=human%20please', maria)).json()) as {
      items: Array<{ id: string }>;
    };
    const big = Buffer.concat([PNG, Buffer.alloc(5 * 1024 * 1024)]);
    const res = await api(`/conversations/${items[0]!.id}/attachment`, maria, {
      name: 'huge.png',
      data: big.toString('base64'),
    });
    expect(res.status).toBe(413);
  });

  it('IN2: the operator typing in the console shows as typing to the customer', async () => {
    await c.t.customer('fabi').send('I need a human for my order');
    const maria = await signIn(c.url, 'maria', 'maria-secret-1');
    const { items } = (await (await api('/conversations?search=my%20order', maria)).json()) as {
      items: Array<{ id: string }>;
    };
    const id = items[0]!.id;
    expect((await api(`/conversations/${id}/typing`, maria, { on: true })).status).toBe(200);
    expect(c.t.customer('fabi').typing).toBe(true);
    expect((await api(`/conversations/${id}/typing`, maria, { on: false })).status).toBe(200);
    expect(c.t.customer('fabi').typing).toBe(false);
    expect((await api(`/conversations/${id}/typing`, maria, { on: 'yes' })).status).toBe(400);
  });
});
