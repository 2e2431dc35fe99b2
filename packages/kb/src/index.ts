export type { AbstentionCalibration } from './calibration/calibrate.js';
export type { ChunkOptions } from './chunking/chunk.js';
export type { Embedder } from './embedder/embedder.js';
export type { OpenAIEmbedderOptions } from './embedder/openai-embedder.js';
export { openAIEmbedder } from './embedder/openai-embedder.js';
export type {
  Calibration,
  ExpectedSource,
  RetrievalCase,
  RetrievalCaseResult,
  RetrievalReport,
} from './evaluation/evaluate-retrieval.js';
export { evaluateRetrieval, matchesExpected } from './evaluation/evaluate-retrieval.js';
export type {
  ExternalKnowledgeOptions,
  ExternalKnowledgeResult,
  ExternalKnowledgeTool,
  UnavailableReason,
} from './external/external-knowledge.js';
export { externalKnowledge } from './external/external-knowledge.js';
export { signPayload } from './external/sign.js';
export type { DocumentInput, KnowledgeBase } from './knowledge-base.js';
export { createKnowledgeBase } from './knowledge-base.js';
export type { KnowledgeLimits } from './limits.js';
export { defaultLimits } from './limits.js';
export type { KnowledgeBaseOptions } from './options.js';
export type { KnowledgeSnapshot, StoredChunk, StoredDocument } from './persistence/snapshot.js';
export type { Currency, FieldRole } from './records/field-roles.js';
export { fieldRoles, roleOf } from './records/field-roles.js';
export { rowSentence } from './records/row-sentence.js';
export type {
  Citation,
  DocumentInfo,
  FaqPair,
  FileFormat,
  HitKind,
  IngestAs,
  IngestOptions,
  IngestProgress,
  KnowledgeFile,
  KnowledgeHit,
  KnowledgeSource,
  Language,
  RecordField,
  SearchOptions,
} from './types.js';
export { languages } from './types.js';
