// A loopback server speaking OpenAI's /v1/embeddings wire format, with a toy model:
// one dimension per concept, counting the words that start with one of its stems.
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface EmbeddingRequest {
  path: string;
  authorization: string | undefined;
  body: { model: string; input: string[]; encoding_format?: string; dimensions?: number };
}

export interface FakeEmbeddings {
  baseURL: string;
  requests: EmbeddingRequest[];
  /** Makes the next requests fail with this HTTP status (0 = answer normally). */
  failWith(status: number): void;
  close(): Promise<void>;
}

const fold = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();

export function toyEmbedding(text: string, concepts: string[][]): number[] {
  const vector = concepts.map(() => 0);
  vector.push(0.05);
  for (const word of fold(text).match(/\p{L}+/gu) ?? []) {
    concepts.forEach((stems, i) => {
      if (stems.some((s) => word.startsWith(s))) vector[i]! += 1;
    });
  }
  return vector;
}

async function readBody(req: IncomingMessage): Promise<string> {
  const parts: Buffer[] = [];
  for await (const part of req) parts.push(part as Buffer);
  return Buffer.concat(parts).toString('utf8');
}

export async function startFakeEmbeddings(concepts: string[][]): Promise<FakeEmbeddings> {
  const requests: EmbeddingRequest[] = [];
  let failure = 0;
  const server = createServer(async (req, res) => {
    const body = JSON.parse(await readBody(req)) as EmbeddingRequest['body'];
    requests.push({ path: req.url ?? '', authorization: req.headers.authorization, body });
    if (failure) {
      res.writeHead(failure, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ error: { message: 'model overloaded', type: 'server_error' } }));
      return;
    }
    const data = body.input.map((text, index) => ({
      object: 'embedding',
      index,
      embedding: toyEmbedding(text, concepts),
    }));
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(
      JSON.stringify({
        object: 'list',
        data: data.reverse(),
        model: body.model,
        usage: { prompt_tokens: 1, total_tokens: 1 },
      }),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseURL: `http://127.0.0.1:${port}/v1`,
    requests,
    failWith: (status) => {
      failure = status;
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
