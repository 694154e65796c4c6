// The statistics benchmark's cross-check (issue 12): the same dashboard figures recounted by
// DuckDB from `motcua export dossiers`, with tests/data/stats/recount.sql (the SQL the API
// test runs in SQLite), timed per query.
//   node bench/duckdb/stats_duckdb.mjs --csv FILE --judged-at ISO --queries JSON [--iterations K]
// --queries: [{"name": …, "from": "YYYY-MM-DD", "to": …, "agency_path": "/" or "/…/CODE/"}]
// Prints one JSON object: the load time, and per query its figures and p50 / p99 in ms.
import { DuckDBInstance } from '@duckdb/node-api';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const args = Object.fromEntries(
  process.argv.slice(2).reduce((pairs, a, i, all) => (a.startsWith('--') ? [...pairs, [a.slice(2), all[i + 1]]] : pairs), []),
);
const iterations = Number(args.iterations ?? 20);
const queries = JSON.parse(args.queries);
const here = dirname(fileURLToPath(import.meta.url));
const recount = readFileSync(join(here, '..', '..', 'tests', 'data', 'stats', 'recount.sql'), 'utf8');

const db = await DuckDBInstance.create(':memory:');
const con = await db.connect();
let t0 = performance.now();
// Every column as text, as SQLite's .import reads it, so both run the same SQL on the same values.
await con.run(`CREATE TABLE x AS SELECT * FROM read_csv('${args.csv.replaceAll("'", "''")}', header = true, all_varchar = true)`);
const loadMs = performance.now() - t0;

const fill = (sql, q) =>
  sql.replaceAll('{from}', q.from).replaceAll('{to}', q.to).replaceAll('{judged_at}', args['judged-at']).replaceAll('{agency_path}', q.agency_path);

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
const out = { load_ms: loadMs, rows: 0, queries: [] };
out.rows = Number((await (await con.run('SELECT COUNT(*) FROM x')).getRows())[0][0]);
for (const q of queries) {
  const sql = fill(recount, q);
  const times = [];
  let figures = null;
  for (let i = 0; i < iterations; ++i) {
    t0 = performance.now();
    const reader = await con.runAndReadAll(sql);
    times.push(performance.now() - t0);
    if (!figures) {
      const names = reader.columnNames();
      const row = reader.getRows()[0];
      figures = Object.fromEntries(names.map((n, k) => [n, row[k] === null ? null : Number(row[k])]));
    }
  }
  times.sort((a, b) => a - b);
  out.queries.push({ name: q.name, figures, p50_ms: percentile(times, 0.5), p99_ms: percentile(times, 0.99) });
}
console.log(JSON.stringify(out));
