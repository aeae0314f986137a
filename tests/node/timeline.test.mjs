// The timeline function through the WebAssembly module and the CLI.
import test from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { loadModule, cliPath } from './load-module.mjs';

const gc = await loadModule();

function cli(name, text) {
  const run = spawnSync(cliPath, [name], { input: text, encoding: 'utf8' });
  return { status: run.status, stdout: run.stdout.trimEnd() };
}

const delivery = { situation: 'after_delivery', date: '2026-09-18' };

test('delivery on 2026-09-18: nudge 3 business days later on 9/28, acceptance week to 9/25', () => {
  const out = gc.timeline(delivery);
  const byId = Object.fromEntries(out.steps.map((s) => [s.id, s]));
  assert.equal(byId.nudge.date, '2026-09-28');
  assert.equal(byId.nudge.business_days, 3);
  assert.equal(byId.nudge.action.length > 0, true);
  assert.equal(byId.acceptance_deadline.date, '2026-09-25');
  assert.equal(byId.acceptance_deadline.calendar_days, 7);
  assert.equal(byId.support_request.date, '2026-10-01');
  assert.equal(byId.inquiry.date, '2026-10-01');
  assert.deepEqual(out.steps.map((s) => s.date),
    ['2026-09-18', '2026-09-21', '2026-09-25', '2026-09-28', '2026-10-01', '2026-10-01']);
  assert.deepEqual(out.non_business_days.map((d) => d.reason),
    ['土曜日', '日曜日', '敬老の日', '国民の休日', '秋分の日', '土曜日', '日曜日']);
  console.log(`timeline for a delivery on 2026-09-18: ${out.steps.map((s) =>
    `${s.date}(${s.weekday}) ${s.title} [${'business_days' in s ? `${s.business_days}営業日` : `${s.calendar_days}日`} from ${s.from}]`).join('; ')}`);
});

test('every situation answers the same through the CLI and the module', () => {
  const inputs = [
    delivery,
    { ...delivery, today: '2026-09-28', name: '佐藤 花子', client_name: '山田', subject: '記事3本の納品' },
    { situation: 'after_contract', date: '2026-12-25', closed_days: 'year_end', name: '佐藤 花子' },
    { situation: 'after_application', date: '2026-09-18', deadline: '2026-09-30', today: '2026-10-08' },
    { situation: 'after_application', date: '2026-02-30' },
  ];
  for (const input of inputs) {
    const text = JSON.stringify(input);
    assert.equal(cli('timeline', text).stdout, gc.timelineJson(text), text);
  }
});

test('status against today', () => {
  const out = gc.timeline({ ...delivery, today: '2026-09-28' });
  assert.deepEqual(out.steps.map((s) => s.status), ['past', 'past', 'past', 'today', 'upcoming', 'upcoming']);
  assert.equal(out.next_step, 'nudge');
});

test('a message for the nudge when draft can write one; the timeline never fails because of it', () => {
  const out = gc.timeline({ ...delivery, name: '佐藤 花子', client_name: '山田' });
  const nudge = out.steps.find((s) => s.id === 'nudge');
  const probe = gc.draft({ kind: 'nudge', fields: { name: '佐藤 花子', message_date: '2026-09-18', subject: '納品のご連絡' } });
  if (typeof probe.text === 'string') {
    assert.equal(typeof nudge.template, 'string');
    assert.ok(nudge.template.length > 20);
  } else {
    assert.equal(nudge.template, undefined);
  }
  assert.ok(out.steps.length === 6);
});

test('bad input names the field; the CLI exits 2; the module keeps working', () => {
  const cases = [
    [{ situation: 'after_delivery', date: '2026-02-30' }, 'date'],
    [{ situation: 'after_delivery', date: '2026/09/18' }, 'date'],
    [{ situation: 'after_delivery', date: '1954-06-01' }, 'date'],
    [{ situation: 'after_delivery', date: '2100-01-04' }, 'date'],
    [{ situation: 'after_delivery', date: '2099-12-30' }, 'date'],
    [{ situation: 'before_everything', date: '2026-09-18' }, 'situation'],
    [{ situation: 'after_application', date: '2026-09-18', deadline: '2026-09-01' }, 'deadline'],
    [{ ...delivery, today: '2026-9-1' }, 'today'],
    [{ ...delivery, closed_days: true }, 'closed_days'],
    [{ ...delivery, client_name: { name: '山田' } }, 'client_name'],
  ];
  for (const [input, field] of cases) {
    const text = JSON.stringify(input);
    assert.equal(gc.timeline(input).error?.field, field, text);
    const run = cli('timeline', text);
    assert.equal(run.status, 2, text);
    assert.equal(JSON.parse(run.stdout).error.field, field);
  }
  assert.equal(JSON.parse(gc.timelineJson('not json')).error.code, 'invalid_json');
  assert.equal(gc.timeline(delivery).steps.length, 6);
});
