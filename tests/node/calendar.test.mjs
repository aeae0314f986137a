// The holidays function through the WebAssembly module and the CLI, compared
// with an independent list: @holiday-jp/holiday_jp (1970-2050).
import test from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { loadModule, cliPath } from './load-module.mjs';

const require = createRequire(import.meta.url);
// The package's data table: {"1970-01-01": {date, name, ...}, ...}
const reference = require('@holiday-jp/holiday_jp/lib/holidays.js');

const gc = await loadModule();

function cli(name, text) {
  const run = spawnSync(cliPath, [name], { input: text, encoding: 'utf8' });
  return { status: run.status, stdout: run.stdout.trimEnd() };
}

// How holiday_jp names days that gigcheck names after the law or the
// Cabinet Office (docs/calendar.md, "Comparison").
function referenceNameMatches(ours, theirs) {
  if (ours === theirs) return true;
  if (ours === '振替休日') return theirs.endsWith(' 振替休日');
  const aliases = {
    国民の休日: ['休日'],
    天皇の即位の日: ['休日（祝日扱い）'],
    即位礼正殿の儀: ['休日（祝日扱い）'],  // 2019-10-22; 1990-11-12 is named alike on both sides
    昭和天皇の大喪の礼: ['大喪の礼'],
    皇太子徳仁親王の結婚の儀: ['結婚の儀'],
    体育の日: ['体育の日（スポーツの日）'],  // 2019-10-14: renamed only from 2020
  };
  return (aliases[ours] || []).includes(theirs);
}

test('1970-2050: same dates as @holiday-jp/holiday_jp, names agreeing', () => {
  const ours = gc.holidays({ from: '1970-01-01', to: '2050-12-31' }).holidays;
  const theirs = Object.values(reference).filter((h) => h.date >= '1970-01-01' && h.date <= '2050-12-31');
  const ourDates = new Set(ours.map((h) => h.date));
  const theirDates = new Map(theirs.map((h) => [h.date, h.name]));
  const missing = [...theirDates.keys()].filter((d) => !ourDates.has(d));
  const extra = [...ourDates].filter((d) => !theirDates.has(d));
  const renamed = ours.filter((h) => theirDates.has(h.date) && !referenceNameMatches(h.name, theirDates.get(h.date)));
  const aliased = ours.filter((h) => theirDates.get(h.date) !== h.name).length;
  console.log(`comparison 1970-2050: gigcheck ${ours.length} days, holiday_jp ${theirs.length} days, ` +
    `missing ${missing.length}, extra ${extra.length}, name mismatches ${renamed.length} ` +
    `(${aliased} names differ only by naming convention)`);
  assert.deepEqual(missing, []);
  assert.deepEqual(extra, []);
  assert.deepEqual(renamed, []);
  assert.equal(ours.length, theirs.length);
  assert.ok(ours.length > 1300);
});

test('the CLI and the module give byte-identical answers', () => {
  for (const input of [
    '{"from":"1955-01-01","to":"2099-12-31"}',
    '{"from":"2026-09-01","to":"2026-09-30"}',
    '{"from":"2026-02-30","to":"2026-12-31"}',
    '{"from":"2100-01-01","to":"2100-12-31"}',
  ]) {
    const run = cli('holidays', input);
    assert.equal(run.stdout, gc.holidaysJson(input), input);
  }
});

test('2026-05-06 is a 振替休日 and 2026-09-22 a 国民の休日', () => {
  const days = gc.holidays({ from: '2026-05-01', to: '2026-09-30' }).holidays;
  const byDate = Object.fromEntries(days.map((h) => [h.date, h]));
  assert.equal(byDate['2026-05-06'].name, '振替休日');
  assert.equal(byDate['2026-05-06'].kind, 'substitute');
  assert.equal(byDate['2026-09-22'].name, '国民の休日');
  assert.equal(byDate['2026-09-22'].kind, 'citizens');
  assert.equal(byDate['2026-09-22'].weekday, '火');
});

test('bad input gets an error naming the field, and the module stays usable', () => {
  const cases = [
    [{ from: '2026-02-30', to: '2026-12-31' }, 'from'],
    [{ from: '2026-01-01', to: '2026.12.31' }, 'to'],
    [{ from: '1954-12-31', to: '2026-12-31' }, 'from'],
    [{ from: '2026-01-01', to: '2100-01-01' }, 'to'],
    [{ from: '2026-12-31', to: '2026-01-01' }, 'to'],
    [{ from: ['2026-01-01'], to: '2026-12-31' }, 'from'],
    [{}, 'from'],
  ];
  for (const [input, field] of cases) {
    const out = gc.holidays(input);
    assert.equal(out.error?.field, field, JSON.stringify(input));
    assert.equal(cli('holidays', JSON.stringify(input)).status, 2);
  }
  assert.equal(JSON.parse(gc.holidaysJson('{"from": ')).error.code, 'invalid_json');
  assert.equal(gc.holidays({ from: '2026-01-01', to: '2026-01-01' }).holidays[0].name, '元日');
});
