// web/ui.js without a page: numbers as people type them into the fields
// reach the module as numbers (anything else as typed, so the core names the
// problem), and one bad field does not take the other results away.
import test from 'node:test';
import assert from 'node:assert/strict';
import { formValue, callWithoutBadFields } from '../../web/ui.js';
import { loadModule } from './load-module.mjs';

test('full-width digits, separators and units are read as the number', () => {
  const cases = {
    '36': 36, '３６': 36, '４．７９': '4.79', '4.7点': '4.7', '４．７点': '4.7', '4時間': 4, '4 時間': 4,
    '1,500円': 1500, '１２，０００円': 12000, '¥3,000': 3000, '80%': 80, '８０％': 80, '50名': 50, '12件': 12, '-1': -1,
  };
  for (const [typed, expected] of Object.entries(cases)) assert.equal(formValue(typed), expected, typed);
});

test('empty stays absent; what is not a number is passed as typed', () => {
  assert.equal(formValue(''), undefined);
  assert.equal(formValue('   '), undefined);
  for (const typed of ['abc', '1,5', '4.7.1', '約4時間', '1e3']) assert.equal(formValue(typed), typed);
});

test('a rating typed with its unit is judged like the bare number', async () => {
  const gc = await loadModule();
  const certify = (average) => gc.certify({ platform: 'lancers', stats: { rating: { average, count: 100 } } });
  assert.deepEqual(certify(formValue('4.8点')).criteria.rating, certify('4.8').criteria.rating);
  assert.equal(certify(formValue('４．７９点')).criteria.rating.status, 'not_met');
});

test('a bad field is left out and the rest is still answered, with the error kept for its field', async () => {
  const gc = await loadModule();
  const input = { platform: 'crowdworks', stats: { jobs_total: 40, jobs_completed: 36, rating: { average: '4.7点', count: 10 } } };
  const { result, errors } = callWithoutBadFields(gc.certify, input);
  // The average is refused first; what is left of the rating then goes too.
  assert.equal(errors[0].field, 'stats.rating.average');
  assert.equal(result.criteria.completion_rate.status, 'met');
  assert.equal(input.stats.rating.average, '4.7点', 'the caller\'s input is not changed');
  // A required field cannot be left out: no result, the error says which.
  const missing = callWithoutBadFields(gc.timeline, { situation: 'after_delivery', date: '2026-02-30' });
  assert.equal(missing.result, null);
  assert.equal(missing.errors[0].field, 'date');
});
