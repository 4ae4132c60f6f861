/**
 * The pages' only stylesheet, served from the app (`style-src 'self'`): small, hand-written,
 * no framework, no CDN.
 */
export const STYLESHEET = `
:root{--accent:#1f4e79;--accent-dark:#163a5a;--ink:#1b1b1b;--muted:#4a4a4a;--line:#c9ced6;--soft:#f3f5f8;--ok:#1e5b2e;--warn:#7a4b00;--danger:#9b1c1c;font-size:112.5%}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%;scroll-padding-top:5rem}
/* An in-page target (a link's, or the form a file came back to) lands below the sticky header. */
body{margin:0;font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;line-height:1.55;color:var(--ink);background:#fff}
a{color:var(--accent)}
a:focus,button:focus,input:focus,textarea:focus,select:focus,summary:focus{outline:3px solid #f2b600;outline-offset:2px}
.skip{position:absolute;left:-999px;top:0;background:#fff;padding:.5rem}
.skip:focus{left:.5rem;z-index:10}
.topbar{position:sticky;top:0;z-index:5;background:#fff;border-bottom:1px solid var(--line)}
.topbar-inner{max-width:46rem;margin:0 auto;padding:.4rem .75rem;display:flex;align-items:center;gap:.5rem}
.brand{font-weight:700;color:var(--ink);text-decoration:none;margin-right:auto;min-width:0;overflow:hidden;text-overflow:ellipsis;white-space:nowrap;min-height:44px;display:inline-flex;align-items:center}
.brand-short{display:none}
.lang{display:flex;gap:.25rem;align-items:center;font-size:.9rem}
.lang a,.lang span{padding:.4rem .45rem;min-height:44px;display:inline-flex;align-items:center}
.lang span[aria-current]{font-weight:700;text-decoration:underline}
.quick-exit{flex:none;white-space:nowrap;display:inline-flex;align-items:center;justify-content:center;min-height:48px;padding:.5rem .9rem;background:var(--accent);color:#fff;font-weight:700;text-decoration:none;border-radius:.4rem;border:2px solid var(--accent-dark)}
.quick-exit:hover{background:var(--accent-dark)}
/* The Escape hint: read with the quick exit, shown under the header while the keyboard is in it; a line of its own only on a wide screen with a mouse. */
.exit-hint{position:absolute;width:1px;height:1px;margin:0;padding:0;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;font-size:.85rem;color:var(--muted)}
.topbar:has(:focus-visible) .exit-hint{left:0;right:0;top:100%;width:auto;height:auto;clip:auto;white-space:normal;padding:.3rem 1rem;background:#fff;border-bottom:1px solid var(--line)}
@media (min-width:48rem) and (hover:hover) and (pointer:fine){.exit-hint,.topbar:has(:focus-visible) .exit-hint{position:static;width:auto;height:auto;clip:auto;white-space:normal;max-width:46rem;margin:0 auto;padding:0 1rem .4rem;background:none;border:0}}
main{max-width:46rem;margin:0 auto;padding:1rem 1rem 3rem}
h1{font-size:1.7rem;line-height:1.25;margin:1rem 0 .75rem}
h2{font-size:1.3rem;line-height:1.3;margin:2.25rem 0 .75rem}
h3{font-size:1.1rem;margin:1.5rem 0 .5rem}
p{margin:.5rem 0 1rem}
.lead{font-size:1.1rem}
.muted{color:var(--muted)}
.card{border:1px solid var(--line);border-radius:.5rem;padding:1rem;margin:1rem 0;background:#fff}
.card>h2:first-child{margin-top:0}
.card.soft{background:var(--soft);border-color:var(--soft)}
.card.now{border-left:.35rem solid var(--accent)}
.emergency{background:var(--soft);border-left:.35rem solid var(--accent);padding:.75rem 1rem;border-radius:.25rem}
.notice{border-left:.35rem solid var(--ok);background:#eef6f0;padding:.75rem 1rem;border-radius:.25rem;margin:1rem 0}
.warning{border-left:.35rem solid var(--warn);background:#fdf6e9;padding:.75rem 1rem;border-radius:.25rem;margin:.75rem 0}
.errors{border-left:.35rem solid var(--danger);background:#fcefef;padding:.75rem 1rem;border-radius:.25rem;margin:.75rem 0}
.field-error{color:var(--danger);font-weight:600;margin:.25rem 0}
ol.advice{padding-left:1.4rem}
ol.advice li{margin:.4rem 0}
label,legend{display:block;font-weight:600;margin:.9rem 0 .3rem}
.hint{display:block;font-weight:400;color:var(--muted);font-size:.92rem;margin:-.1rem 0 .35rem}
input[type=email],input[type=text],input[type=url],input[type=date],input[type=time],input[type=tel],input[type=number],textarea,select{width:100%;font:inherit;padding:.6rem .7rem;border:2px solid #6b7280;border-radius:.35rem;background:#fff;min-height:48px}
input[type=file]{font:inherit;max-width:100%;padding:.4rem 0}
textarea{min-height:6rem}
fieldset{border:0;padding:0;margin:0}
.choice{display:flex;gap:.6rem;align-items:flex-start;margin:.35rem 0;font-weight:400}
.choice input{width:1.4rem;height:1.4rem;margin:.2rem 0 0;flex:none}
button,.button{display:inline-flex;align-items:center;justify-content:center;font:inherit;font-weight:700;min-height:48px;padding:.6rem 1.2rem;margin:.75rem .5rem 0 0;border-radius:.4rem;border:2px solid var(--accent);background:var(--accent);color:#fff;cursor:pointer;text-decoration:none}
button.secondary,.button.secondary{background:#fff;color:var(--accent)}
button.danger{background:var(--danger);border-color:var(--danger)}
button[hidden]{display:none}
.steps{list-style:none;padding:0;margin:1rem 0;counter-reset:step}
.steps>li{counter-increment:step;margin:.6rem 0}
.step{margin:0;border:1px solid var(--line);border-radius:.5rem;background:#fff}
.steps>li[aria-current]>.step{border-color:var(--accent);box-shadow:inset .3rem 0 0 var(--accent)}
.step>summary{display:grid;grid-template-columns:2rem 1fr auto;column-gap:.75rem;row-gap:.2rem;align-items:center;min-height:3.5rem;padding:.6rem .9rem;color:var(--ink)}
.step>summary::before{content:counter(step);grid-row:1/span 2;width:2rem;height:2rem;border-radius:50%;display:inline-flex;align-items:center;justify-content:center;border:2px solid var(--line);font-weight:700;color:var(--muted)}
.steps>li.done>.step>summary::before{content:"✓";background:var(--ok);border-color:var(--ok);color:#fff}
.steps>li.skipped>.step>summary::before,.steps>li.not-applicable>.step>summary::before{content:"–"}
.steps>li[aria-current]>.step>summary::before{border-color:var(--accent);background:var(--accent);color:#fff}
.step>summary h3{grid-column:2;margin:0;font-size:1.05rem;line-height:1.35;color:var(--accent)}
.step>summary .badge{grid-column:2;justify-self:start;font-weight:400}
.step>summary::after{grid-column:3;grid-row:1/span 2;margin:0 .3rem}
.step-body{padding:.25rem 1rem 1rem;border-top:1px solid var(--line)}
.step-body>p:first-child{margin-top:.75rem}
.badge{font-size:.85rem;padding:.1rem .5rem;border-radius:1rem;background:var(--soft);color:var(--muted);white-space:nowrap}
.badge.done{background:#e3f1e7;color:var(--ok)}
.items{list-style:none;padding:0}
.items li{border:1px solid var(--line);border-radius:.5rem;padding:.75rem 1rem;margin:.6rem 0}
.thumb{display:block;width:7rem;height:7rem;object-fit:contain;background:var(--soft);border:1px solid var(--line);border-radius:.35rem;margin:.25rem 0 .5rem}
.hash{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:.8rem;overflow-wrap:anywhere;word-break:break-all}
dl.meta{display:grid;grid-template-columns:max-content 1fr;gap:.15rem .75rem;margin:.4rem 0}
dl.meta dt{color:var(--muted)}
dl.meta dd{margin:0;overflow-wrap:anywhere}
details{margin:1rem 0}
summary{cursor:pointer;font-weight:700;color:var(--accent);min-height:44px;display:flex;align-items:center;gap:.75rem;list-style:none}
summary::-webkit-details-marker{display:none}
summary h2{margin:0;font-size:1.25rem}
summary.wrap{flex-wrap:wrap;row-gap:.25rem}
summary.wrap h2{flex:1 1 100%}
summary::after{content:"";flex:none;width:.6rem;height:.6rem;margin-left:auto;border:solid currentColor;border-width:0 3px 3px 0;transform:translateY(-25%) rotate(45deg)}
details[open]>summary::after{transform:translateY(25%) rotate(-135deg)}
progress{width:100%;height:1.2rem}
.upload-lines{list-style:none;padding:0;margin:.5rem 0 0}
.upload-lines:empty{display:none}
.upload-lines li{border:1px solid var(--line);border-radius:.4rem;padding:.5rem .75rem;margin:.4rem 0;display:grid;gap:.2rem}
.upload-name{font-weight:600;overflow-wrap:anywhere}
.upload-lines li[data-state=accepted] .upload-state{color:var(--ok);font-weight:600}
.upload-lines li[data-state=rejected] .upload-state,.upload-lines li[data-state=failed] .upload-state,.upload-lines li[data-state=unsent] .upload-state{color:var(--danger);font-weight:600}
aside.help{border-left:.35rem solid var(--accent);background:var(--soft);padding:.5rem 1rem;border-radius:.25rem;margin:.75rem 0}
.reports>li{margin-bottom:1.25rem}
footer{border-top:1px solid var(--line);background:var(--soft)}
footer p{max-width:46rem;margin:0 auto;padding:1rem;color:var(--muted);font-size:.92rem}
@media (min-width:48rem){html{scroll-padding-top:7rem}h1{font-size:2rem}main{padding-top:1.5rem}.two{display:grid;grid-template-columns:1fr 1fr;gap:1rem}}
/* A phone: the header holds Home, the other language and the quick exit; the title is smaller so the form to open a case shows on the first screen. */
@media (max-width:30rem){.brand-full{display:none}.brand-short{display:inline}.lang span[aria-current]{display:none}h1{font-size:1.45rem;margin:.5rem 0 .5rem}.lead{font-size:1.05rem;margin-bottom:.75rem}.emergency{padding:.5rem .85rem}}
`;
