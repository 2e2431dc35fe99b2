export type { DefaultAssistantOptions } from './default-assistant.js';
export { defaultAssistant } from './default-assistant.js';
export type {
  CaseReport,
  EvaluationCase,
  EvaluationOptions,
  EvaluationReport,
  EvaluationTurn,
  Fact,
  FactResult,
  TurnReport,
} from './evaluate/evaluate-assistant.js';
export { casesFromFaq, evaluateAssistant } from './evaluate/evaluate-assistant.js';
export type { FaqAssistant, FaqAssistantOptions } from './faq/faq-assistant.js';
export { faqAssistant } from './faq/faq-assistant.js';
export type { KnowledgeOption } from './knowledge/resolve.js';
export type {
  KnowledgeCitation,
  KnowledgeHit,
  KnowledgeSearchOptions,
  KnowledgeSource,
} from './knowledge/source.js';
export { describeCitation } from './knowledge/source.js';
export type { LanguageCode } from './language/detect.js';
export { detectLanguage, supportedLanguages } from './language/detect.js';
export type { CannedMessages } from './language/messages.js';
export { defaultMessages } from './language/messages.js';
export type { MessagesOption } from './language/messages-option.js';
export type { RetryOptions } from './openai/chat-call.js';
export type { OpenAIAssistant } from './openai/openai-assistant.js';
export { openaiAssistant } from './openai/openai-assistant.js';
export type { OpenAIAssistantOptions } from './openai/options.js';
export type { AssistantIdentity } from './openai/prompt.js';
export { capText } from './output/cap.js';
export { extractiveSummary } from './summary/extractive.js';
export type { AngerScore } from './takeover/anger.js';
export { angerLexicon, scoreAnger } from './takeover/anger.js';
export type { TakeoverCode, TakeoverMatch, TakeoverOptions } from './takeover/conditions.js';
export { matchTakeover } from './takeover/conditions.js';
export { findHumanRequest, humanRequestPatterns } from './takeover/human-request.js';
export type { AssistantTool, ToolContext } from './tools/define-tool.js';
export { defineTool } from './tools/define-tool.js';
export type { ExternalKnowledgeClient } from './tools/external-knowledge-tool.js';
export { externalKnowledgeTool } from './tools/external-knowledge-tool.js';
export type { LimitBreach, UsageLimits, UsageLimitsOption } from './usage/limits.js';
export { checkUsageLimits, periodStart } from './usage/limits.js';
export type { ModelPrice, PriceTable } from './usage/prices.js';
export { costOf, defaultPrices, priceOf } from './usage/prices.js';
