import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword } from '../src/index.js';
import { signIn, startTestConsole, type TestConsole } from './support.js';

describe('@parley/console API', { timeout: 30_000 }, () => {
  let c: TestConsole;
  beforeAll(async () => {
    c = await startTestConsole();
  });
  afterAll(() => c?.close());

  const api = (path: string, who: { cookie: string; csrf?: string }, init: RequestInit = {}) =>
    fetch(`${c.url}/console/api${path}`, {
      ...init,
      headers: {
        cookie: who.cookie,
        ...(init.body !== undefined && { 'content-type': 'application/json' }),
        ...(who.csrf !== undefined && { 'x-parley-csrf': who.csrf }),
        ...(init.headers as Record<string, string>),
      },
    });

  it('passwords are stored as salted scrypt hashes and checked in constant time', async () => {
    const a = await hashPassword('correct horse');
    const b = await hashPassword('correct horse');
    expect(a).toMatch(/^scrypt\$32768\$8\$1\$/);
    expect(a).not.toBe(b);
    expect(await verifyPassword('correct horse', a)).toBe(true);
    expect(await verifyPassword('wrong horse', a)).toBe(false);
    await expect(hashPassword('short')).rejects.toMatchObject({ code: 'INPUT_INVALID' });
  });

  it('the built-in sign-in sets an httpOnly SameSite=Strict cookie; wrong passwords get nothing', async () => {
    const ok = await signIn(c.url, 'maria', 'maria-secret-1');
    expect(ok.status).toBe(303);
    expect(ok.setCookie).toMatch(/parley_console=.+; Path=\/console; HttpOnly; SameSite=Strict/);
    const bad = await fetch(`${c.url}/console/login`, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'username=maria&password=nope',
    });
    expect(bad.status).toBe(401);
    expect(bad.headers.get('set-cookie')).toBeNull();
    expect((await fetch(`${c.url}/console/api/me`)).status).toBe(401);
    const page = await fetch(`${c.url}/console/`, { redirect: 'manual' });
    expect(page.status).toBe(303);
    expect(page.headers.get('location')).toBe('/console/login');
  });

  it('a change without the CSRF token, or from another origin, is refused', async () => {
    const maria = await signIn(c.url, 'maria', 'maria-secret-1');
    const body = JSON.stringify({ presence: 'away' });
    const noToken = await api('/me/presence', { cookie: maria.cookie }, { method: 'POST', body });
    expect(noToken.status).toBe(403);
    const foreign = await api('/me/presence', maria, {
      method: 'POST',
      body,
      headers: { origin: 'https://evil.example' },
    });
    expect(foreign.status).toBe(403);
    const form = await api('/me/presence', maria, {
      method: 'POST',
      body,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(form.status).toBe(415);
    const ok = await api('/me/presence', maria, { method: 'POST', body });
    expect(ok.status).toBe(200);
    await api('/me/presence', maria, {
      method: 'POST',
      body: JSON.stringify({ presence: 'online' }),
    });
  });

  it('IN1: operators see only their tenant; reports and settings are for admins', async () => {
    await c.t.customer('ana').send('hello there');
    const maria = await signIn(c.url, 'maria', 'maria-secret-1');
    const joao = await signIn(c.url, 'joao', 'joao-secret-1');
    const zed = await signIn(c.url, 'zed', 'zed-secret-12');
    const list = async (who: typeof maria) =>
      (
        (await (await api('/conversations', who)).json()) as {
          items: Array<{ id: string; title: string }>;
        }
      ).items;
    const [row] = await list(maria);
    expect(row).toMatchObject({ title: 'ana' });
    expect(await list(zed)).toEqual([]);
    expect((await api(`/conversations/${row!.id}`, zed)).status).toBe(404);
    expect(
      (await api(`/conversations/${row!.id}/take-over`, zed, { method: 'POST', body: '{}' }))
        .status,
    ).toBe(404);
    const day = new Date().toISOString().slice(0, 10);
    expect((await api(`/reports?since=${day}&until=${day}`, joao)).status).toBe(403);
    expect((await api(`/reports?since=${day}&until=${day}`, maria)).status).toBe(200);
    expect(
      (await api('/canned', joao, { method: 'PUT', body: JSON.stringify({ replies: [] }) })).status,
    ).toBe(403);
  });

  it('IN2: take over, reply, transfer to João, solve, reopen, canned replies and exports', async () => {
    await c.t.customer('bia').send('I need a human');
    const maria = await signIn(c.url, 'maria', 'maria-secret-1');
    const { items } = (await (
      await api('/conversations?search=need%20a%20human', maria)
    ).json()) as { items: Array<{ id: string }> };
    const id = items[0]!.id;
    const post = (action: string, body: unknown = {}) =>
      api(`/conversations/${id}/${action}`, maria, { method: 'POST', body: JSON.stringify(body) });
    expect((await post('reply', { text: 'Hi, Maria here' })).status).toBe(200);
    expect(c.t.customer('bia').lastText()).toBe('Hi, Maria here');
    const moved = await post('transfer', { operatorId: 'joao' });
    expect(await moved.json()).toEqual({ assigneeId: 'joao', teamId: 'support' });
    expect((await post('transfer', { operatorId: 'zed' })).status).toBe(404);
    expect((await post('transfer', { nobody: 1 })).status).toBe(400);
    expect((await post('solve')).status).toBe(200);
    expect((await post('reopen')).status).toBe(200);
    const detail = (await (await api(`/conversations/${id}`, maria)).json()) as Record<
      string,
      unknown
    >;
    expect(detail).toMatchObject({
      status: 'open',
      assignee: { id: 'joao', name: 'João' },
      handoff: { reason: 'customer asked' },
    });

    const canned = [{ shortcut: 'hours', text: 'We open 9–18, Monday to Friday.' }];
    expect(
      (await api('/canned', maria, { method: 'PUT', body: JSON.stringify({ replies: canned }) }))
        .status,
    ).toBe(200);
    expect(((await (await api('/me', maria)).json()) as { canned: unknown }).canned).toEqual(
      canned,
    );
    const bad = await api('/canned', maria, {
      method: 'PUT',
      body: JSON.stringify({ replies: [{ shortcut: '/x', text: 'y' }] }),
    });
    expect(bad.status).toBe(400);

    const day = c.t.clock.now().toISOString().slice(0, 10);
    const csv = await api(
      `/reports/export?since=${day}&until=${day}&by=operator&format=csv`,
      maria,
    );
    expect(csv.headers.get('content-type')).toMatch(/text\/csv/);
    const text = await csv.text();
    expect(text.split('\r\n')[0]).toMatch(/^key,conversations,ai,human,handoff_rate/);
    expect(text).toMatch(/\r\njoao,1,0,1,/);
    const xlsx = await api(`/reports/export?since=${day}&until=${day}&format=xlsx`, maria);
    expect(new Uint8Array(await xlsx.arrayBuffer()).slice(0, 2)).toEqual(
      new Uint8Array([0x50, 0x4b]),
    );
    expect((await api('/reports?since=2026-02-30&until=2026-03-01', maria)).status).toBe(400);
  });

  it('IN1: the list filters by conversation label or by contact label, each its own kind', async () => {
    await c.t.customer('vip-carol').send('hello');
    await c.t.customer('plain-dan').send('hello');
    const rows = (await c.t.desk.inbox.list({ limit: 200 })).items;
    const of = (address: string) => rows.find((r) => r.conversation.contactAddress === address)!;
    await c.t.desk.contacts.addLabel(of('vip-carol').contact.id, 'VIP');
    await c.t.desk.inbox.addLabel(of('plain-dan').conversation.id, 'VIP');
    const maria = await signIn(c.url, 'maria', 'maria-secret-1');
    const titles = async (query: string) =>
      (
        (await (await api(`/conversations?${query}`, maria)).json()) as {
          items: Array<{ title: string }>;
        }
      ).items.map((r) => r.title);
    expect(await titles('contactLabel=VIP')).toEqual(['vip-carol']);
    expect(await titles('label=VIP')).toEqual(['plain-dan']);
    expect(await titles('label=VIP&contactLabel=VIP')).toEqual([]);
  });

  it('signing out ends the session on the server', async () => {
    const joao = await signIn(c.url, 'joao', 'joao-secret-1');
    expect((await api('/session', joao, { method: 'DELETE', body: '{}' })).status).toBe(200);
    expect((await api('/me', joao)).status).toBe(401);
  });
});
