// web/ics.mjs: the .ics text for a timeline, parsed back by an independent
// reader written here from RFC 5545 (§3.1 folding, §3.3.11 text escaping).
import test from 'node:test';
import assert from 'node:assert/strict';
import { timelineToIcs, foldLine, escapeText, nextDay } from '../../web/ics.mjs';
import { loadModule } from './load-module.mjs';

const gc = await loadModule();
const stamp = new Date(Date.UTC(2026, 8, 18, 9, 30, 0));

// Unfolds and splits the text into components of {name, params, value}.
function parseIcs(text) {
  assert.ok(text.endsWith('\r\n'), 'ends with CRLF');
  const physical = text.slice(0, -2).split('\r\n');
  for (const line of physical) {
    assert.ok(Buffer.byteLength(line, 'utf8') <= 75, `line over 75 octets: ${line}`);
    assert.ok(!line.includes('\n') && !line.includes('\r'), 'bare line break');
  }
  const logical = [];
  for (const line of physical) {
    if (line.startsWith(' ')) logical[logical.length - 1] += line.slice(1);
    else logical.push(line);
  }
  const root = { name: 'ROOT', props: [], children: [] };
  const stack = [root];
  for (const line of logical) {
    const colon = line.indexOf(':');
    assert.ok(colon > 0, `no colon: ${line}`);
    const [name, ...params] = line.slice(0, colon).split(';');
    const value = line.slice(colon + 1);
    if (name === 'BEGIN') {
      const component = { name: value, props: [], children: [] };
      stack.at(-1).children.push(component);
      stack.push(component);
    } else if (name === 'END') {
      assert.equal(stack.pop().name, value, 'BEGIN/END nesting');
    } else {
      stack.at(-1).props.push({ name, params, value });
    }
  }
  assert.equal(stack.length, 1, 'every BEGIN has its END');
  return root.children;
}

function unescape(value) {
  return value.replace(/\\([\\;,nN])/g, (_, c) => (c === 'n' || c === 'N' ? '\n' : c));
}

function prop(component, name) {
  return component.props.find((p) => p.name === name);
}

test('the .ics of the 2026-09-18 delivery parses back to the same steps', () => {
  const result = gc.timeline({ situation: 'after_delivery', date: '2026-09-18', today: '2026-09-18' });
  const text = timelineToIcs(result, { stamp });
  const [calendar, ...rest] = parseIcs(text);
  assert.equal(rest.length, 0);
  assert.equal(calendar.name, 'VCALENDAR');
  assert.equal(prop(calendar, 'VERSION').value, '2.0');
  assert.ok(prop(calendar, 'PRODID').value.length > 0);
  const events = calendar.children.filter((c) => c.name === 'VEVENT');
  assert.equal(events.length, result.steps.length);
  const uids = new Set();
  events.forEach((event, i) => {
    const step = result.steps[i];
    assert.deepEqual(prop(event, 'DTSTART').params, ['VALUE=DATE']);
    assert.equal(prop(event, 'DTSTART').value, step.date.replaceAll('-', ''));
    assert.equal(prop(event, 'DTEND').value, nextDay(step.date).replaceAll('-', ''));
    assert.equal(prop(event, 'DTSTAMP').value, '20260918T093000Z');
    assert.ok(unescape(prop(event, 'SUMMARY').value).startsWith(step.title));
    assert.ok(unescape(prop(event, 'DESCRIPTION').value).startsWith(step.action));
    uids.add(prop(event, 'UID').value);
  });
  assert.equal(uids.size, events.length, 'UIDs are unique');
  const nudge = events[result.steps.findIndex((s) => s.id === 'nudge')];
  assert.equal(prop(nudge, 'DTSTART').value, '20260928');
  assert.equal(unescape(prop(nudge, 'SUMMARY').value), '自分で催促（3営業日後）');
  assert.equal(nudge.children[0].name, 'VALARM');
  assert.equal(prop(nudge.children[0], 'TRIGGER').value, 'PT9H');
  const delivered = events[0];
  assert.equal(delivered.children.length, 0, 'no reminder for the event itself');
});

test('a message template survives escaping and folding', () => {
  const template = '山田様\nお世話になっております。佐藤です。\n9月18日（金）にお送りした「記事3本の納品」の件、いかがでしょうか；ご確認を, よろしくお願いいたします。\\以上';
  const result = {
    situation: 'after_delivery', date: '2026-09-18',
    steps: [{ id: 'nudge', kind: 'nudge', title: '自分で催促', action: '催促します。', date: '2026-09-28', business_days: 3, template }],
  };
  const [calendar] = parseIcs(timelineToIcs(result, { stamp }));
  const description = unescape(prop(calendar.children[0], 'DESCRIPTION').value);
  assert.ok(description.endsWith(template));
});

test('folding never splits a character and keeps lines within 75 octets', () => {
  const line = `DESCRIPTION:${'あ'.repeat(100)}😀${'a'.repeat(80)}`;
  const folded = foldLine(line);
  for (const part of folded.split('\r\n')) assert.ok(Buffer.byteLength(part) <= 75);
  assert.equal(folded.split('\r\n').map((p, i) => (i ? p.slice(1) : p)).join(''), line);
  assert.equal(foldLine('SHORT:x'), 'SHORT:x');
  assert.equal(escapeText('a,b;c\\d\ne'), 'a\\,b\\;c\\\\d\\ne');
  assert.equal(nextDay('2026-12-31'), '2027-01-01');
  assert.equal(nextDay('2028-02-28'), '2028-02-29');
});
