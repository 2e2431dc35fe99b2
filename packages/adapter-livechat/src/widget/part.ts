// How the widget's parts (`widget.js?part=NAME`, see widget-build.ts) reach the first
// script: each is a classic script that hands its value to the <script> element that
// loaded it. A classic script, unlike `import()`, needs no CORS headers when the widget
// is served from another origin than the page, and takes the page's nonce.

type PartScript = HTMLScriptElement & { plc?: unknown };

/** In a part: gives its value to the element that loads it. */
export function exportPart(value: unknown): void {
  // Outside a browser (tests import the texts) there is no element to give it to.
  const el = globalThis.document?.currentScript as PartScript | null | undefined;
  if (el) el.plc = value;
}

/** In the first script: loads part `name` from beside `script`'s own URL. */
export function loadPart<T>(script: HTMLScriptElement | null, name: string): Promise<T> {
  return new Promise((resolve, reject) => {
    const url = new URL(script?.src || location.href, location.href);
    url.searchParams.set('part', name);
    const el: PartScript = document.createElement('script');
    el.src = url.href;
    // Under a nonce-based CSP the part needs the same nonce as the widget.
    if (script?.nonce) el.nonce = script.nonce;
    el.onload = el.onerror = () => {
      el.remove();
      if (el.plc) return resolve(el.plc as T);
      // For the site's developer: the widget route must pass the request URL on.
      console.warn(
        `parley-livechat: could not load ${url.href}; serve widgetScript(req.url) there`,
      );
      reject(new Error(name));
    };
    document.head.append(el);
  });
}

/** True when this script was itself asked for as a part (a route that ignores `?part=`). */
export const isPartUrl = (script: HTMLScriptElement | null) =>
  !!script?.src && new URL(script.src).searchParams.has('part');
