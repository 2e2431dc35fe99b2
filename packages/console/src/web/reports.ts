import type { Report } from '@parley/core';
import { base, call } from './api.js';
import { hBars, line, stackedBars } from './charts.js';
import { h, minutes } from './dom.js';
import { type TextKey, t } from './i18n.js';
import { state } from './state.js';
import { attempt } from './toast.js';

type Wire = Omit<Report, 'since' | 'until'> & { since: string; until: string };
const groupings = ['day', 'channel', 'team', 'operator', 'label', 'assistant'] as const;
type Grouping = (typeof groupings)[number];
const groupText: Record<Grouping, TextKey> = {
  day: 'day',
  channel: 'channel',
  team: 'team',
  operator: 'operator',
  label: 'label',
  assistant: 'assistant',
};

const isoDay = (d: Date) => d.toISOString().slice(0, 10);
const zone = Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';

function tile(label: string, value: string): HTMLElement {
  return h(
    'div',
    { class: 'tile' },
    h('span', { class: 'tile-label' }, label),
    h('strong', {}, value),
  );
}

const pct = (v: number | null) => (v === null ? '–' : `${Math.round(v * 100)}%`);

/** The reports page (admins): figures of a date range, charts, a table and exports. */
export function reportsView(): HTMLElement {
  const today = new Date();
  const from = h('input', {
    type: 'date',
    id: 'report-from',
    value: isoDay(new Date(today.getTime() - 6 * 86_400_000)),
  });
  const to = h('input', { type: 'date', id: 'report-to', value: isoDay(today) });
  const by = h(
    'select',
    { id: 'report-by' },
    ...groupings.map((g) => h('option', { value: g }, t(groupText[g]))),
  );
  const out = h('div', { class: 'report-body' });
  const csv = h('a', { class: 'button', download: '' }, t('exportCsv'));
  const xlsx = h('a', { class: 'button', download: '' }, t('exportXlsx'));
  const params = () =>
    new URLSearchParams({ since: from.value, until: to.value, tz: zone, by: by.value });
  const load = () =>
    attempt(async () => {
      const report = await call<Wire>('GET', `/api/reports?${params()}`);
      csv.href = `${base}/api/reports/export?${params()}&format=csv`;
      xlsx.href = `${base}/api/reports/export?${params()}&format=xlsx`;
      out.replaceChildren(...draw(report, by.value as Grouping));
    });
  const form = h(
    'form',
    { class: 'report-form' },
    h('label', {}, t('from'), from),
    h('label', {}, t('to'), to),
    h('label', {}, t('groupBy'), by),
    h('button', { type: 'submit', class: 'primary' }, t('apply')),
    csv,
    xlsx,
  );
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    void load();
  });
  void load();
  return h(
    'section',
    { class: 'reports', 'aria-labelledby': 'reports-title' },
    h('h1', { id: 'reports-title' }, t('reports')),
    form,
    out,
  );
}

function draw(r: Wire, by: Grouping): HTMLElement[] {
  const f = r.totals;
  const tiles = h(
    'div',
    { class: 'tiles' },
    tile(t('conversations'), `${f.conversations} (${t('ai')} ${f.ai} · ${t('human')} ${f.human})`),
    tile(t('firstResponse'), minutes(f.firstResponse.median)),
    tile(t('resolution'), minutes(f.resolution.median)),
    tile(t('handoffRate'), pct(f.handoffRate)),
    tile(
      t('csat'),
      f.csat.average === null ? '–' : `${f.csat.average.toFixed(1)} / 5 (${f.csat.count})`,
    ),
    tile(t('cost'), `$${f.cost.cost.toFixed(4)}`),
  );
  const labels = r.days.map((d) => d.date.slice(5));
  const charts = h(
    'div',
    { class: 'charts' },
    h(
      'figure',
      {},
      h('figcaption', {}, t('volume')),
      stackedBars(t('volume'), labels, [
        { name: t('ai'), cls: 'ai', values: r.days.map((d) => d.ai) },
        { name: t('human'), cls: 'human', values: r.days.map((d) => d.human) },
      ]),
      h(
        'p',
        { class: 'legend' },
        h('span', { class: 'key ai' }),
        t('ai'),
        h('span', { class: 'key human' }),
        t('human'),
      ),
    ),
    h(
      'figure',
      {},
      h('figcaption', {}, t('responseTrend')),
      line(
        t('responseTrend'),
        labels,
        r.days.map((d) =>
          d.firstResponse.median === null ? null : d.firstResponse.median / 60_000,
        ),
        (v) => v.toFixed(1),
      ),
    ),
    h(
      'figure',
      {},
      h('figcaption', {}, t('csatBreakdown')),
      hBars(
        t('csatBreakdown'),
        (['5', '4', '3', '2', '1'] as const).map((s) => ({
          label: `${s} ★`,
          value: f.csat.breakdown[s],
          cls: `s${s}`,
        })),
      ),
    ),
    h(
      'figure',
      {},
      h('figcaption', {}, t('csatTrend')),
      line(
        t('csatTrend'),
        labels,
        r.days.map((d) => d.csat.average),
        (v) => v.toFixed(1),
      ),
    ),
  );
  const rows = by === 'day' ? r.days.map((d) => ({ key: d.date, ...d })) : r.by[by];
  const table = h(
    'table',
    { class: 'report-table' },
    h('caption', {}, `${t('groupBy')}: ${t(groupText[by])}`),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        ...[
          t(groupText[by]),
          t('conversations'),
          t('ai'),
          t('human'),
          t('handoffRate'),
          t('firstResponse'),
          t('resolution'),
          t('csat'),
          t('cost'),
        ].map((c) => h('th', { scope: 'col' }, c)),
      ),
    ),
    h(
      'tbody',
      {},
      ...rows.map((x) =>
        h(
          'tr',
          {},
          h('th', { scope: 'row' }, nameOf(by, x.key)),
          ...[
            String(x.conversations),
            String(x.ai),
            String(x.human),
            pct(x.handoffRate),
            minutes(x.firstResponse.median),
            minutes(x.resolution.median),
            x.csat.average === null ? '–' : x.csat.average.toFixed(1),
            `$${x.cost.cost.toFixed(4)}`,
          ].map((c) => h('td', {}, c)),
        ),
      ),
    ),
  );
  return f.conversations === 0 && f.csat.count === 0
    ? [tiles, h('p', { class: 'muted' }, t('noData'))]
    : [tiles, charts, table];
}

function nameOf(by: Grouping, key: string): string {
  if (by === 'operator')
    for (const team of state.me?.teams ?? [])
      for (const o of team.operators) if (o.id === key && o.name) return o.name;
  if (by === 'channel') return state.me?.channels.find((c) => c.id === key)?.name ?? key;
  return key;
}
