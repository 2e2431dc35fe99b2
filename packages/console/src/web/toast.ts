import { h } from './dom.js';

const toast = h('div', { class: 'toast', role: 'alert', hidden: true });
document.body.append(toast);
let timer: ReturnType<typeof setTimeout> | undefined;

export function showMessage(text: string): void {
  toast.textContent = text;
  toast.hidden = false;
  clearTimeout(timer);
  timer = setTimeout(() => (toast.hidden = true), 6000);
}

export function showError(error: unknown): void {
  showMessage(error instanceof Error ? error.message : String(error));
}

/** Runs an action; a refusal shows its message. Resolves true when it worked. */
export async function attempt(action: () => Promise<unknown>): Promise<boolean> {
  try {
    await action();
    return true;
  } catch (error) {
    showError(error);
    return false;
  }
}
