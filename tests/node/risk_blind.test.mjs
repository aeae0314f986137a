// The risk check on the blind corpus's tuning slice (tests/corpus/blind/risk/tuning,
// 755 cases by eight authors, R1–R8, who never saw the code), through the WebAssembly
// module. Floors sit a little under the figures reached (docs/risk.md, "Blind
// corpus"), so that a regression fails here. The sealed slice is never run here.
import test from 'node:test';
import assert from 'node:assert/strict';
import { loadModule } from './load-module.mjs';
import { readSlice, evaluate } from '../corpus/blind/evaluate-risk.mjs';

const floors = { macroF1: 0.94, levelAccuracy: 0.97, signalF1: 0.87, benignHigh: 0 };

const gc = await loadModule();
const result = evaluate(readSlice('tuning'), (input) => gc.risk(input));

test('blind tuning slice: macro F1 and level accuracy stay above their floors', () => {
  assert.equal(result.cases, 755);
  assert.ok(result.macroF1 >= floors.macroF1, `macro F1 ${result.macroF1.toFixed(3)}`);
  assert.ok(result.levelAccuracy >= floors.levelAccuracy, `level accuracy ${result.levelAccuracy.toFixed(3)}`);
  assert.ok(result.benignHigh.length <= floors.benignHigh, `benign at 高: ${result.benignHigh.join(', ')}`);
});

test('blind tuning slice: every signal the slice expects keeps its F1', () => {
  const expected = result.signals.filter((s) => s.tp + s.fn > 0);
  assert.equal(expected.length, 17);  // every signal of api.md but none
  for (const s of expected) assert.ok(s.f1 >= floors.signalF1, `${s.id}: F1 ${s.f1.toFixed(3)}`);
});
