// The style sheet of the HTML report, inlined into every file: no web
// fonts, no external address, print-friendly.
namespace opgavesnit {

extern const char* const kPlanHtmlStyle;

const char* const kPlanHtmlStyle =
    R"css(:root { --ink: #1d2430; --muted: #5b6472; --line: #d9dee6; --head: #f3f5f8;
  --blue: #0b5ed7; --bad: #b02a37; }
* { box-sizing: border-box; }
body { margin: 0; font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue",
  Arial, sans-serif; color: var(--ink); background: #fff; }
header { padding: 20px 32px 8px; border-bottom: 3px solid var(--blue); }
main { padding: 8px 32px 32px; }
footer { padding: 12px 32px; color: var(--muted); font-size: 12px; border-top: 1px solid var(--line); }
h1 { font-size: 24px; margin: 0 0 4px; }
h2 { font-size: 19px; margin: 28px 0 10px; padding-bottom: 4px; border-bottom: 1px solid var(--line); }
h3 { font-size: 15px; margin: 16px 0 6px; }
code { font: 12px/1.3 ui-monospace, "DejaVu Sans Mono", Menlo, Consolas, monospace; color: #334; }
h2 code { font-size: 13px; color: var(--muted); font-weight: normal; }
.meta, .note { color: var(--muted); margin: 4px 0; }
.alert { border-left: 4px solid var(--bad); background: #fbeaec; padding: 8px 12px; }
table { border-collapse: collapse; margin: 6px 0 10px; font-variant-numeric: tabular-nums; }
th, td { border: 1px solid var(--line); padding: 4px 8px; text-align: left; vertical-align: top; }
thead th, tfoot th, tfoot td { background: var(--head); }
tfoot td, tfoot th { font-weight: 600; }
td.num, th.num { text-align: right; }
td.num { white-space: nowrap; }
table.summary { width: 100%; font-size: 12px; }
table.summary th, table.summary td { padding: 3px 6px; }
table.summary td:first-child { white-space: nowrap; }
table.summary tr.out td { color: var(--muted); }
table.kv th { font-weight: normal; color: var(--muted); background: none; }
.bad { color: var(--bad); }
td.bad { font-weight: 600; }
a { color: var(--blue); text-decoration: none; }
a:hover { text-decoration: underline; }
.cols { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); gap: 0 32px; }
@media (max-width: 900px) { .cols { grid-template-columns: minmax(0, 1fr); } }
details summary { cursor: pointer; color: var(--blue); }
section.municipality { break-before: page; }
.graph { overflow: auto; max-height: 900px; border: 1px solid var(--line); padding: 8px; }
.graph svg { max-width: 100%; height: auto; }
.legend { color: var(--muted); font-size: 13px; }
.key { display: inline-block; width: 14px; height: 10px; border: 1.5px solid; border-radius: 3px;
  margin: 0 4px 0 10px; vertical-align: middle; }
.key.transferred { background: #cfe2ff; border-color: #0b5ed7; }
.key.split { background: #fff3cd; border-color: #b58100; }
.key.retained { background: #f1f1f1; border-color: #777; }
.key.foreign { background: #fff; border-color: #777; border-style: dashed; }
.line { display: inline-block; width: 22px; margin: 0 4px 0 10px; vertical-align: middle;
  border-top: 2.5px solid #d62728; }
.line.soft { border-top: 1.5px dashed #8a8a8a; }
.wide { overflow-x: auto; }
table.matrix td { font-size: 12px; white-space: nowrap; }
table.matrix td.shared { background: #cfe2ff; }
table.matrix td.municipality { background: #f1f1f1; }
table.matrix td.both { background: #fff3cd; }
table.matrix td.na { color: #aab; }
table.budget tbody th { font-weight: normal; }
tr.strong th, tr.strong td, table.budget tr.strong th { font-weight: 600; }
figure.chart { margin: 8px 0 14px; overflow-x: auto; }
figure.chart figcaption { color: var(--muted); font-size: 12px; }
svg.chart text { font-size: 11px; fill: var(--ink); }
@media print { .graph { max-height: none; overflow: visible; } details { display: block; } }
)css";

}  // namespace opgavesnit
