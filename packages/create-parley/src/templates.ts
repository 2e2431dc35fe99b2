/** The project kinds `create-parley` writes; each is a folder under templates/. */
export const templates = {
  shop: 'a shop with the live-chat widget, answering from its FAQ (id, pt or en)',
  whatsapp: 'a WhatsApp number linked by QR code, with a knowledge base and a human handoff',
  agency: 'an agency serving several businesses (tenants) from one process',
} as const;

export type TemplateName = keyof typeof templates;

/** Languages the shop template's FAQ and widget are written in. */
export const languages = ['en', 'id', 'pt'] as const;
export type Language = (typeof languages)[number];

export function isTemplate(value: string): value is TemplateName {
  return Object.hasOwn(templates, value);
}

export function isLanguage(value: string): value is Language {
  return (languages as readonly string[]).includes(value);
}
