import type { MessageContent } from '../model/content.js';
import { localize } from '../model/localized-text.js';
import { foldText } from '../util/text.js';
import type { MenuConfig, MenuOptionConfig } from './menu-schema.js';

// Words that carry no meaning in a title ("Falar com um atendente"), in en/pt/id.
const filler = new Set(
  'a an and or of the to for with by in on at e ou de da do das dos com para por um uma o os as no na em dan atau ke di dari untuk yang dengan'.split(
    ' ',
  ),
);

function words(text: string): string[] {
  return foldText(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0 && !filler.has(w));
}

// "2", "2.", "2)", "#2", "opção 2", "option 2", "pilihan 2".
const numbered = /^(?:\p{L}+\s*)?#?\s*(\d{1,2})\s*[.)!]?$/u;

/**
 * The option a customer's answer picks (RT2), or undefined. Accepts a native choice,
 * the option's number, or its title typed loosely: case, accents and extra words do
 * not matter ("quero falar com vendas" picks "Vendas"), and a unique part of a title
 * is enough ("suporte" picks "Suporte técnico"). An answer that names two options
 * picks none. Titles with variants are matched in `language` (the ones the customer
 * was shown) first, then in each other language given.
 */
export function matchMenuOption(
  menu: Pick<MenuConfig, 'options'>,
  content: MessageContent,
  language?: string,
): MenuOptionConfig | undefined {
  if (content.type === 'choice') {
    const byId = menu.options.find((o) => o.id === content.optionId);
    return (
      byId ?? (content.title ? matchAnyLanguage(menu.options, content.title, language) : undefined)
    );
  }
  if (content.type !== 'text') return undefined;
  return matchAnyLanguage(menu.options, content.text, language);
}

function matchAnyLanguage(
  options: MenuOptionConfig[],
  raw: string,
  language: string | undefined,
): MenuOptionConfig | undefined {
  const others = new Set(
    options.flatMap((o) => (typeof o.title === 'string' ? [] : Object.keys(o.title))),
  );
  for (const lang of [language, ...others]) {
    const found = matchText(options, raw, lang);
    if (found) return found;
  }
  return undefined;
}

function matchText(
  options: MenuOptionConfig[],
  raw: string,
  language: string | undefined,
): MenuOptionConfig | undefined {
  const text = foldText(raw).trim();
  const number = numbered.exec(text);
  if (number) return options[Number(number[1]) - 1];
  const said = new Set(words(text));
  if (said.size === 0) return undefined;
  const titled = options.map((option) => ({
    option,
    title: words(localize(option.title, language)),
  }));
  // The whole title was typed, maybe among other words: the most specific title wins.
  const whole = titled
    .filter((t) => t.title.length > 0 && t.title.every((w) => said.has(w)))
    .sort((a, b) => b.title.length - a.title.length);
  if (whole.length > 0) {
    const [best, next] = whole;
    if (next && next.title.length === best!.title.length) return undefined;
    // Naming another option too ("vendas e financeiro") is no choice at all.
    const own = new Set(best!.title);
    const other = titled.some((t) => t !== best && t.title.some((w) => said.has(w) && !own.has(w)));
    return other ? undefined : best!.option;
  }
  // Only part of a title was typed: fine when no other title has those words.
  const partial = titled.filter((t) => [...said].every((w) => t.title.includes(w)));
  return partial.length === 1 ? partial[0]!.option : undefined;
}
