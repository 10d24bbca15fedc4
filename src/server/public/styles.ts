/**
 * The public site's one stylesheet, served from /assets/site.css so that pages carry no inline
 * style (a strict Content-Security-Policy). Colours meet WCAG AA contrast.
 */
export const siteCss = `
:root{--ink:#1b1f24;--muted:#4a5360;--line:#d5dbe3;--accent:#0b5cad;--bg:#fff;--soft:#f3f6f9;
--planned:#5b4a00;--planned-bg:#fff4c2;--open:#0d5b22;--open-bg:#dcf5e2;--confirmed:#0b4a8a;--confirmed-bg:#e0ecfb;
--full:#7a2300;--full-bg:#ffe3d6;--cancelled:#6b1020;--cancelled-bg:#f9dde2}
*{box-sizing:border-box}
body{margin:0;font:16px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--ink);background:var(--bg)}
a{color:var(--accent)}a:focus-visible,button:focus-visible,input:focus-visible,select:focus-visible{outline:3px solid #f5a623;outline-offset:2px}
.skip{position:absolute;left:-999px;top:0;background:var(--ink);color:#fff;padding:.5em 1em}.skip:focus{left:0}
.site-header{display:flex;justify-content:space-between;align-items:center;gap:1em;padding:.75em max(1em,calc(50% - 34em));border-bottom:1px solid var(--line)}
.brand{font-weight:700;text-decoration:none;color:var(--ink);font-size:1.15em}
.languages{display:flex;gap:.75em;list-style:none;margin:0;padding:0}
.languages [aria-current]{font-weight:700}
main{max-width:68em;margin:0 auto;padding:1em}
h1{font-size:1.9em;line-height:1.2;margin:.6em 0 .3em}h2{font-size:1.35em;margin:1.5em 0 .5em}h3{font-size:1.1em;margin:0 0 .3em}
.lead{font-size:1.1em;color:var(--muted);max-width:46em}
.visually-hidden,.hp{position:absolute!important;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
.filters{display:grid;grid-template-columns:repeat(auto-fill,minmax(12em,1fr));gap:.75em;background:var(--soft);padding:1em;border-radius:8px}
.field{display:flex;flex-direction:column;gap:.25em}.field.wide{grid-column:1/-1}
label{font-weight:600}input,select{font:inherit;padding:.45em .5em;border:1px solid #7b8794;border-radius:4px;background:#fff;color:var(--ink)}
.actions{display:flex;align-items:end;gap:1em}
button,.button{font:inherit;font-weight:600;background:var(--accent);color:#fff;border:0;border-radius:4px;padding:.55em 1.1em;cursor:pointer;text-decoration:none;display:inline-block}
.count{color:var(--muted)}
.cards{list-style:none;padding:0;display:grid;grid-template-columns:repeat(auto-fill,minmax(19em,1fr));gap:1em}
.card{border:1px solid var(--line);border-radius:8px;padding:1em}
.school{margin:0;color:var(--muted);font-size:.9em}
.facts{display:grid;grid-template-columns:repeat(auto-fill,minmax(14em,1fr));gap:.5em 1.5em;margin:.5em 0}
.facts div{margin:0}.facts dt{font-size:.85em;color:var(--muted);font-weight:600}.facts dd{margin:0}
.card .facts{grid-template-columns:1fr 1fr}
.status{display:inline-block;margin:.25em 0 .5em;padding:.15em .6em;border-radius:999px;font-size:.9em}
.status span{font-weight:400}
.status-planned{color:var(--planned);background:var(--planned-bg)}.status-open{color:var(--open);background:var(--open-bg)}
.status-confirmed{color:var(--confirmed);background:var(--confirmed-bg)}.status-full{color:var(--full);background:var(--full-bg)}
.status-cancelled,.status-postponed,.status-merged{color:var(--cancelled);background:var(--cancelled-bg)}
.sign-up{background:var(--soft);border-radius:8px;padding:1em 1.25em;margin:2em 0;max-width:40em}
.sign-up form{display:grid;gap:.75em}.consent{flex-direction:row;align-items:flex-start;gap:.5em}.consent label{font-weight:400}
.consent input{margin-top:.35em}
.problem,.problems{color:#8a1020}.invalid input{border-color:#8a1020}
.breadcrumb{margin:.5em 0 0}
.modules>li,.pathway>li{margin:.5em 0}
.site-footer{border-top:1px solid var(--line);color:var(--muted);padding:1em max(1em,calc(50% - 34em));margin-top:3em}
@media print{.site-header nav,.filters,.sign-up,.skip{display:none}a{color:inherit}}
`;
