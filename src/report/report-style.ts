/**
 * The report's one stylesheet, inline in the file (it loads nothing). Light on purpose: it is a
 * document to print and send. Sizes fit both A4 and Letter (no page size is forced), sections
 * avoid breaking across pages, and colour is never the only mark (each state has a sign).
 */
export const REPORT_CSS = `
:root{--fg:#1c1b22;--muted:#55525f;--line:#d9d6e3;--panel:#f5f3fb;--accent:#4a2fbd;
--pass:#136c2e;--warn:#8a5300;--fail:#b3261e;color-scheme:light;
font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--fg);background:#fff}
body{margin:0}
main{max-width:820px;margin:0 auto;padding:24px 20px}
.side-by-side{max-width:1180px}
h1{font-size:1.5rem;margin:0}
h2{font-size:1.05rem;margin:0 0 6px;padding-bottom:3px;border-bottom:1px solid var(--line)}
section{margin:16px 0;break-inside:avoid}
p{margin:4px 0}
a{color:var(--accent)}
.muted{color:var(--muted)}
.kicker{font-size:.8rem;text-transform:uppercase;letter-spacing:.04em;color:var(--muted)}
.handle{font-weight:400;color:var(--muted);font-size:1rem}
.verdict-card{background:var(--panel);border-radius:8px;border-left:6px solid var(--line);padding:10px 12px;margin:12px 0 8px}
.verdict-level{font-size:1.35rem}
.verdict-confidence{font-size:.9rem}
.level-book{border-left-color:var(--pass)}.level-book .verdict-level{color:var(--pass)}
.level-check{border-left-color:var(--warn)}.level-check .verdict-level{color:var(--warn)}
.level-avoid{border-left-color:var(--fail)}.level-avoid .verdict-level{color:var(--fail)}
.verdict-reasons,.evidence,.plain-list{list-style:none;padding:0;margin:6px 0 0}
.verdict-reasons li{display:flex;gap:6px;margin:2px 0}
.tone-mark{font-weight:700;min-width:1em}
.tone-good .tone-mark,.state-pass{color:var(--pass)}
.tone-warn .tone-mark,.verdict-warn{color:var(--warn)}
.tone-bad .tone-mark,.state-fail,.verdict-fail{color:var(--fail)}
.tone-missing .tone-mark,.state-unknown{color:var(--muted)}
.verdict-change{font-style:italic;font-size:.9rem}
.next-step{margin:8px 0;padding:6px 10px;border:1px solid var(--line);border-radius:6px}
.key-figures{display:grid;grid-template-columns:repeat(auto-fit,minmax(150px,1fr));gap:6px;margin:0}
.key-figures>div{background:var(--panel);border-radius:6px;padding:6px 8px;min-width:0}
.key-figures dt{font-size:.8rem;color:var(--muted)}
.key-figures dd{margin:0;overflow-wrap:anywhere}
.key-figures strong{font-size:1.15rem}
.benchmark,.source{font-size:.85rem}
cite.source{font-style:normal;color:var(--muted)}
.chart{margin:0}
.chart svg{display:block;background:var(--panel);border-radius:6px;max-width:560px}
.chart-line{fill:none;stroke:var(--accent);stroke-width:2}
.chart-dot{fill:var(--accent)}
.chart-axis{stroke:var(--line)}
.chart-label{fill:var(--muted);font-size:9px}
.chart details{display:none}
table{border-collapse:collapse;width:100%}
th,td{text-align:left;vertical-align:top;padding:4px 6px;border-bottom:1px solid var(--line)}
th{font-size:.85rem;color:var(--muted);font-weight:600}
td.num,th.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
.evidence li{padding:3px 0;border-top:1px solid var(--line);overflow-wrap:anywhere}
.evidence-kind{font-size:.75rem;text-transform:uppercase;color:var(--muted)}
.evidence-detail{display:block;font-size:.85rem}
.evidence a .sr-only,.sr-only{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}
.signal-block{margin:8px 0;break-inside:avoid}
.signal-block h3{font-size:.95rem;margin:0}
.note{white-space:pre-wrap;overflow-wrap:anywhere}
.tags{display:inline-flex;flex-wrap:wrap;gap:4px}
.tag{border:1px solid var(--line);border-radius:10px;padding:0 6px;font-size:.85rem}
.compare th[scope=row]{width:150px}
.compare td{width:auto;overflow-wrap:anywhere}
[data-testid=report-sources]>li{margin:6px 0;break-inside:avoid}
.source-texts{margin:2px 0 0;padding-left:18px;font-size:.85rem;color:var(--muted)}
footer{margin-top:20px;font-size:.8rem;color:var(--muted)}
@page{margin:14mm}
@media print{
 :root{font-size:11pt}
 main{max-width:none;padding:0}
 a{color:inherit}
 .page-break{break-before:page}
 .side-by-side{font-size:9.5pt}
}
`;
