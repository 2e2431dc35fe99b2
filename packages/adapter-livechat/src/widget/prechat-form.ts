import type { Texts } from './i18n.js';
import type { PrechatField, Profile } from './prechat.js';

const checks: Record<PrechatField, { type: string; max: number; ok: (v: string) => boolean }> = {
  name: { type: 'text', max: 200, ok: (v) => v.length >= 1 },
  email: { type: 'email', max: 320, ok: (v) => /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/.test(v) },
  // Digits with the usual separators; the desk normalises it to E.164 where it can.
  phone: {
    type: 'tel',
    max: 40,
    ok: (v) => /^\+?[\d\s().-]{6,20}$/.test(v) && /\d{6}/.test(v.replace(/\D/g, '')),
  },
};

/**
 * The optional pre-chat form: every field asked is required and checked before the
 * chat starts; a wrong field is marked (aria-invalid) with the reason under it.
 */
export function prechatForm(
  fields: PrechatField[],
  texts: Texts,
  onDone: (profile: Profile) => void,
): HTMLFormElement {
  const form = document.createElement('form');
  form.className = 'prechat';
  form.noValidate = true;
  const intro = document.createElement('p');
  intro.textContent = texts.prechat;
  form.append(intro);
  const inputs = fields.map((field) => {
    const label = document.createElement('label');
    const input = document.createElement('input');
    input.type = checks[field].type;
    input.name = field;
    input.maxLength = checks[field].max;
    input.required = true;
    input.autocomplete = field === 'phone' ? 'tel' : field;
    const error = document.createElement('span');
    error.className = 'error';
    error.id = `plc-${field}-error`;
    error.hidden = true;
    error.textContent = texts.invalid;
    input.setAttribute('aria-describedby', error.id);
    label.append(texts[field], input, error);
    form.append(label);
    return { field, input, error };
  });
  const start = document.createElement('button');
  start.type = 'submit';
  start.className = 'send';
  start.textContent = texts.start;
  form.append(start);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const profile: Profile = {};
    let firstBad: HTMLInputElement | undefined;
    for (const { field, input, error } of inputs) {
      const value = input.value.trim();
      const ok = checks[field].ok(value);
      input.setAttribute('aria-invalid', String(!ok));
      error.hidden = ok;
      if (ok) profile[field] = value;
      else firstBad ??= input;
    }
    if (firstBad) return firstBad.focus();
    onDone(profile);
  });
  return form;
}
