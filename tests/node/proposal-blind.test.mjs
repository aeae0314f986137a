// The blind tuning slice (tests/corpus/blind/proposal/tuning: P1–P4, written by
// authors who never saw the code) through the built module: lint per rule and
// per case, and the drafts' `missing` lists, must not fall below the floors
// (a little under the figures reached; docs/proposal.md has them). The sealed
// slice is not run here: it is scored once, at the end of a piece of work.
import test from 'node:test';
import assert from 'node:assert/strict';
import { loadModule } from './load-module.mjs';
import { readSlice, evaluateLint, evaluateDrafts, report } from '../corpus/blind/evaluate-lint.mjs';

const gc = await loadModule();
const { lint, draft } = readSlice('tuning');

const floors = { share: 0.95, precision: 0.9, recall: 0.9, drafts: 0.65 };

test('blind tuning slice: lint cases right and per-rule precision and recall stay above their floors', () => {
  assert.ok(lint.length >= 310, `tuning slice has ${lint.length} lint cases`);
  const result = evaluateLint(gc, lint);
  const table = report(result);
  assert.ok(result.share >= floors.share, `cases right ${result.share}\n${table}`);
  for (const [rule, r] of Object.entries(result.perRule)) {
    assert.ok(r.precision >= floors.precision, `${rule} precision ${r.precision}\n${table}`);
    assert.ok(r.recall >= floors.recall, `${rule} recall ${r.recall}\n${table}`);
  }
  // Every rule of the contract is exercised by the slice.
  assert.equal(Object.keys(result.perRule).length, 10);
});

test('blind tuning slice: drafts list the asks no field answers, and only those', () => {
  const result = evaluateDrafts(gc, draft);
  assert.ok(result.right / result.cases >= floors.drafts, `drafts right ${result.right}/${result.cases}`);
  for (const r of result.results) {
    // Every marker in `missing` is in the text, and lint reports it as an error.
    for (const m of r.missing) assert.ok(r.text.includes(m.marker), `${r.id}: ${m.marker}`);
  }
});
