// @ts-check
// RFC 5545 (iCalendar) export of a timeline answer (gc.timeline output), so
// the steps can go into the user's own calendar. Pure functions, no DOM: the
// tab turns the text into a Blob URL; node tests parse it back.
// Each step becomes an all-day VEVENT; steps where the user has to act get a
// 09:00 reminder. UIDs come from the event date, situation and step id, so
// importing the same timeline again updates the events instead of doubling them.

const CRLF = '\r\n';
const MAX_OCTETS = 75;  // RFC 5545 §3.1: lines SHOULD NOT be longer than 75 octets
const ACTION_KINDS = new Set(['nudge', 'support_request', 'inquiry', 'early_termination', 'give_up']);

// "2026-09-18" -> "20260918"
export function icsDate(iso) {
  return iso.replaceAll('-', '');
}

// The day after an ISO date (DTEND of an all-day event is exclusive).
export function nextDay(iso) {
  const [y, m, d] = iso.split('-').map(Number);
  const next = new Date(Date.UTC(y, m - 1, d + 1));
  return next.toISOString().slice(0, 10);
}

// A Date as a UTC DATE-TIME: 20260918T093000Z
export function icsStamp(date) {
  return date.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

// TEXT escaping (§3.3.11): backslash, semicolon, comma and newlines.
export function escapeText(text) {
  return String(text)
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

function utf8Length(codePoint) {
  if (codePoint < 0x80) return 1;
  if (codePoint < 0x800) return 2;
  if (codePoint < 0x10000) return 3;
  return 4;
}

// Folds a content line at 75 octets (§3.1) without splitting a UTF-8
// character; continuation lines start with one space, which counts.
export function foldLine(line) {
  const parts = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = utf8Length(char.codePointAt(0));
    if (octets + size > MAX_OCTETS) {
      parts.push(current);
      current = ' ';
      octets = 1;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join(CRLF);
}

function distanceText(step) {
  if (step.kind === 'event') return '';
  if (typeof step.business_days === 'number') return `（${step.business_days}営業日後）`;
  if (step.calendar_days > 0) return `（${step.calendar_days}日後）`;
  return '';
}

function eventLines(result, step, stamp) {
  const description = [step.action];
  if (step.template) description.push('', '--- 送る文面 ---', step.template);
  const lines = [
    'BEGIN:VEVENT',
    `UID:${result.date}-${result.situation}-${step.id}@gigcheck`,
    `DTSTAMP:${icsStamp(stamp)}`,
    `DTSTART;VALUE=DATE:${icsDate(step.date)}`,
    `DTEND;VALUE=DATE:${icsDate(nextDay(step.date))}`,
    `SUMMARY:${escapeText(`${step.title}${distanceText(step)}`)}`,
    `DESCRIPTION:${escapeText(description.join('\n'))}`,
    'TRANSP:TRANSPARENT',
  ];
  if (ACTION_KINDS.has(step.kind)) {
    lines.push('BEGIN:VALARM', 'ACTION:DISPLAY', `DESCRIPTION:${escapeText(step.title)}`,
      'TRIGGER;RELATED=START:PT9H', 'END:VALARM');
  }
  lines.push('END:VEVENT');
  return lines;
}

// The whole calendar as text with CRLF line ends. options.stamp: the Date
// used for DTSTAMP (the page passes the current time; tests a fixed one).
export function timelineToIcs(result, options = {}) {
  const stamp = options.stamp || new Date();
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//gigcheck//timeline//JA',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(options.calendarName || 'gigcheck 連絡タイムライン')}`,
  ];
  for (const step of result.steps || []) lines.push(...eventLines(result, step, stamp));
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join(CRLF) + CRLF;
}
