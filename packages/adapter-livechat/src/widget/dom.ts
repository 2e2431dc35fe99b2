// DOM helpers of the widget: elements without innerHTML, message content, the launcher icon.
import type { WireContent } from '../protocol.js';

type Attrs = Record<string, string | boolean | undefined>;

/** Creates an element; `true` attributes are set empty, `false`/undefined skipped. */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  ...children: Array<Node | string>
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === true) el.setAttribute(name, '');
    else if (typeof value === 'string') el.setAttribute(name, value);
  }
  el.append(...children);
  return el;
}

const safeUrl = (url: string) => /^(https?:|\/)/i.test(url);

/**
 * An address as written in a sentence, without what closes the sentence around it: "see
 * https://x.id/a." or "(https://x.id/a)" link to https://x.id/a; a ")" the address opened
 * itself (a wiki path) stays.
 */
function trimUrl(url: string): string {
  let end = url.length;
  for (;;) {
    const c = url[end - 1];
    if (c !== undefined && ".,;:!?'*".includes(c)) end--;
    else if (c === ')' && count(url.slice(0, end), ')') > count(url.slice(0, end), '(')) end--;
    else return url.slice(0, end);
  }
}

function count(text: string, char: string): number {
  return text.split(char).length - 1;
}

/** Whether an address in a message may become a clickable link (P-30). */
export type LinkPolicy = (url: URL) => boolean;

export const anyLink: LinkPolicy = () => true;

/**
 * Links to the page's own site and to the domains listed (`data-link-domains`), each with
 * its subdomains; any other address stays text a visitor can still read and copy, so a
 * reply cannot put a one-click phishing link in front of them.
 */
export function linkPolicy(pageHost: string, listed = ''): LinkPolicy {
  const domains = [pageHost, ...listed.split(/[\s,]+/)]
    .map((d) => d.trim().toLowerCase().replace(/^\*\./, ''))
    .filter((d) => d.length > 0);
  return (url) => {
    const host = url.hostname.toLowerCase();
    return domains.some((d) => host === d || host.endsWith(`.${d}`));
  };
}

/** Text with allowed http(s) links made clickable; everything else stays text (never HTML). */
export function linkify(text: string, allows: LinkPolicy = anyLink): Array<Node | string> {
  const out: Array<Node | string> = [];
  let last = 0;
  for (const match of text.matchAll(/https?:\/\/[^\s<>"]+/g)) {
    const url = trimUrl(match[0]);
    let parsed: URL | undefined;
    try {
      parsed = new URL(url);
    } catch {
      parsed = undefined;
    }
    if (!parsed || !allows(parsed)) continue;
    out.push(text.slice(last, match.index));
    out.push(h('a', { href: url, target: '_blank', rel: 'noopener noreferrer' }, url));
    last = match.index + url.length;
  }
  out.push(text.slice(last));
  return out;
}

/** The prefix of files visitors sent; their bytes come over the socket (`file` frames). */
export const FILE_PREFIX = 'livechat-file:';

export function contentNodes(
  content: WireContent,
  allows: LinkPolicy = anyLink,
): Array<Node | string> {
  switch (content.type) {
    case 'text':
      return [h('p', {}, ...linkify(content.text, allows))];
    case 'choice':
      return [h('p', {}, content.title ?? content.optionId)];
    case 'menu':
      return [h('p', {}, ...linkify(content.text, allows))];
    case 'media': {
      const file = content.url.startsWith(FILE_PREFIX) && content.url.slice(FILE_PREFIX.length);
      if (file) {
        const name = content.fileName ?? content.kind;
        // Filled in by `setFile` once the bytes arrive.
        const node =
          content.kind === 'image'
            ? h('img', { alt: content.caption ?? name, 'data-file': file })
            : h('a', { 'data-file': file, download: name, class: 'file' }, name);
        return [
          node,
          ...(content.caption ? [h('p', {}, ...linkify(content.caption, allows))] : []),
        ];
      }
      if (!safeUrl(content.url)) return [h('p', {}, content.caption ?? content.fileName ?? '')];
      const caption = content.caption ? [h('p', {}, ...linkify(content.caption, allows))] : [];
      if (content.kind === 'image') {
        return [h('img', { src: content.url, alt: content.caption ?? '' }), ...caption];
      }
      const name = content.fileName ?? content.url;
      return [
        h('a', { href: content.url, target: '_blank', rel: 'noopener noreferrer' }, name),
        ...caption,
      ];
    }
  }
}

const CHAT_ICON = 'M4 3h16a2 2 0 0 1 2 2v11a2 2 0 0 1-2 2H8l-5 4V5a2 2 0 0 1 1-2z';
const CLOSE_ICON =
  'M6.4 5 12 10.6 17.6 5 19 6.4 13.4 12l5.6 5.6-1.4 1.4-5.6-5.6L6.4 19 5 17.6l5.6-5.6L5 6.4z';

export const CLIP_ICON =
  'M16.5 6v11.5a4 4 0 0 1-8 0V5a2.5 2.5 0 0 1 5 0v10.5a1 1 0 0 1-2 0V6H10v9.5a2.5 2.5 0 0 0 5 0V5a4 4 0 0 0-8 0v12.5a5.5 5.5 0 0 0 11 0V6z';
export const SMILE_ICON =
  'M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20zm0 18a8 8 0 1 1 0-16 8 8 0 0 1 0 16zm3.5-9a1.5 1.5 0 1 0 0-3 1.5 1.5 0 0 0 0 3zm-7 0a1.5 1.5 0 1 0 0-3 1.5 1.5 0 0 0 0 3zm3.5 6.5c2.3 0 4.3-1.5 5.1-3.5H6.9c.8 2 2.8 3.5 5.1 3.5z';

/** An SVG icon from one path, built without innerHTML (Trusted Types safe). */
export function svgIcon(d: string): { svg: SVGSVGElement; path: SVGPathElement } {
  const ns = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(ns, 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('aria-hidden', 'true');
  const path = document.createElementNS(ns, 'path');
  path.setAttribute('d', d);
  svg.append(path);
  return { svg, path };
}

/** The bubble's icon: a speech balloon, or × while open. */
export function icon(): { svg: SVGSVGElement; set(open: boolean): void } {
  const { svg, path } = svgIcon(CHAT_ICON);
  return { svg, set: (open) => path.setAttribute('d', open ? CLOSE_ICON : CHAT_ICON) };
}
