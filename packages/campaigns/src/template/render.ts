/** What a template may say about the contact it is sent to. */
export interface TemplateContact {
  name?: string;
  phone?: string;
  email?: string;
  attributes: Record<string, string | number | boolean>;
}

const placeholder = /\{\{\s*([^{}|]+?)\s*(?:\|([^{}]*))?\}\}/g;
const fields = new Set(['name', 'first_name', 'phone', 'email']);

function known(variable: string): boolean {
  return fields.has(variable) || /^attributes\.[A-Za-z0-9_.-]+$/.test(variable);
}

/** Why a template cannot work, or undefined (checked when a campaign is defined). */
export function checkTemplate(text: string): string | undefined {
  for (const m of text.matchAll(placeholder)) {
    if (!known(m[1]!)) {
      return `unknown placeholder {{${m[1]}}}; use {{name}}, {{first_name}}, {{phone}}, {{email}} or {{attributes.<key>}}`;
    }
  }
  const rest = text.replace(placeholder, '');
  if (rest.includes('{{') || rest.includes('}}'))
    return 'a placeholder is not closed; write it as {{name}}';
  return undefined;
}

function lookup(variable: string, contact: TemplateContact): string | undefined {
  const text = (v: unknown) => (v === undefined || v === '' ? undefined : String(v));
  switch (variable) {
    case 'name':
      return text(contact.name?.trim());
    case 'first_name':
      return text(contact.name?.trim().split(/\s+/)[0]);
    case 'phone':
      return text(contact.phone);
    case 'email':
      return text(contact.email);
    default:
      return text(contact.attributes[variable.slice('attributes.'.length)]);
  }
}

export type Rendered = { ok: true; text: string } | { ok: false; missing: string[] };

/**
 * Fills the placeholders from the contact. A value the contact lacks takes the
 * placeholder's fallback (`{{first_name|there}}`); with none, nothing is sent rather
 * than a message with a hole in it.
 */
export function renderTemplate(text: string, contact: TemplateContact): Rendered {
  const missing: string[] = [];
  const out = text.replace(placeholder, (_all, variable: string, fallback?: string) => {
    const value = lookup(variable, contact) ?? fallback?.trim();
    if (value === undefined) missing.push(variable);
    return value ?? '';
  });
  return missing.length > 0 ? { ok: false, missing } : { ok: true, text: out };
}

/**
 * The variant for `language` among per-language templates: the exact code, then its
 * base (`pt-BR` → `pt`), then the campaign's language, then the first one given.
 */
export function pickVariant(
  template: string | Record<string, string>,
  language: string | undefined,
  fallback: string,
): string {
  if (typeof template === 'string') return template;
  const base = (code: string | undefined) => code?.toLowerCase().split('-')[0];
  const entries = Object.entries(template);
  const find = (code: string | undefined) =>
    code === undefined
      ? undefined
      : (template[code] ?? entries.find(([k]) => base(k) === base(code))?.[1]);
  return find(language) ?? find(fallback) ?? entries[0]![1];
}
