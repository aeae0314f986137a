// formValue (web/ui.js): numbers as people type them into the page's fields
// reach the module as numbers; anything else reaches it as typed, so the core
// names the problem under the field.
import test from 'node:test';
import assert from 'node:assert/strict';
import { formValue } from '../../web/ui.js';
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
