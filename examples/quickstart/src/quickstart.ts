import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type LivechatChannel, livechat } from '@parley/adapter-livechat';
import type { Clock, Desk, Logger, Store } from '@parley/core';
import { consoleLogger, listen, ParleyError } from '@parley/core';
import { createHttpServer } from './server/http.js';
import { operatorConsole } from './server/operator-console.js';
import { readReceipts } from './server/read-receipts.js';
import { type AssistantKind, shopAssistant } from './shop/assistant.js';
import { assistantName } from './shop/config.js';
import { createShopDesk } from './shop/desk.js';
import { type KnowledgeProgress, loadKnowledge, sampleKnowledgeDir } from './shop/knowledge.js';

export interface QuickstartOptions {
  /** Default: `PORT` from `env`, else 3000. 0 picks a free port (tests). */
  port?: number;
  /**
   * Default: `HOST` from `env`, else 127.0.0.1. Without `CONSOLE_PASSWORD` the console
   * signs everyone in as Maria: keep it local, or set a password.
   */
  host?: string;
  /**
   * Where settings are read: PORT, HOST, OPENAI_API_KEY, OPENAI_BASE_URL, OPENAI_MODEL,
   * KNOWLEDGE_DIR, PARLEY_DATA_DIR, CONSOLE_PASSWORD.
   */
  env?: Record<string, string | undefined>;
  /** Time zone of the team's business hours (default: this machine's). */
  timeZone?: string;
  clock?: Clock;
  /** Default: memory; with `PARLEY_DATA_DIR`, an embedded Postgres (PGlite) in that folder. */
  store?: Store;
  logger?: Logger;
  /** Called before and after each knowledge file is read (main.ts prints it). */
  onKnowledgeProgress?: KnowledgeProgress;
}

export interface Quickstart {
  /** `http://host:port` */
  url: string;
  desk: Desk;
  chat: LivechatChannel;
  server: Server;
  assistant: { name: string; kind: AssistantKind; model?: string };
  /** Files the knowledge base read, by document id. */
  knowledge: string[];
  /** `memory`, or the folder of the embedded database (`PARLEY_DATA_DIR`). */
  storage: string;
  close(): Promise<void>;
}

/** The port to listen on: `port`, else `PORT`, else 3000. A bad `PORT` says how to fix it. */
export function resolvePort(
  port: number | undefined,
  env: Record<string, string | undefined>,
): number {
  if (port !== undefined) return port;
  const raw = env.PORT?.trim();
  if (raw === undefined || raw === '') return 3000;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0 || value > 65535) {
    throw new ParleyError(
      'CONFIG_INVALID',
      `PORT="${raw}" is not a port number; use 1-65535, e.g. PORT=3001.`,
    );
  }
  return value;
}

/**
 * Starts the whole demo in this process: the desk on embedded defaults, the knowledge
 * base from the sample files, live chat and the agent console on one HTTP server.
 */
export async function startQuickstart(options: QuickstartOptions = {}): Promise<Quickstart> {
  const env = options.env ?? process.env;
  const port = resolvePort(options.port, env);
  const host = options.host ?? env.HOST ?? '127.0.0.1';
  const logger = options.logger ?? consoleLogger;
  const timeZone = options.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone;

  const extra = env.KNOWLEDGE_DIR?.trim();
  const { kb, documents } = await loadKnowledge(
    [sampleKnowledgeDir, ...(extra ? [extra] : [])],
    options.onKnowledgeProgress,
  );
  const picked = shopAssistant(kb, env, options.clock);
  const store = options.store ?? (await durableStore(env.PARLEY_DATA_DIR, options, logger));
  // Local demo: any origin. In production list your site's origins (P-18).
  const chat = livechat({ allowedOrigins: env.CHAT_ORIGINS ? env.CHAT_ORIGINS.split(',') : '*' });
  const desk = createShopDesk({
    chat,
    assistant: picked.assistant,
    timeZone,
    logger,
    ...(options.clock && { clock: options.clock }),
    ...(store && { store }),
  });
  const assistant = {
    name: assistantName,
    kind: picked.kind,
    ...(picked.model && { model: picked.model }),
  };
  const receipts = readReceipts(desk);
  const password = env.CONSOLE_PASSWORD?.trim();
  const operators = await operatorConsole({
    desk,
    chat,
    logger,
    seen: receipts.has,
    ...(password && { password }),
    secureCookie: false,
  });
  const server = createHttpServer({ chat, console: operators.console, logger });

  await desk.start();
  try {
    await listen(server, {
      port,
      host,
      hint: (next) => `start on another port: PORT=${next} npm run quickstart`,
    });
  } catch (error) {
    await desk.stop();
    receipts.close();
    operators.close();
    if (!options.store) await store?.close?.();
    throw error;
  }
  const { port: bound } = server.address() as AddressInfo;
  const shown =
    host === '0.0.0.0' || host === '::' ? 'localhost' : host.includes(':') ? `[${host}]` : host;
  return {
    url: `http://${shown}:${bound}`,
    desk,
    chat,
    server,
    assistant,
    knowledge: documents.map((d) => d.documentId),
    storage: options.store ? 'custom' : env.PARLEY_DATA_DIR?.trim() || 'memory',
    async close() {
      operators.close();
      receipts.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await desk.stop();
      if (!options.store) await store?.close?.();
    },
  };
}

/**
 * PL3: with `PARLEY_DATA_DIR`, conversations, contacts, visitor sessions and CSAT
 * answers survive restarts in an embedded Postgres (PGlite, no server to install).
 * Loaded only then: the memory default needs none of it.
 */
async function durableStore(
  dataDir: string | undefined,
  options: QuickstartOptions,
  logger: Logger,
): Promise<Store | undefined> {
  if (!dataDir?.trim()) return undefined;
  const { createPgliteStore } = await import('@parley/store-postgres');
  return createPgliteStore({
    dataDir: dataDir.trim(),
    logger,
    ...(options.clock && { clock: options.clock }),
  });
}
