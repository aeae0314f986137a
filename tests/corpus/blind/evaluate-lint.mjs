// Scores lint (and the draft's `missing` list) on the blind proposal corpus,
// through the built WebAssembly module.
//
//   node tests/corpus/blind/evaluate-lint.mjs [tuning|sealed] [--failures] [--drafts=out.txt]
//
// Lint: per rule, an expected problem is found when an issue of that rule
// overlaps its quote (in `text`; for unanswered_question, the issue's ask span
// overlaps the quote in `job_text`; for missing_greeting / missing_closing an
// issue of the rule exists). An issue that overlaps no expected quote of its
// rule is a false alarm. A case is right when nothing is missed and nothing is
// false. Drafts: an expected missing ask is found when an entry of `missing`
// names it (one contains the other, blanks and brackets aside); an entry that
// names no expected ask is a false alarm.
//
// --failures prints what went wrong per case; it is refused on the sealed
// slice, whose failures are not read (tests/corpus/blind/README.md).
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

export function readSlice(slice) {
  const dir = join(here, 'proposal', slice);
  const lint = [];
  const draft = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
    const data = JSON.parse(readFileSync(join(dir, file), 'utf8'));
    lint.push(...(data.lint || []));
    draft.push(...(data.draft || []));
  }
  return { lint, draft };
}

// Every [start, end) where `quote` occurs in `text`.
function spansOf(text, quote) {
  const spans = [];
  if (!quote) return spans;
  for (let at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + 1)) spans.push([at, at + quote.length]);
  return spans;
}

const overlaps = (a, b) => a[0] < b[1] && b[0] < a[1];
const presenceRules = new Set(['missing_greeting', 'missing_closing']);

function issueSpan(issue) {
  if (issue.rule === 'unanswered_question') return [issue.ask_start, Math.max(issue.ask_end, issue.ask_start + 1)];
  return [issue.start, Math.max(issue.end, issue.start + 1)];
}

// Matches one case's issues to its expectations: {found, missed, false} lists.
export function scoreCase(c, issues) {
  const found = [];
  const missed = [];
  const falseAlarms = [];
  const used = new Set();
  for (const e of c.expect) {
    const source = e.rule === 'unanswered_question' ? (c.job_text || '') : c.text;
    const spans = spansOf(source, e.quote);
    let hit = -1;
    issues.forEach((issue, k) => {
      if (hit >= 0 || issue.rule !== e.rule) return;
      if (presenceRules.has(e.rule) || spans.some((s) => overlaps(s, issueSpan(issue)))) hit = k;
    });
    if (hit >= 0) {
      found.push(e);
      // Every issue of the rule on this quote belongs to it, not only the first.
      issues.forEach((issue, k) => {
        if (issue.rule === e.rule && (presenceRules.has(e.rule) || spans.some((s) => overlaps(s, issueSpan(issue))))) used.add(k);
      });
    } else missed.push(e);
  }
  issues.forEach((issue, k) => { if (!used.has(k)) falseAlarms.push(issue); });
  return { found, missed, false: falseAlarms };
}

export function evaluateLint(gc, cases) {
  const perRule = {};
  const row = (rule) => (perRule[rule] ??= { tp: 0, fn: 0, fp: 0 });
  let right = 0;
  const failures = [];
  for (const c of cases) {
    const input = { text: c.text, options: c.options || {} };
    if (c.job_text) input.job_text = c.job_text;
    const out = gc.lint(input);
    if (out.error) throw new Error(`${c.id}: ${out.error.message}`);
    const s = scoreCase(c, out.issues);
    for (const e of s.found) row(e.rule).tp++;
    for (const e of s.missed) row(e.rule).fn++;
    for (const i of s.false) row(i.rule).fp++;
    if (s.missed.length === 0 && s.false.length === 0) right++;
    else failures.push({ id: c.id, missed: s.missed, false: s.false, c });
  }
  for (const r of Object.values(perRule)) {
    r.precision = r.tp + r.fp === 0 ? 1 : r.tp / (r.tp + r.fp);
    r.recall = r.tp + r.fn === 0 ? 1 : r.tp / (r.tp + r.fn);
  }
  return { cases: cases.length, right, share: cases.length ? right / cases.length : 1, perRule, failures };
}

const norm = (s) => s.replace(/[\s　【】「」（）()：:・]/g, '');

export function evaluateDrafts(gc, cases) {
  let tp = 0, fn = 0, fp = 0, right = 0;
  const results = [];
  for (const c of cases) {
    const input = { kind: c.kind || 'application', fields: c.fields, job_text: c.job_text };
    const out = gc.draft(input);
    if (out.error) throw new Error(`${c.id}: ${out.error.message}`);
    const missing = (out.missing || []).map((m) => norm(m.ask));
    const expected = (c.expect_missing || []).map(norm);
    const hit = new Set();
    let caseFn = 0;
    for (const e of expected) {
      const k = missing.findIndex((m, i) => !hit.has(i) && (m.includes(e) || e.includes(m)));
      if (k >= 0) { hit.add(k); tp++; } else { fn++; caseFn++; }
    }
    const caseFp = missing.length - hit.size;
    fp += caseFp;
    if (caseFn === 0 && caseFp === 0) right++;
    results.push({ id: c.id, text: out.text, missing: out.missing || [], expected: c.expect_missing || [], job_text: c.job_text, ok: caseFn === 0 && caseFp === 0 });
  }
  return { cases: cases.length, right, tp, fn, fp, results };
}

const pct = (x) => `${(100 * x).toFixed(1)}%`;

export function report(lint) {
  const lines = [];
  lines.push('| rule | found | missed | false | precision | recall |', '|---|---|---|---|---|---|');
  for (const [rule, r] of Object.entries(lint.perRule).sort()) {
    lines.push(`| ${rule} | ${r.tp} | ${r.fn} | ${r.fp} | ${r.precision.toFixed(3)} | ${r.recall.toFixed(3)} |`);
  }
  lines.push(`cases right: ${lint.right}/${lint.cases} (${pct(lint.share)})`);
  return lines.join('\n');
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const slice = args.find((a) => !a.startsWith('--')) || 'tuning';
  const showFailures = args.includes('--failures');
  const draftsOut = args.find((a) => a.startsWith('--drafts='))?.slice(9);
  if (slice === 'sealed' && (showFailures || draftsOut)) {
    console.error('The sealed slice is scored only: its failures and drafts are not printed while tuning.');
    process.exit(64);
  }
  process.chdir(resolve(here, '../../..'));
  // GIGCHECK_EVAL_CLI=1 asks the native CLI instead (the same bytes; no wasm build needed while tuning).
  const { loadModule, cliPath } = await import('../../node/load-module.mjs');
  const viaCli = (fn) => (input) => JSON.parse(spawnSync(cliPath, [fn], { input: JSON.stringify(input), encoding: 'utf8' }).stdout);
  const gc = process.env.GIGCHECK_EVAL_CLI ? { lint: viaCli('lint'), draft: viaCli('draft') } : await loadModule();
  const { lint, draft } = readSlice(slice);
  const l = evaluateLint(gc, lint);
  console.log(`lint, ${slice}:`);
  console.log(report(l));
  const d = evaluateDrafts(gc, draft);
  console.log(`draft missing lists, ${slice}: ${d.right}/${d.cases} right; asks found ${d.tp}, missed ${d.fn}, false ${d.fp}`);
  if (showFailures) {
    for (const f of l.failures) {
      console.log(`\n## ${f.id}`);
      for (const e of f.missed) console.log(`  missed ${e.rule}: 「${e.quote}」`);
      for (const i of f.false) {
        const src = i.rule === 'unanswered_question' ? `ask 「${i.ask}」` : `「${f.c.text.slice(i.start, i.end)}」`;
        console.log(`  false  ${i.rule}: ${src}`);
      }
    }
    for (const r of d.results.filter((x) => !x.ok)) {
      console.log(`\n## ${r.id} missing: ${JSON.stringify(r.missing.map((m) => m.ask))} expected: ${JSON.stringify(r.expected)}`);
    }
  }
  if (draftsOut) {
    writeFileSync(draftsOut, d.results.map((r) => `=== ${r.id}\n--- 募集文\n${r.job_text}\n--- 応募文\n${r.text}\n`).join('\n'));
  }
}
