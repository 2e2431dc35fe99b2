import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadKnowledge, sampleKnowledgeDir } from '../src/shop/knowledge.js';

describe('knowledge loading', () => {
  it('AI3: reports each file before and after it is read, so a slow start shows progress', async () => {
    const files = readdirSync(sampleKnowledgeDir)
      .filter((f) => !f.startsWith('.'))
      .sort();
    const events: string[] = [];
    const { documents } = await loadKnowledge([sampleKnowledgeDir], (e) => {
      events.push(
        `${e.index + 1}/${e.total} ${e.file} ${e.document ? `done ${e.document.chunks}` : 'start'}`,
      );
    });
    expect(documents.map((d) => d.file)).toEqual(files);
    expect(events).toEqual(
      files.flatMap((file, i) => [
        `${i + 1}/${files.length} ${file} start`,
        `${i + 1}/${files.length} ${file} done ${documents[i]!.chunks}`,
      ]),
    );
    expect(documents.every((d) => d.chunks > 0)).toBe(true);
  });
});
