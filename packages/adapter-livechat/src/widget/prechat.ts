// The pre-chat fields; the form itself is in the `extras` part (prechat-form.ts).
export const prechatField = ['name', 'email', 'phone'] as const;
export type PrechatField = (typeof prechatField)[number];
export type Profile = Partial<Record<PrechatField, string>>;

/** `data-prechat="name,email,phone"`: the fields asked, in that order; unknown names are ignored. */
export function prechatFields(attr: string | undefined): PrechatField[] {
  const wanted = (attr ?? '').split(',').map((f) => f.trim().toLowerCase());
  return prechatField.filter((f) => wanted.includes(f));
}
