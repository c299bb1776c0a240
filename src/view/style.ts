/** The view's stylesheet, served by the Worker at /assets/view.css (no external fonts or styles). */
export const VIEW_CSS = `
:root{--bg:#fbfaf7;--fg:#1d1d1b;--muted:#55544f;--card:#fff;--line:#e0ddd4;--accent:#0b57a4;--tag:#e9eff8;--qt:#f4efe2;--tgt:#fff4c2;
--person:#a3214a;--org:#0b6e4f;--place:#8a5200;--h-person:#fbdbe5;--h-org:#cdefdf;--h-place:#fde6bd;
--serif:Charter,"Bitstream Charter","Sitka Text",Cambria,Georgia,serif;--sans:system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;
--mono:ui-monospace,"SF Mono",Menlo,Consolas,"Liberation Mono",monospace}
@media (prefers-color-scheme:dark){:root{--bg:#141413;--fg:#ecebe6;--muted:#b1afa7;--card:#1e1e1c;--line:#3a3934;--accent:#8cbcf2;--tag:#22303f;--qt:#2a271f;--tgt:#3d3618;
--person:#ff9dbb;--org:#74dcb4;--place:#f4c56f;--h-person:#5b2036;--h-org:#134632;--h-place:#4e3810}}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%;scroll-padding-top:1rem}
body{margin:0;background:var(--bg);color:var(--fg);font:17px/1.6 var(--sans)}
a{color:var(--accent);text-underline-offset:.15em}
:focus-visible{outline:3px solid var(--accent);outline-offset:2px;border-radius:2px}
.skip{position:absolute;left:-999px;top:.5rem;background:var(--card);padding:.4rem .8rem;z-index:2}
.skip:focus{left:.5rem}
header.site,footer.site{display:flex;flex-wrap:wrap;justify-content:space-between;align-items:center;gap:.5rem 1rem;padding:.7rem 1.25rem;border-bottom:1px solid var(--line)}
header.site nav{display:flex;gap:1rem}
footer.site{border-top:1px solid var(--line);border-bottom:0;color:var(--muted);font-size:.85rem;margin-top:3rem}
.brand{font-weight:700;text-decoration:none;color:var(--fg);letter-spacing:-.01em}
main{max-width:46rem;margin:0 auto;padding:1.25rem}
main.wide{max-width:72rem}
h1{font-family:var(--serif);font-size:clamp(1.7rem,4.5vw,2.6rem);line-height:1.15;margin:.35rem 0 .6rem;letter-spacing:-.01em}
h2{font:700 .8rem/1.4 var(--sans);text-transform:uppercase;letter-spacing:.08em;color:var(--muted);margin:2rem 0 .6rem}
h3{font-size:.95rem;margin:1rem 0 .3rem}
code,pre{font-family:var(--mono);font-size:.85em}
.lede{font-size:1.1rem;color:var(--muted)}
.card{background:var(--card);border:1px solid var(--line);border-radius:10px;padding:1rem 1.1rem 1.1rem;margin:1rem 0;display:grid;gap:.5rem}
.card h2{margin:0 0 .25rem}
label{font-weight:600}
input,textarea{width:100%;font:inherit;padding:.55rem .65rem;border:1px solid #8d8b84;border-radius:6px;background:var(--bg);color:var(--fg)}
textarea{font-family:var(--mono);font-size:.9rem;resize:vertical}
.row{display:flex;gap:.5rem}
button{font:inherit;font-weight:600;padding:.5rem 1.1rem;border:0;border-radius:6px;background:var(--accent);color:#fff;cursor:pointer;justify-self:start}
@media (prefers-color-scheme:dark){button{color:#0c1620}input,textarea{border-color:#75736c}}
.error{border-left:4px solid #c0392b;padding:.5rem .75rem;background:var(--card)}
.kicker{display:flex;flex-wrap:wrap;gap:.25rem .5rem;margin:0;font-size:.85rem;text-transform:uppercase;letter-spacing:.06em;color:var(--muted)}
.kicker>:not(:last-child)::after{content:"·";margin-left:.5rem}
.dateline{color:var(--fg);font-weight:700}
.dek{font:1.2rem/1.45 var(--serif);color:var(--muted);margin:.25rem 0 .75rem}
.byline{margin:.25rem 0;font-weight:600}
.badge{display:inline-block;font:600 .72rem/1.7 var(--sans);text-transform:uppercase;letter-spacing:.05em;background:var(--tag);color:var(--fg);border-radius:4px;padding:0 .45rem;vertical-align:middle}
.facts{display:grid;grid-template-columns:max-content 1fr;gap:.1rem 1rem;font-size:.9rem;margin:1rem 0;padding:.6rem 0;border-block:1px solid var(--line);color:var(--muted)}
.facts dt{font-weight:600}.facts dd{margin:0;color:var(--fg)}
.lead-image{display:block;width:100%;height:auto;max-height:18rem;object-fit:cover;border-radius:8px;margin:1rem 0;background:var(--line)}
.summary{background:var(--card);border:1px solid var(--line);border-radius:10px;padding:.1rem 1.1rem .8rem;margin:1rem 0}
.summary h2{margin-top:.9rem}
.summary ul{padding-left:1.1rem;margin:.25rem 0}
.summary li{margin:.2rem 0;font-size:.97rem}
ul.keywords{list-style:none;padding:0;margin:.6rem 0 0;display:flex;flex-wrap:wrap;gap:.35rem}
.tag{background:var(--tag);border-radius:999px;padding:0 .65rem;font-size:.85rem;margin:0}
.panel h2{margin-top:1.5rem}
.hint,.status{font-size:.85rem;color:var(--muted);margin:.2rem 0}
.status:empty{display:none}
.ents ul{list-style:none;padding:0;margin:0}
.ents li{padding:.3rem 0;border-bottom:1px solid var(--line);display:flex;flex-wrap:wrap;align-items:baseline;gap:0 .45rem}
.ents li:last-child{border-bottom:0}
.role,.count,.cc{color:var(--muted);font-size:.85rem}
.ents .role{order:3;flex-basis:100%;margin-top:-.1rem}
.count{margin-left:auto;white-space:nowrap}
.cc{text-decoration:none;font-family:var(--mono)}
.flag{font-size:1.05rem;line-height:1}
.no-flags .flag{display:none}
.ent-t,.ent-n{font-weight:600;color:var(--fg);text-decoration:underline 2px;text-underline-offset:.25em;border-radius:3px;padding:0 .15rem;margin:0 -.15rem}
.ent-n{text-decoration:none}
.ent-t{cursor:pointer}
.ent-t.ent-person{text-decoration-color:var(--person)}.ent-t.ent-organization{text-decoration-color:var(--org)}.ent-t.ent-place{text-decoration-color:var(--place)}
.ent-t[aria-pressed=true].ent-person{background:var(--h-person)}.ent-t[aria-pressed=true].ent-organization{background:var(--h-org)}.ent-t[aria-pressed=true].ent-place{background:var(--h-place)}
mark.ent{background:none;color:inherit;border-radius:2px;padding:0;border-bottom:2px solid transparent;transition:background-color .15s}
mark.ent-person{border-bottom-color:color-mix(in srgb,var(--person) 45%,transparent)}
mark.ent-organization{border-bottom-color:color-mix(in srgb,var(--org) 45%,transparent)}
mark.ent-place{border-bottom-color:color-mix(in srgb,var(--place) 45%,transparent)}
mark.ent-person:is(.active,.peek,:target){background:var(--h-person);border-bottom-color:var(--person)}
mark.ent-organization:is(.active,.peek,:target){background:var(--h-org);border-bottom-color:var(--org)}
mark.ent-place:is(.active,.peek,:target){background:var(--h-place);border-bottom-color:var(--place)}
mark.ent-person.active{outline:1px solid var(--person)}mark.ent-organization.active{outline:1px solid var(--org)}mark.ent-place.active{outline:1px solid var(--place)}
@media (prefers-reduced-motion:reduce){mark.ent{transition:none}}
.body p{margin:0 0 1.1rem;font:1.14rem/1.7 var(--serif);hyphens:auto;overflow-wrap:break-word}
.body p:target{background:var(--tgt);box-shadow:0 0 0 .5rem var(--tgt);border-radius:2px}
.dl{font:700 .82em/1 var(--sans);letter-spacing:.04em}
.qt{background:var(--qt);border-radius:3px;box-decoration-break:clone;-webkit-box-decoration-break:clone}
.qt-reported{background:none;text-decoration:underline dotted var(--muted);text-underline-offset:.3em}
.quote{margin:.8rem 0;padding:.8rem 1rem;background:var(--card);border:1px solid var(--line);border-left:4px solid var(--accent);border-radius:6px}
.quote.reported{border-left-style:dashed}
.quote blockquote{margin:0;font:1.08rem/1.5 var(--serif)}
.quote.reported blockquote{font-style:italic}
.quote figcaption{margin-top:.5rem;display:flex;flex-wrap:wrap;gap:.15rem .6rem;align-items:baseline;font-size:.88rem;color:var(--muted)}
.speaker{font-weight:700;color:var(--fg)}
.speaker::before{content:"— "}
.kind{font-size:.75rem;text-transform:uppercase;letter-spacing:.05em;border:1px solid var(--line);border-radius:4px;padding:0 .35rem}
.jump{margin-left:auto}
.links h2{margin-top:0}
.links{border-top:1px solid var(--line);padding-top:1rem;margin-top:1.5rem}
.formats{list-style:none;padding:0;margin:0 0 .75rem;display:flex;flex-wrap:wrap;gap:.5rem 1.25rem}
.api-label{margin:.5rem 0 .25rem;font-size:.9rem;color:var(--muted)}
pre.api{margin:0;padding:.7rem .85rem;background:var(--card);border:1px solid var(--line);border-radius:6px;white-space:pre-wrap;word-break:break-all}
.copy{margin-top:.5rem;padding:.3rem .8rem;font-size:.85rem}
.id{font-size:.75rem;color:var(--muted);word-break:break-all}
.about{color:var(--muted);font-size:.95rem}
@media (min-width:60rem){
.article{display:grid;grid-template-columns:minmax(0,1fr) 20rem;column-gap:3rem;grid-template-areas:"top ents" "body ents" "body quotes" "links quotes";grid-template-rows:auto auto 1fr auto}
.top{grid-area:top}.ents{grid-area:ents;align-self:start}.body{grid-area:body;max-width:42rem}.quotes{grid-area:quotes;align-self:start}.links{grid-area:links}
.article>.ents:first-of-type h2,.article>.quotes h2{margin-top:.4rem}
.article:not(:has(.ents)){grid-template-areas:"top quotes" "body quotes" "body quotes" "links quotes"}
.article:not(:has(.ents)) .quotes h2{margin-top:.4rem}
.article:not(:has(.ents,.quotes)){display:block;max-width:46rem}
}
@media (max-width:520px){body{font-size:16px}.row{flex-direction:column}main{padding:1rem}.body p{font-size:1.08rem}}
@media print{header.site,footer.site,.hint,.copy,.links{display:none}mark.ent{background:none}}
`;
