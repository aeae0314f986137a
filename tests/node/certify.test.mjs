// The WebAssembly module against the native CLI: the same JSON in gives the
// same bytes out, for valid and invalid inputs alike.
import test from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { loadModule, cliPath } from './load-module.mjs';

const gc = await loadModule();

// A small deterministic generator (mulberry32), so failures reproduce.
function generator(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function certifyInput(random) {
  const pick = (list) => list[Math.floor(random() * list.length)];
  const count = () => pick([0, 1, 4, 5, 9, 10, 36, 40, 99, 100, 2147483647, 2147483648, 1e12, Math.floor(random() * 500)]);
  const total = count();
  const stats = {
    jobs_total: total,
    jobs_completed: Math.min(total, Math.floor(total * pick([0.5, 0.89, 0.9, 0.95, 1]))),
    rating: random() < 0.5
      ? { stars: [count(), count(), count(), count(), count()].map((n) => Math.min(n, 1e12)) }
      : { average: pick([1, 4.5, 4.79, 4.8, 4.81, 5, '4.79']), count: count() },
    communication_rating: { average: pick([4.7, 4.8, 4.95]), count: count() },
    scouts: pick([0, 4, 5, 6]),
    messages_received: 50,
    replied_within_24h: pick([0, 39, 40, 50]),
    earnings_top_percent: pick([0, 12.5, 20, 20.01, 100]),
    verifications: { identity: random() < 0.8, phone: random() < 0.8, nda: random() < 0.8 },
  };
  if (random() < 0.5) stats.monthly_earnings_rank = pick([1, 100, 101, 200, 201]);
  // What the current sets add: division, profile, task approvals, last login.
  if (random() < 0.6) stats.division = pick(['designer', 'engineer', 'writer', 'business']);
  if (random() < 0.7) stats.profile_complete = random() < 0.7;
  if (random() < 0.6) { stats.tasks_total = pick([0, 10, 37]); stats.tasks_approved = Math.min(stats.tasks_total, pick([0, 8, 9, 34])); }
  if (random() < 0.7) stats.last_login = pick(['2026-10-22', '2026-10-23', '2026-11-20', '2026-01-31']);
  const input = { platform: pick(['crowdworks', 'lancers']), stats, as_of: pick(['2026-11-22', '2027-03-31', undefined]) };
  if (random() < 0.3) input.criteria_set = pick(['current', 'classic']);
  if (random() < 0.4) input.pace = { jobs_per_month: pick([0, 1, 3]), five_star_reviews_per_month: pick([1, 2]), scouts_per_month: 1, prompt_replies_per_month: 10 };
  if (random() < 0.3) input.leaving = { jobs_completed: 0, jobs_total: pick([0, 1]), scouts: pick([0, 1]) };
  if (random() < 0.3 && input.as_of) {
    input.earlier = { date: pick(['2026-08-22', '2026-11-01']),
      stats: { jobs_total: Math.floor(total / 2), jobs_completed: Math.floor(stats.jobs_completed / 2), scouts: 0, rating: { average: 4.7, count: 10 } } };
  }
  // One input in four is broken in some way.
  const breakage = random() < 0.25 ? pick(['negative', 'type', 'over', 'average', 'stars', 'platform', 'date', 'set', 'division', 'login']) : null;
  if (breakage === 'negative') stats.scouts = -1;
  if (breakage === 'type') stats.jobs_total = 'forty';
  if (breakage === 'over') stats.jobs_completed = total + 1;
  if (breakage === 'average') stats.rating = { average: 5.5, count: 3 };
  if (breakage === 'stars') stats.rating = { stars: [1, 2, 3] };
  if (breakage === 'platform') input.platform = 'coconala';
  if (breakage === 'date') input.as_of = '2026-02-30';
  if (breakage === 'set') input.criteria_set = 'newest';
  if (breakage === 'division') stats.division = 'musician';
  if (breakage === 'login') stats.last_login = '2026-11-31';
  return JSON.stringify(input);
}

function runCli(fn, input) {
  const result = spawnSync(cliPath, [fn], { input, encoding: 'utf8' });
  return { stdout: result.stdout.replace(/\n$/, ''), status: result.status };
}

test('the module and the CLI give byte-identical certify output for 240 generated inputs', () => {
  const random = generator(20261123);
  let errors = 0;
  for (let i = 0; i < 240; i++) {
    const input = certifyInput(random);
    const fromModule = gc.certifyJson(input);
    const fromCli = runCli('certify', input);
    assert.equal(fromCli.stdout, fromModule, `input ${i}: ${input}`);
    const isError = fromModule.startsWith('{"error"');
    assert.equal(fromCli.status, isError ? 2 : 0, `exit status for input ${i}`);
    errors += isError;
  }
  assert.ok(errors > 30 && errors < 100, `a mix of valid and invalid inputs (${errors} errors)`);
});

// Answers recorded before criteria sets existed (tests/node/data/, made by the CLI
// at commit e36f98d from inputs of every kind, errors included).
const golden = JSON.parse(readFileSync(new URL('./data/certify-classic-golden.json', import.meta.url)));
// What the classic set's answers gained since; nothing else may differ.
const addedTop = ['criteria_set', 'focus'];
const addedJudgment = ['cadence', 'window', 'window_from', 'window_to', 'leaves_window'];

test('criteria_set "classic" answers every recorded input as before criteria sets existed', () => {
  assert.ok(golden.cases.length >= 150);
  let judged = 0;
  for (const { input, output } of golden.cases) {
    const answer = gc.certify({ ...input, criteria_set: 'classic' });
    if (!answer.error) {
      assert.equal(answer.criteria_set.id, 'classic');
      for (const key of addedTop) delete answer[key];
      if (answer.next_judgment) { judged++; for (const key of addedJudgment) delete answer.next_judgment[key]; }
    }
    assert.equal(JSON.stringify(answer), output, JSON.stringify(input));
  }
  assert.ok(judged > 20, `next_judgment compared in ${judged} answers`);
});

test('without criteria_set the answer uses the current set and differs where it adds criteria', () => {
  const { input } = golden.cases.find((c) => c.input.platform === 'crowdworks' && !c.output.startsWith('{"error"'));
  const answer = gc.certify(input);
  assert.equal(answer.criteria_set.id, 'current');
  assert.ok(answer.order.includes('profile'));
  assert.ok(!gc.certify({ ...input, criteria_set: 'classic' }).order.includes('profile'));
});

test('bad input gives an error object and the module keeps answering correctly', () => {
  const valid = { platform: 'crowdworks', stats: { jobs_completed: 36, jobs_total: 40 } };
  const bad = ['', 'not json', '{"platform": "crowdworks", "stats": {}', '[1,2]', '{"platform": "\uD800"}',
    '{"platform": "crowdworks", "stats": {"jobs_total": 1e400}}', '['.repeat(100000),
    JSON.stringify({ platform: 'lancers', stats: {}, padding: 'あ'.repeat(2_000_000) })];
  for (const input of bad) {
    const out = JSON.parse(gc.certifyJson(input));
    assert.ok(out.error, `an error for ${input.slice(0, 40)}`);
    assert.equal(typeof out.error.message, 'string');
    assert.equal(gc.certify(valid).criteria.completion_rate.value, '36/40');
  }
});

test('error codes name the problem', () => {
  assert.equal(JSON.parse(gc.certifyJson('not json')).error.code, 'invalid_json');
  assert.equal(JSON.parse(gc.certifyJson('['.repeat(100))).error.code, 'too_deep');
  assert.equal(JSON.parse(gc.certifyJson(' '.repeat(5 * 1024 * 1024))).error.code, 'too_large');
  assert.deepEqual(gc.certify({ platform: 'crowdworks', stats: { jobs_total: -1 } }).error.field, 'stats.jobs_total');
});
