// `npm run quickstart` from the repository root ends here. Zero configuration: open the
// printed URL. Optional: PORT, HOST, OPENAI_API_KEY (+ OPENAI_BASE_URL, OPENAI_MODEL),
// KNOWLEDGE_DIR (your own files, read beside the samples).
import { ParleyError } from '@parley/core';
import { startQuickstart } from './quickstart.js';

try {
  const qs = await startQuickstart({
    onKnowledgeProgress: ({ file, index, total, document, ms }) => {
      const step = `[${index + 1}/${total}]`;
      if (!document) process.stdout.write(`Reading knowledge ${step} ${file} …`);
      else
        process.stdout.write(` ${document.chunks} passages (${((ms ?? 0) / 1000).toFixed(1)}s)\n`);
    },
  });
  // Browsers reach the loopback address by name; the name reads better in a terminal.
  const url = qs.url.replace('//127.0.0.1:', '//localhost:');
  const model =
    qs.assistant.kind === 'openai'
      ? `openaiAssistant (${qs.assistant.model})`
      : 'faqAssistant (offline; set OPENAI_API_KEY to use a model)';
  console.log(
    [
      '',
      `Parley quickstart is running at ${url}`,
      '',
      `  Shop with the chat widget:  ${url}/`,
      `  Agent console:              ${url}/console`,
      '',
      `  Assistant: ${model}`,
      `  Knowledge: ${qs.knowledge.join(', ')}`,
      `  Data:      ${qs.storage === 'memory' ? 'in memory (set PARLEY_DATA_DIR=./.parley-data to keep it)' : qs.storage}`,
      '',
      'Ctrl-C to stop.',
      '',
    ].join('\n'),
  );
  const stop = async () => {
    await qs.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
} catch (error) {
  // Setup problems (port in use, a bad file) are the user's to fix: the message says
  // how, so no stack trace. Anything else is a bug and keeps its trace.
  if (ParleyError.isInstance(error)) {
    console.error(`\nquickstart: ${error.message}\n`);
    process.exit(1);
  }
  throw error;
}
