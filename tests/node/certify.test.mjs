// The WebAssembly module against the native CLI: the same JSON in gives the
// same bytes out, for valid and invalid inputs alike.
import test from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
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
  if (random() < 0.5) stats.monthly_earnings_rank = pick([1, 200, 201]);
  const input = { platform: pick(['crowdworks', 'lancers']), stats, as_of: pick(['2026-11-22', '2027-03-31', undefined]) };
  if (random() < 0.4) input.pace = { jobs_per_month: pick([0, 1, 3]), five_star_reviews_per_month: pick([1, 2]), scouts_per_month: 1, prompt_replies_per_month: 10 };
  // One input in four is broken in some way.
  const breakage = random() < 0.25 ? pick(['negative', 'type', 'over', 'average', 'stars', 'platform', 'date']) : null;
  if (breakage === 'negative') stats.scouts = -1;
  if (breakage === 'type') stats.jobs_total = 'forty';
  if (breakage === 'over') stats.jobs_completed = total + 1;
  if (breakage === 'average') stats.rating = { average: 5.5, count: 3 };
  if (breakage === 'stars') stats.rating = { stars: [1, 2, 3] };
  if (breakage === 'platform') input.platform = 'coconala';
  if (breakage === 'date') input.as_of = '2026-02-30';
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
