/**
 * The pages' stylesheet: mobile-first, system fonts, WCAG AA contrast (text #1a1a1a and #3d3d3d on white; white on
 * #0a5494 buttons), visible focus rings and 48 px touch targets.
 */
export const PAGES_CSS = `*,*::before,*::after{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;min-height:100vh;background:#eef1f5;color:#1a1a1a;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Noto Sans Devanagari","Lohit Devanagari",sans-serif}
.card{max-width:28rem;margin:0 auto;padding:1.5rem 1.25rem 2rem;background:#fff;min-height:100vh}
@media (min-width:40rem){.card{margin:2.5rem auto;min-height:0;border-radius:12px;box-shadow:0 2px 12px rgba(0,0,0,.08)}}
.brand{margin:0 0 1rem;font-weight:700;font-size:1.1rem;color:#0a5494}
h1{margin:0 0 .75rem;font-size:1.45rem;line-height:1.3}
p{margin:0 0 1rem;color:#3d3d3d}
label{display:block;margin:1rem 0 .35rem;font-weight:600;color:#1a1a1a}
input[type=email],input[type=password]{display:block;width:100%;min-height:48px;padding:.6rem .75rem;font:inherit;color:#1a1a1a;background:#fff;border:2px solid #6b6b6b;border-radius:8px}
input[aria-invalid=true]{border-color:#b00020}
.actions{display:flex;flex-direction:column;gap:.75rem;margin-top:1.5rem}
button,.button{display:block;width:100%;min-height:48px;padding:.75rem 1rem;font:inherit;font-weight:600;text-align:center;text-decoration:none;border-radius:8px;border:2px solid #0a5494;cursor:pointer}
.primary{background:#0a5494;color:#fff}
.secondary{background:#fff;color:#0a5494}
:focus-visible{outline:3px solid #f2a900;outline-offset:2px}
.error{margin:1rem 0;padding:.75rem 1rem;border-left:4px solid #b00020;background:#fdecee;color:#5c0010}
.scopes{margin:0 0 1rem;padding-left:1.25rem}
.scopes li{margin:.35rem 0}
.note{margin-top:1.25rem;font-size:.9rem}
.code{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:.9rem;word-break:break-all}
`;
