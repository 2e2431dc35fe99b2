/**
 * The panel's CSS (the `panel` part), scoped by the shadow root; `--plc-accent` comes from
 * `data-color`. The bubble's is in launcher.ts.
 */
export const styles = `
.panel{width:min(370px,calc(100vw - 40px));height:min(560px,calc(100vh - 110px));background:#fff;border-radius:14px;box-shadow:0 8px 30px rgba(0,0,0,.25);display:flex;flex-direction:column;overflow:hidden}
header{background:var(--plc-accent);color:#fff;padding:12px 14px;display:flex;align-items:center;gap:8px}
h2{margin:0;font-size:16px;font-weight:600}.head{flex:1}
.presence{margin:0;font-size:12px}.presence::before{content:"";display:inline-block;width:8px;height:8px;border-radius:50%;margin-right:5px;background:#2da44e;box-shadow:0 0 0 1.5px rgba(255,255,255,.85)}.presence.away::before{background:#bf8700}
.close{background:none;border:0;color:#fff;font-size:22px;line-height:1;cursor:pointer;padding:2px 6px;border-radius:6px}
.status{padding:6px 14px;background:#fff8c5;font-size:12px}
.log{flex:1;overflow-y:auto;padding:12px;display:flex;flex-direction:column;gap:8px;background:#f6f8fa}
.msg{align-self:flex-start;max-width:85%;padding:8px 11px;border-radius:12px;background:#fff;border:1px solid #d0d7de;white-space:pre-wrap;word-wrap:break-word}
.msg.in{align-self:flex-end;background:var(--plc-accent);color:#fff;border-color:transparent}
.msg p{margin:0}
.who{display:block;font-size:12px;font-weight:600;color:#59636e;margin-bottom:2px}
.tag{margin-left:6px;padding:0 5px;border-radius:6px;background:#ddf4ff;color:#0969da;font-size:10px;font-weight:600}
.msg a{color:inherit}
.msg img{max-width:100%;border-radius:8px;display:block}
.meta{display:block;font-size:11px;opacity:.9;text-align:right;margin-top:2px}
.menu{display:flex;flex-wrap:wrap;gap:6px;margin-top:8px}
.menu button{border:1px solid var(--plc-accent);background:#fff;color:var(--plc-accent);border-radius:16px;padding:5px 12px;cursor:pointer}
.menu button:disabled{opacity:.5;cursor:default}
.typing{padding:0 14px 6px;font-size:12px;color:#59636e;background:#f6f8fa}
.typing i{display:inline-block;width:5px;height:5px;margin-right:2px;border-radius:50%;background:#59636e;animation:plc-blink 1.2s infinite}
.typing i:nth-child(2){animation-delay:.2s}.typing i:nth-child(3){animation-delay:.4s;margin-right:6px}
@keyframes plc-blink{0%,80%,100%{opacity:.2}40%{opacity:1}}
@media (prefers-reduced-motion:reduce){.typing i,.draft p::after{animation:none}}
.intro{align-self:stretch;background:#fff;border:1px solid #d0d7de;border-left:4px solid var(--plc-accent);border-radius:10px;padding:8px 11px}.intro p{margin:0}.intro .eta{margin-top:4px;font-size:12px;color:#59636e}
.day{align-self:center;font-size:11px;color:#59636e;background:#eaeef2;border-radius:10px;padding:1px 10px}
form{position:relative;display:flex;gap:6px;padding:10px;border-top:1px solid #d0d7de;background:#fff}
.tool{border:0;background:none;padding:0 3px;cursor:pointer;border-radius:8px;color:#59636e;display:grid;place-items:center}.tool svg{width:22px;height:22px;fill:currentColor}
.draft p::after{content:"▍";animation:plc-blink 1s infinite}.file{display:inline-block;padding:6px 10px;border:1px solid currentColor;border-radius:8px;text-decoration:none}.file::before{content:"PDF ";font-weight:700;font-size:11px}
textarea{flex:1;resize:none;border:1px solid #d0d7de;border-radius:10px;padding:8px 10px;height:40px;max-height:120px;background:#fff}
.send{border:0;border-radius:10px;background:var(--plc-accent);color:#fff;padding:0 14px;cursor:pointer}
.send:disabled,textarea:disabled{opacity:.5}
@media (max-width:480px){.open .panel{width:100vw;height:100vh;height:100dvh;border-radius:0}textarea{font-size:16px}}
`;
