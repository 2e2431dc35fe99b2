import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { campaignHarness } from '../test-support.js';

const csv = [
  'Nome;Celular;E-mail;Cidade;Idioma',
  'Ana Souza;+55 21 98877-6655;ana@example.com;Niterói;pt',
  'Bruno;(21) 3333;bruno@example.com;Rio;pt',
  ';;;;',
  'Carla;21 99123-4567;carla(at)example.com;Rio;pt',
  'Dani;5521988776655;;Recife;pt',
  'Edu;;edu@example.com;Rio;pt',
  'Fabi;21 99555-1234;;São Paulo;portuguese',
  'Gabi;+55 11 99876-5432;;São Paulo;pt-BR',
].join('\r\n');

describe('OB2: contact lists', () => {
  it('OB2: a CSV import keeps good rows and reports each bad one by its row number', async () => {
    const t = await campaignHarness();
    await t.campaigns.lists.create({ id: 'leads', defaultCountry: 'BR' });
    const report = await t.campaigns.lists.import('leads', { name: 'leads.csv', data: csv });
    expect(report).toMatchObject({ listId: 'leads', rows: 7, added: 2, updated: 0 });
    expect(report.rejected.map((r) => [r.row, r.reason])).toEqual([
      [3, expect.stringMatching(/"\(21\) 3333" is not a phone number/)],
      [5, expect.stringMatching(/"carla\(at\)example.com" is not an e-mail/)],
      [6, 'the same contact as row 2'],
      [7, 'no phone number'],
      [8, expect.stringMatching(/"portuguese" is not a language code/)],
    ]);
    expect(report.rejected[0]!.values).toMatchObject({ Nome: 'Bruno', Celular: '(21) 3333' });
    const members = (await t.campaigns.lists.members('leads')).items;
    expect(members).toEqual([
      {
        address: '5511998765432',
        phone: '+5511998765432',
        name: 'Gabi',
        language: 'pt-BR',
        attributes: { cidade: 'São Paulo' },
      },
      {
        address: '5521988776655',
        phone: '+5521988776655',
        name: 'Ana Souza',
        email: 'ana@example.com',
        language: 'pt',
        attributes: { cidade: 'Niterói' },
      },
    ]);
  });

  it('OB2: an XLSX import finds the header under title rows and reports rows as Excel numbers them', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Kontak');
    sheet.addRow(['Daftar pelanggan Juni']);
    sheet.addRow([]);
    sheet.addRow(['Nama', 'Nomor WA', 'Kota', 'Zona Waktu']);
    sheet.addRow(['Budi', 6281234567890, 'Jakarta', 'Asia/Jakarta']);
    sheet.addRow(['Sari', '0813-1111-2222', 'Makassar', 'Asia/Makassar']);
    sheet.addRow(['Tono', '12', 'Bandung', 'Asia/Jakarta']);
    sheet.addRow(['Wati', '6281299998888', 'Medan', 'Asia/Medan']);
    const data = new Uint8Array(await workbook.xlsx.writeBuffer());
    const t = await campaignHarness();
    await t.campaigns.lists.create({ id: 'id', defaultCountry: 'ID' });
    const report = await t.campaigns.lists.import('id', { name: 'kontak.xlsx', data });
    expect(report).toMatchObject({ rows: 4, added: 2 });
    expect(report.rejected.map((r) => [r.row, r.reason])).toEqual([
      [6, expect.stringMatching(/"12" is not a phone number/)],
      [7, expect.stringMatching(/"Asia\/Medan" is not an IANA time zone/)],
    ]);
    const members = (await t.campaigns.lists.members('id')).items;
    expect(members.map((m) => [m.address, m.name, m.timeZone, m.attributes.kota])).toEqual([
      ['6281234567890', 'Budi', 'Asia/Jakarta', 'Jakarta'],
      ['6281311112222', 'Sari', 'Asia/Makassar', 'Makassar'],
    ]);
  });

  it('OB2: columns can be named when the headers are not recognised', async () => {
    const t = await campaignHarness();
    await t.campaigns.lists.create({ id: 'x' });
    const data = 'Cliente,Zap\nAna,5521988776655\n';
    const report = await t.campaigns.lists.import(
      'x',
      { name: 'a.csv', data },
      { columns: { name: 'Cliente', phone: 'Zap' } },
    );
    expect(report).toMatchObject({ added: 1, rejected: [] });
    await expect(
      t.campaigns.lists.import('x', { name: 'a.csv', data }, { columns: { phone: 'Celular' } }),
    ).rejects.toThrow(/no column "Celular" \(columns.phone\).*Cliente, Zap/);
  });

  it('OB2: a file without a phone column or with broken quotes is refused as a whole, saying why', async () => {
    const t = await campaignHarness();
    await t.campaigns.lists.create({ id: 'x' });
    await expect(
      t.campaigns.lists.import('x', { name: 'a.csv', data: 'name,city\nAna,Rio' }),
    ).rejects.toThrow(/no phone column among name, city.*columns: \{ phone/);
    await expect(
      t.campaigns.lists.import('x', { name: 'b.csv', data: 'name,phone\n"Ana,5521988776655' }),
    ).rejects.toThrow(/quoted field is never closed/);
    await expect(
      t.campaigns.lists.import('nope', { name: 'a.csv', data: 'phone\n5521988776655' }),
    ).rejects.toThrow(/No contact list "nope"/);
    await expect(
      t.campaigns.lists.import(
        'x',
        { name: 'big.csv', data: `phone\n${'5521988776655\n'.repeat(4)}` },
        { maxRows: 3 },
      ),
    ).rejects.toThrow(/more than 3 rows/);
  });

  it('OB2: a Latin-1 CSV from an old Excel is read correctly', async () => {
    const t = await campaignHarness();
    await t.campaigns.lists.create({ id: 'x' });
    const bytes = new Uint8Array([
      ...Buffer.from('nome,telefone\n', 'latin1'),
      ...Buffer.from('João Gonçalves,5521988776655\n', 'latin1'),
    ]);
    await t.campaigns.lists.import('x', { name: 'velho.csv', data: bytes });
    expect((await t.campaigns.lists.members('x')).items[0]?.name).toBe('João Gonçalves');
  });

  it('OB2: lists added in code report bad entries by position and update existing members', async () => {
    const t = await campaignHarness();
    await t.campaigns.lists.create({ id: 'vip' });
    const first = await t.campaigns.lists.add('vip', [
      { phone: '+5521988776655', name: 'Ana' },
      { phone: 'not a phone' },
      { address: 'visitor-42', name: 'Web visitor', attributes: { plan: 'gold' } },
    ]);
    expect(first).toMatchObject({ rows: 3, added: 2, updated: 0 });
    expect(first.rejected.map((r) => r.row)).toEqual([2]);
    const second = await t.campaigns.lists.add('vip', [
      { phone: '5521988776655', name: 'Ana Souza' },
    ]);
    expect(second).toMatchObject({ added: 0, updated: 1 });
    expect(await t.campaigns.lists.all()).toHaveLength(1);
    expect(await t.campaigns.lists.removeMember('vip', 'visitor-42')).toBe(true);
    expect((await t.campaigns.lists.members('vip')).items.map((m) => m.name)).toEqual([
      'Ana Souza',
    ]);
    await expect(t.campaigns.lists.create({ id: 'vip' })).rejects.toThrow(/already exists/);
    await expect(t.campaigns.lists.create({ id: 'bad id' })).rejects.toThrow(/id/);
  });
});
