// The pre-chat fields and the answers kept; the form itself is in the `extras` part (prechat-form.ts).
export const prechatField = ['name', 'email', 'phone'] as const;
export type PrechatField = (typeof prechatField)[number];
export type Profile = Partial<Record<PrechatField, string>>;

/** `data-prechat="name,email,phone"`: the fields asked, in that order; unknown names are ignored. */
export function prechatFields(attr: string | undefined): PrechatField[] {
  const wanted = (attr ?? '').split(',').map((f) => f.trim().toLowerCase());
  return prechatField.filter((f) => wanted.includes(f));
}

/** The pre-chat answers kept from an earlier visit, if any. */
export function readProfile(key: string): Profile | undefined {
  try {
    const raw = JSON.parse(localStorage.getItem(key) ?? 'null') as Record<string, unknown> | null;
    if (!raw || typeof raw !== 'object') return undefined;
    const out: Profile = {};
    for (const field of prechatField)
      if (typeof raw[field] === 'string') out[field] = (raw[field] as string).slice(0, 320);
    return Object.keys(out).length > 0 ? out : undefined;
  } catch {
    return undefined;
  }
}
