// BANKING77 and CLINC150 as stored in bench/data (see its README for sources and
// licences): labelled queries, split into the sets the bench indexes, tunes on and
// reports on.

import { existsSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import Papa from 'papaparse';

export interface Labelled {
  text: string;
  /** The intent; `oos` for CLINC150's out-of-scope queries. */
  label: string;
}

export interface IntentSet {
  name: string;
  /** Indexed as the FAQ (train minus the validation split). */
  train: Labelled[];
  /** Carved from train (BANKING77) or CLINC150's own validation split: tuning only. */
  validation: Labelled[];
  /** Reported on; never used for tuning. */
  test: Labelled[];
}

const dataDir = new URL('../../data/', import.meta.url);

function read(name: string): string | undefined {
  const url = new URL(name, dataDir);
  return existsSync(url) ? gunzipSync(readFileSync(url)).toString('utf8') : undefined;
}

/**
 * `text,category` rows; a text with commas, quotes or line breaks is quoted (RFC 4180),
 * so some BANKING77 queries span several lines. Parsed by papaparse: splitting on line
 * breaks had made 79 labels of 77.
 */
function parseCsv(csv: string): Labelled[] {
  const { data } = Papa.parse<string[]>(csv.trim(), { skipEmptyLines: true });
  return data.slice(1).flatMap(([text, label]) => (text && label ? [{ text, label }] : []));
}

/** Every `every`-th query of each intent goes to validation, the rest stays in train. */
function carve(all: Labelled[], every: number): { train: Labelled[]; validation: Labelled[] } {
  const seen = new Map<string, number>();
  const train: Labelled[] = [];
  const validation: Labelled[] = [];
  for (const q of all) {
    const n = (seen.get(q.label) ?? 0) + 1;
    seen.set(q.label, n);
    (n % every === 0 ? validation : train).push(q);
  }
  return { train, validation };
}

export function banking77(): IntentSet | undefined {
  const train = read('banking77-train.csv.gz');
  const test = read('banking77-test.csv.gz');
  if (!train || !test) return undefined;
  return { name: 'banking77', ...carve(parseCsv(train), 10), test: parseCsv(test) };
}

export function clinc150(): IntentSet | undefined {
  const json = read('clinc150-data_full.json.gz');
  if (!json) return undefined;
  const data = JSON.parse(json) as Record<string, Array<[string, string]>>;
  const rows = (key: string) => data[key]!.map(([text, label]) => ({ text, label }));
  return {
    name: 'clinc150',
    train: rows('train'),
    validation: [...rows('val'), ...rows('oos_val')],
    test: [...rows('test'), ...rows('oos_test')],
  };
}
