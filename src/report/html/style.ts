/**
 * The report's only stylesheet, inlined (the Content-Security-Policy allows inline styles and
 * nothing from the network). System fonts only. Below 640px the test tables become one card per
 * test, so a phone never scrolls sideways to read a message.
 */
export const CSS = `
:root { color-scheme: light; --ref: #4c78a8; --cur: #f58518; --fail: #c92a2a; --error: #862e9c; --warn: #b35c00; --pass: #2b8a3e; --info: #1c5d99; --skip: #6b7280; --line: #e5e7eb; --muted: #4b5563; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: #111827; background: #f9fafb; }
main { max-width: 1120px; margin: 0 auto; padding: 16px; }
h1, h2, h3, h4 { line-height: 1.2; }
h2 { font-size: 1.25rem; margin: 28px 0 10px; padding-bottom: 4px; border-bottom: 1px solid var(--line); }
h3 { font-size: 1.05rem; margin: 18px 0 8px; }
h4 { font-size: .95rem; margin: 0 0 6px; overflow-wrap: anywhere; }
a { color: #1d4ed8; }
.nw { white-space: nowrap; }
code, .mono { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: .9em; }
.verdict { border-radius: 10px; padding: 14px 18px; color: #fff; }
.verdict .label { margin: 0; font-size: .8rem; text-transform: uppercase; letter-spacing: .06em; opacity: .9; }
.verdict h1 { margin: 2px 0 4px; font-size: 2rem; letter-spacing: .02em; }
.verdict p { margin: 0; }
.v-pass { background: var(--pass); } .v-warn { background: var(--warn); } .v-fail { background: var(--fail); } .v-error { background: var(--error); }
.context { margin: 10px 0 0; color: var(--muted); font-size: .9rem; }
.context dl { display: grid; grid-template-columns: max-content 1fr; gap: 2px 12px; margin: 0; }
.context dt { font-weight: 600; } .context dd { margin: 0; overflow-wrap: anywhere; }
nav { margin: 12px 0 0; font-size: .9rem; } nav a { margin-right: 12px; white-space: nowrap; }
.badge { display: inline-block; min-width: 3.6em; text-align: center; font-size: .72rem; font-weight: 700; letter-spacing: .04em; padding: 1px 6px; border-radius: 4px; color: #fff; vertical-align: 1px; }
.s-fail { background: var(--fail); } .s-error { background: var(--error); } .s-warn { background: var(--warn); } .s-pass { background: var(--pass); } .s-info { background: var(--info); } .s-skip { background: var(--skip); }
.s-inconclusive { background: #fff; color: var(--warn); border: 1px dashed var(--warn); }
.issues { list-style: none; padding: 0; margin: 0; display: grid; grid-template-columns: repeat(auto-fill, minmax(440px, 1fr)); gap: 8px; }
.issues li { background: #fff; border: 1px solid var(--line); border-left: 4px solid var(--skip); border-radius: 6px; padding: 6px 10px; min-width: 0; }
.issues li.i-fail { border-left-color: var(--fail); } .issues li.i-error { border-left-color: var(--error); } .issues li.i-warn { border-left-color: var(--warn); }
.issues .name { font-weight: 600; overflow-wrap: anywhere; }
.issues .numbers { margin: 2px 0; font-variant-numeric: tabular-nums; }
.issues .numbers { font-size: .92rem; }
.issues .msg { margin: 2px 0 0; color: var(--muted); font-size: .82rem; line-height: 1.35; overflow-wrap: anywhere; display: -webkit-box; -webkit-box-orient: vertical; -webkit-line-clamp: 2; line-clamp: 2; overflow: hidden; }
.grid-cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(320px, 1fr)); gap: 12px; }
.card { background: #fff; border: 1px solid var(--line); border-radius: 8px; padding: 10px 12px; min-width: 0; }
.card.issue { border-color: #f1c0c0; }
.chart { display: block; width: 100%; max-width: 100%; height: auto; margin: 4px 0; }
.note { color: var(--muted); font-size: .85rem; margin: 4px 0; }
.legend { font-size: .85rem; margin: 4px 0; color: var(--muted); }
.key { white-space: nowrap; margin-right: 10px; }
.key::before { content: ""; display: inline-block; width: 12px; height: 10px; margin-right: 4px; border-radius: 2px; vertical-align: -1px; }
.key.ref::before { background: var(--ref); opacity: .7; } .key.cur::before { background: var(--cur); }
.key.dots::before { width: 8px; height: 8px; border-radius: 50%; background: #fff; border: 2px solid currentColor; }
.key.limit::before { height: 0; border-top: 2px dashed var(--fail); border-radius: 0; vertical-align: 3px; }
.key.crossed::before { width: 9px; height: 9px; border-radius: 50%; background: var(--fail); }
.table-wrap { overflow-x: auto; }
table { border-collapse: collapse; width: 100%; background: #fff; font-size: .88rem; }
th, td { text-align: left; padding: 5px 8px; border-bottom: 1px solid var(--line); vertical-align: top; }
th { background: #f3f4f6; font-weight: 600; white-space: nowrap; }
td.num { font-variant-numeric: tabular-nums; }
td.msg { overflow-wrap: anywhere; min-width: 16em; color: #374151; }
details { margin: 6px 0; } summary { cursor: pointer; color: var(--muted); }
footer { margin: 32px 0 8px; color: var(--muted); font-size: .82rem; }
svg .grid { stroke: var(--line); stroke-width: 1; }
svg .axis { stroke: #9ca3af; stroke-width: 1; }
svg .tick { font-size: 11px; fill: var(--muted); }
svg .tick.em { font-style: italic; }
svg .axis-title { font-size: 11px; font-weight: 600; fill: #374151; }
svg .bar.ref { fill: var(--ref); fill-opacity: .55; } svg .bar.cur { fill: var(--cur); fill-opacity: .9; }
svg .bar.overflow { fill-opacity: .3; }
svg .step.cur { fill: none; stroke: var(--cur); stroke-width: 2; }
svg .cdf, svg .curve { fill: none; stroke-width: 2; stroke-linejoin: round; }
svg .cdf.ref, svg .curve.ref { stroke: var(--ref); } svg .cdf.cur, svg .curve.cur { stroke: var(--cur); }
svg .diagonal { stroke: #9ca3af; stroke-dasharray: 4 3; }
svg .point.ref { fill: var(--ref); } svg .point.cur { fill: var(--cur); }
svg .point.hollow { fill: #fff; stroke-width: 1.5; } svg .point.hollow.ref { stroke: var(--ref); } svg .point.hollow.cur { stroke: var(--cur); }
svg .point.crossed { fill: var(--fail); stroke: #fff; stroke-width: 1; }
svg .band.ref { fill: var(--ref); fill-opacity: .15; } svg .band.cur { fill: var(--cur); fill-opacity: .18; }
svg .limit { stroke: var(--fail); stroke-width: 1.2; stroke-dasharray: 5 3; }
svg .limit-text { fill: var(--fail); }
svg .cell { stroke: #fff; stroke-width: 1; }
svg .count { font-size: 11px; fill: #111827; font-variant-numeric: tabular-nums; } svg .count.light { fill: #fff; }
@media (max-width: 640px) {
  main { padding: 10px; }
  .verdict h1 { font-size: 1.6rem; }
  .grid-cards, .issues { grid-template-columns: 1fr; }
  table.tests, table.tests tbody, table.tests tr, table.tests td { display: block; width: 100%; }
  table.tests thead { display: none; }
  table.tests tr { border: 1px solid var(--line); border-radius: 6px; margin: 0 0 8px; padding: 4px 0; background: #fff; }
  table.tests td { border: 0; padding: 2px 10px; }
  table.tests td[data-label]::before { content: attr(data-label) ": "; font-weight: 600; color: var(--muted); }
  table.tests td:empty { display: none; }
  td.msg { min-width: 0; }
}
@media print { body { background: #fff; } .card { break-inside: avoid; } }
`;
