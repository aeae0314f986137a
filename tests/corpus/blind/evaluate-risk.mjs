// Scores the risk check on a slice of the blind corpus (docs/risk.md, "Blind corpus").
//
//   node tests/corpus/blind/evaluate-risk.mjs tuning            # the built WebAssembly module
//   node tests/corpus/blind/evaluate-risk.mjs tuning --failures # and every case it gets wrong
//   node tests/corpus/blind/evaluate-risk.mjs tuning --cli      # the native CLI instead (same answers)
//   node tests/corpus/blind/evaluate-risk.mjs sealed            # ONCE, at the end of a piece of work
//
// Prints per-signal TP/FP/FN, precision, recall and F1, the macro F1 over the
// signals the slice expects, level accuracy and the benign cases rated 高.
// `--failures` is refused on the sealed slice: its failures are never read.
// `evaluate(slice, riskFn)` is exported for tests/node/risk_blind.test.mjs.
import { readFileSync, readdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const here = new URL('./risk/', import.meta.url);

export function readSlice(slice) {
  const dir = new URL(`${slice}/`, here);
  return readdirSync(dir).filter((f) => f.endsWith('.json')).sort()
    .flatMap((f) => JSON.parse(readFileSync(new URL(f, dir), 'utf8')).cases);
}

export function evaluate(cases, risk) {
  const counts = new Map();
  const row = (id) => {
    if (!counts.has(id)) counts.set(id, { tp: 0, fp: 0, fn: 0 });
    return counts.get(id);
  };
  let levelRight = 0;
  const benignHigh = [];
  const failures = [];
  for (const c of cases) {
    const out = risk(c.input);
    if (out.error) throw new Error(`${c.id}: ${JSON.stringify(out.error)}`);
    const got = new Set(out.signals.map((s) => s.id));
    const want = new Set(c.expect);
    for (const id of want) row(id)[got.has(id) ? 'tp' : 'fn'] += 1;
    for (const id of got) if (!want.has(id)) row(id).fp += 1;
    if (out.level === c.level) levelRight += 1;
    if (c.benign && out.level === 'high') benignHigh.push(c.id);
    const missed = [...want].filter((id) => !got.has(id));
    const extra = [...got].filter((id) => !want.has(id));
    if (missed.length || extra.length || out.level !== c.level)
      failures.push({ id: c.id, missed, extra, level: out.level, want: c.level, out });
  }
  const signals = [...counts.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([id, n]) => {
    const precision = n.tp + n.fp ? n.tp / (n.tp + n.fp) : 1;
    const recall = n.tp + n.fn ? n.tp / (n.tp + n.fn) : 1;
    const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
    return { id, ...n, precision, recall, f1 };
  });
  // Macro F1 over the signals the slice expects at least once (a signal never
  // expected but raised still costs precision in its own row).
  const scored = signals.filter((s) => s.tp + s.fn > 0);
  const macroF1 = scored.reduce((a, s) => a + s.f1, 0) / scored.length;
  return { cases: cases.length, signals, macroF1, levelAccuracy: levelRight / cases.length, benignHigh, failures };
}

function print(result, slice) {
  const f = (x) => x.toFixed(2);
  console.log('signal                  TP  FP  FN  prec  rec   F1');
  for (const s of result.signals)
    console.log(`${s.id.padEnd(22)} ${String(s.tp).padStart(3)} ${String(s.fp).padStart(3)} ${String(s.fn).padStart(3)}  ${f(s.precision)}  ${f(s.recall)}  ${f(s.f1)}`);
  // The sealed slice's benign cases at 高 are counted, never named: naming them is reading its failures.
  const names = slice !== 'sealed' && result.benignHigh.length ? ` (${result.benignHigh.join(', ')})` : '';
  console.log(`cases ${result.cases}  macro F1 ${f(result.macroF1)}  level accuracy ${f(result.levelAccuracy)}  benign at 高 ${result.benignHigh.length}${names}`);
}

async function main() {
  const args = process.argv.slice(2);
  const slice = args.find((a) => !a.startsWith('--')) || 'tuning';
  const showFailures = args.includes('--failures');
  if (showFailures && slice === 'sealed') {
    console.error('The sealed slice is scored, never read: --failures is refused.');
    process.exit(64);
  }
  let risk;
  if (args.includes('--cli')) {
    const cli = process.env.GIGCHECK_CLI || 'build/native/gigcheck';
    risk = (input) => JSON.parse(spawnSync(cli, ['risk'], { input: JSON.stringify(input), encoding: 'utf8' }).stdout);
  } else {
    const { loadModule } = await import('../../node/load-module.mjs');
    const gc = await loadModule();
    risk = (input) => gc.risk(input);
  }
  const result = evaluate(readSlice(slice), risk);
  print(result, slice);
  if (showFailures)
    for (const x of result.failures) {
      const ev = x.out.signals.map((s) => `${s.id}:${s.evidence.map((e) => e.text).join('|')}`).join('  ');
      console.log(`\n${x.id} level ${x.level}/${x.want} missed [${x.missed}] extra [${x.extra}]\n  ${ev}`);
    }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
