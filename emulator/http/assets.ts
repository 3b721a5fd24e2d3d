/** The app's stylesheet: mobile first, readable at 390 px, two columns on desktop. */
export const APP_CSS = `
*{box-sizing:border-box}
body{margin:0;font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;background:#f2f4f7;color:#1b1f24;line-height:1.45}
.bar{position:sticky;top:0;z-index:1;background:#232f3e;color:#fff;padding:.8rem 1rem;font-weight:600;display:flex;align-items:center;gap:.5rem}
.bar .logo{color:#31c4f3;font-size:1.2rem}.tag{font-weight:400;font-size:.75rem;background:#37475a;border-radius:999px;padding:.1rem .6rem}
main{max-width:1100px;margin:0 auto;padding:1rem;display:grid;gap:1rem}
@media (min-width:900px){main{grid-template-columns:1fr 1fr}.skill,#talk{grid-column:span 1}#developer{grid-column:1/-1}}
.card{background:#fff;border-radius:12px;padding:1rem 1.1rem;box-shadow:0 1px 3px rgba(0,0,0,.12)}
h1{font-size:1.4rem;margin:.1rem 0}h2{font-size:1.05rem;margin:0 0 .6rem;display:flex;gap:.5rem;align-items:center}
.skill-head{display:flex;gap:.9rem;align-items:center}.icon{color:#fff;background:#0a7ea4;border-radius:14px;padding:.6rem;display:flex}
.muted{color:#5b6470}.small{font-size:.85rem}.linking{font-weight:600;color:#0a7ea4;margin:.8rem 0 .4rem}
.chips{display:flex;gap:.4rem;flex-wrap:wrap;margin:.3rem 0}.chip{font-size:.78rem;border-radius:999px;padding:.1rem .6rem;border:1px solid}
.chip.on{color:#116329;border-color:#116329;background:#e9f7ee}.chip.off{color:#6e4a00;border-color:#b7791f;background:#fff7e6}
.actions{display:flex;flex-wrap:wrap;gap:.5rem;margin-top:.6rem}form.inline{display:inline}
.button{display:inline-block;font:inherit;font-weight:600;padding:.6rem 1rem;border-radius:8px;border:1px solid #0a7ea4;background:#fff;color:#0a7ea4;text-decoration:none;cursor:pointer;min-height:44px}
.button.primary{background:#0a7ea4;color:#fff}
.transcript{list-style:none;padding:0;margin:0 0 .8rem;max-height:22rem;overflow:auto;display:flex;flex-direction:column;gap:.35rem}
.transcript li{padding:.45rem .7rem;border-radius:10px;max-width:92%}.transcript .user{align-self:flex-end;background:#dff3fb}
.transcript .alexa{background:#eef0f3}.transcript .note{font-size:.8rem;color:#5b6470;background:none;padding:0 .2rem}
.who{font-weight:700;margin-right:.3rem}.talk{display:grid;grid-template-columns:auto 1fr auto;gap:.4rem}
.talk input,.talk select{font:inherit;padding:.55rem;border:1px solid #9aa4ae;border-radius:8px;min-height:44px;min-width:0}
.feed{list-style:none;padding:0;margin:0;display:grid;gap:.6rem}.feed-card{border:1px solid #d0d7de;border-radius:10px;padding:.7rem}
.feed-card.link{border-color:#0a7ea4;background:#f0f9fc}.feed-card p{margin:.3rem 0 .6rem}
.code{display:block;font-size:1.6rem;letter-spacing:.2em;font-variant-numeric:tabular-nums;margin:.2rem 0}
#household .talk{grid-template-columns:auto 1fr auto;align-items:center}
.facts{display:grid;grid-template-columns:auto 1fr;gap:.2rem .8rem;margin:0}.facts dt{font-weight:600}.facts dd{margin:0}
pre{background:#0f1720;color:#d7e0ea;padding:.8rem;border-radius:8px;overflow:auto;max-height:24rem;font-size:.8rem;white-space:pre-wrap;word-break:break-word}
summary{cursor:pointer;font-weight:600;margin:.4rem 0}.result.ok h1{color:#116329}.result.failed h1{color:#b42318}
.screen{margin-top:.8rem;background:#0b1622;color:#eef3f8;border:10px solid #1d2733;border-radius:14px;padding:1rem;text-align:center;display:grid;gap:.8rem;justify-items:center}
.screen .button{background:#eef3f8}.screen .muted{color:#a9b6c4}.screen .linked{color:#7ee2a8;font-weight:600}
.qr{background:#fff;border-radius:6px;max-width:100%;height:auto;image-rendering:pixelated}
.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}
`;

/** The page's only script: counts the token lifetime down and keeps the newest transcript line in view. */
export const APP_JS = `
document.addEventListener('DOMContentLoaded', function () {
  var list = document.querySelector('.transcript');
  if (list) list.scrollTop = list.scrollHeight;
  var input = document.getElementById('utterance');
  if (input && location.hash === '#talk') input.focus();
  var left = document.querySelector('[data-expires-in]');
  if (!left || left.dataset.expiresIn === '') return;
  var seconds = Number(left.dataset.expiresIn);
  setInterval(function () {
    seconds -= 1;
    left.textContent = seconds > 0 ? seconds + ' s' : 'expired: the next request refreshes it';
  }, 1000);
});
`;
