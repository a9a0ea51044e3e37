// `npm run bench`: runs every bench/*.bench.mjs, prints a table, writes bench/results.json
// ([{name, unit, value, goal, better}]) and exits 1 when a figure misses its goal. A figure whose goal belongs to an
// issue not resolved (the entry says `openIssue: N`; open, or blocked by what this environment cannot do) is measured
// and printed as missed, but does not fail the run: the issue is not claimed while it misses.
import { readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const only = process.argv.slice(2);
const files = readdirSync(here)
  .filter((f) => f.endsWith('.bench.mjs'))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();

const results = [];
const openIssue = new Map();
const notes = [];
for (const file of files) {
  const mod = await import(pathToFileURL(join(here, file)).href);
  const entries = await mod.run();
  for (const e of entries) {
    if (typeof e.value !== 'number' || !Number.isFinite(e.value)) throw new Error(`${file}: ${e.name} has no finite value`);
    results.push({ name: e.name, unit: e.unit, value: Number(e.value.toFixed(3)), goal: e.goal, better: e.better });
    if (e.openIssue) openIssue.set(e.name, e.openIssue);
    if (e.note) notes.push(`${e.name}: ${e.note}`);
  }
}

const meets = (r) => (r.better === 'lower' ? r.value <= r.goal : r.value >= r.goal);
const rows = results.map((r) => [r.name, `${r.value} ${r.unit}`, `${r.better === 'lower' ? '≤' : '≥'} ${r.goal}`, meets(r) ? 'ok' : openIssue.has(r.name) ? `MISSED (issue ${openIssue.get(r.name)}, not resolved)` : 'MISSED']);
const widths = [0, 1, 2, 3].map((i) => Math.max(...[['benchmark', 'value', 'goal', ''], ...rows].map((r) => r[i].length)));
const line = (r) => r.map((c, i) => c.padEnd(widths[i])).join('  ');
console.log(line(['benchmark', 'value', 'goal', '']));
for (const r of rows) console.log(line(r));
for (const n of notes) console.log(`  ${n}`);
writeFileSync(join(here, 'results.json'), JSON.stringify(results, null, 2) + '\n');
const missed = results.filter((r) => !meets(r) && !openIssue.has(r.name));
const open = results.filter((r) => !meets(r) && openIssue.has(r.name));
if (open.length) console.log(`bench: ${open.length} figure(s) miss the goal of an issue not resolved (open or blocked): ${open.map((r) => `${r.name} (issue ${openIssue.get(r.name)})`).join(', ')}`);
console.log(`bench: ${results.length - missed.length - open.length} passed, ${missed.length} failed`);
process.exit(missed.length ? 1 : 0);
