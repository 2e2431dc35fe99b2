import { describe, expect, it } from 'vitest';
import { defaultAssistant } from './default-assistant.js';

const knowledge = { search: async () => [] };

describe('defaultAssistant', () => {
  it('AI7: with no API key or base URL it is the offline FAQ assistant', () => {
    const assistant = defaultAssistant({ knowledge, env: {} });
    expect('model' in assistant).toBe(false);
  });

  it('AI7: an API key or a base URL in the environment selects the model assistant', () => {
    expect(defaultAssistant({ knowledge, env: { OPENAI_API_KEY: 'sk-x' } })).toMatchObject({
      model: 'gpt-4o-mini',
    });
    const local = defaultAssistant({
      knowledge,
      env: { OPENAI_BASE_URL: 'http://127.0.0.1:9/v1' },
      openai: { model: 'llama3.1' },
    });
    expect(local).toMatchObject({ model: 'llama3.1' });
  });
});
