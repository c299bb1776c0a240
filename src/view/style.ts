/** The view's stylesheet, served by the Worker at /assets/view.css (no external fonts or styles). */
export const VIEW_CSS = `
:root{--bg:#fbfaf7;--fg:#1d1d1b;--muted:#5b5b57;--card:#fff;--line:#e3e0d8;--accent:#0b57a4;--tag:#eef3fa}
@media (prefers-color-scheme:dark){:root{--bg:#161615;--fg:#ecebe6;--muted:#a9a79f;--card:#1f1f1d;--line:#34332f;--accent:#7fb4ef;--tag:#23303f}}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;background:var(--bg);color:var(--fg);font:17px/1.6 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}
a{color:var(--accent)}
a:focus-visible,button:focus-visible,input:focus-visible,textarea:focus-visible{outline:3px solid var(--accent);outline-offset:2px}
header.site,footer.site{display:flex;justify-content:space-between;align-items:center;gap:1rem;padding:.75rem 1.25rem;border-bottom:1px solid var(--line)}
footer.site{border-top:1px solid var(--line);border-bottom:0;color:var(--muted);font-size:.85rem;margin-top:3rem}
.brand{font-weight:700;text-decoration:none;color:var(--fg)}
main{max-width:46rem;margin:0 auto;padding:1.25rem}
h1{font-family:Georgia,"Times New Roman",serif;font-size:clamp(1.6rem,4vw,2.3rem);line-height:1.2;margin:.5rem 0}
h2{font-size:1.05rem;text-transform:uppercase;letter-spacing:.04em;color:var(--muted);margin:2rem 0 .5rem}
h3{font-size:1rem;margin:.75rem 0 .25rem}
.card{background:var(--card);border:1px solid var(--line);border-radius:10px;padding:1rem;margin:1rem 0;display:grid;gap:.5rem}
label{font-weight:600}
input,textarea{width:100%;font:inherit;padding:.55rem .65rem;border:1px solid var(--line);border-radius:6px;background:var(--bg);color:var(--fg)}
textarea{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:.9rem}
.row{display:flex;gap:.5rem}
button{font:inherit;font-weight:600;padding:.55rem 1rem;border:0;border-radius:6px;background:var(--accent);color:#fff;cursor:pointer;justify-self:start}
@media (prefers-color-scheme:dark){button{color:#0c1620}}
.error{border-left:4px solid #c0392b;padding:.5rem .75rem;background:var(--card)}
.dek{font-size:1.15rem;color:var(--muted);margin:.25rem 0 .75rem}
.byline{display:flex;flex-wrap:wrap;gap:.6rem;align-items:center;color:var(--muted);margin:.25rem 0}
.dateline{color:var(--fg);text-transform:uppercase;letter-spacing:.03em}
.agency{border:1px solid var(--line);border-radius:4px;padding:0 .4rem;font-size:.85rem}
.badge{display:inline-block;font:600 .75rem/1.6 system-ui,sans-serif;text-transform:uppercase;letter-spacing:.04em;background:var(--tag);border-radius:4px;padding:0 .4rem;vertical-align:middle}
.facts{display:grid;grid-template-columns:max-content 1fr;gap:.15rem 1rem;font-size:.92rem;margin:1rem 0;color:var(--muted)}
.facts dt{font-weight:600}.facts dd{margin:0;color:var(--fg)}
.lead-image{max-width:100%;height:auto;border-radius:8px}
.summary ul{padding-left:1.2rem;margin:.25rem 0}
.tag{display:inline-block;background:var(--tag);border-radius:999px;padding:0 .6rem;margin:0 .3rem .3rem 0;font-size:.85rem}
.entities{display:grid;grid-template-columns:repeat(auto-fit,minmax(12rem,1fr));gap:0 1.5rem}
.entities h2{grid-column:1/-1}
.entities ul{list-style:none;padding:0;margin:0}
.role,.count,.cc{color:var(--muted);font-size:.9rem}
.quote{margin:.75rem 0;padding:.75rem 1rem;background:var(--card);border:1px solid var(--line);border-left:4px solid var(--accent);border-radius:6px}
.quote blockquote{margin:0;font-family:Georgia,serif}
.quote figcaption{margin-top:.35rem;color:var(--muted);font-size:.9rem}
.quote figcaption::before{content:"— "}
.body p{margin:0 0 1rem;font-family:Georgia,"Times New Roman",serif;font-size:1.1rem}
.links{display:flex;flex-wrap:wrap;gap:1rem;align-items:center;border-top:1px solid var(--line);padding-top:1rem;margin-top:2rem}
.id{font-size:.75rem;color:var(--muted);word-break:break-all}
@media (max-width:520px){body{font-size:16px}.row{flex-direction:column}main{padding:1rem}}
`;
