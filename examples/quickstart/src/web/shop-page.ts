import { products } from '../samples/products.js';
import { ids, shopName } from '../shop/config.js';

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * The demo shop: the products of the sample price list and the chat widget, added the
 * way any site adds it — one script tag. The widget connects back to this server.
 */
export function renderShopPage(): string {
  const cards = products
    .map(
      (p) => `<li class="card"><h2>${esc(p.name)}</h2><p>${esc(p.description[0] ?? '')}</p>
<p class="price">US$ ${p.price}</p><p class="stock">${p.stock > 0 ? `${p.stock} in stock` : 'Back next month'}</p></li>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${esc(shopName)} - demo shop</title>
<style>
body{margin:0;font:16px/1.5 system-ui,sans-serif;color:#1f2328;background:#f6f8fa}
header{background:#123b2a;color:#fff;padding:24px 32px}header h1{margin:0;font-size:28px}
header p{margin:4px 0 0;opacity:.85}main{padding:24px 32px 120px;max-width:1100px}
.hint{background:#fff8c5;border:1px solid #d4a72c;border-radius:8px;padding:10px 14px;margin:0 0 20px}
ul{list-style:none;padding:0;display:grid;grid-template-columns:repeat(auto-fill,minmax(240px,1fr));gap:16px}
.card{background:#fff;border:1px solid #d0d7de;border-radius:10px;padding:16px}.card h2{font-size:18px;margin:0 0 6px}
.card p{margin:4px 0;font-size:14px}.price{font-weight:700;font-size:18px!important}.stock{color:#57606a}
</style></head>
<body><header><h1>${esc(shopName)}</h1><p>Gear for hiking, trail running and travel.</p></header>
<main><p class="hint">This is a demo shop. Open the chat bubble at the bottom right, and the
<a href="/console" target="_blank">agent console</a> in another window to answer as an operator.</p>
<ul>${cards}</ul></main>
<script src="/widget.js" data-channel="${ids.channel}" data-title="${esc(shopName)}" data-color="#1a7f37" async></script>
</body></html>`;
}
