// The `extras` part (`widget.js?part=extras`): what most visitors never use, loaded on
// first use — the emoji picker's grid, the pre-chat and offline forms, and their CSS.
import { fillEmoji } from './emoji.js';
import { exportPart } from './part.js';
import { prechatForm } from './prechat-form.js';

const css = `
.prechat{flex-direction:column;gap:8px;padding:12px 14px}.prechat p{margin:0;color:#59636e}.prechat label{display:flex;flex-direction:column;gap:2px;font-size:13px}
.prechat input{font:inherit;border:1px solid #d0d7de;border-radius:8px;padding:7px 9px}.prechat input[aria-invalid=true]{border-color:#d1242f}.prechat .error{color:#d1242f;font-size:12px}.prechat .send{padding:9px 14px}
.emoji{position:absolute;bottom:100%;left:8px;display:grid;grid-template-columns:repeat(7,36px);gap:2px;padding:6px;background:#fff;border:1px solid #d0d7de;border-radius:10px;box-shadow:0 4px 14px rgba(0,0,0,.15)}.emoji button{border:0;background:none;font-size:20px;height:36px;cursor:pointer;border-radius:6px}.emoji button:hover{background:#eaeef2}
@media (max-width:480px){.prechat input{font-size:16px}}
`;

const extras = { css, fillEmoji, prechatForm };
export type Extras = typeof extras;

exportPart(extras);
