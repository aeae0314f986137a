// Inputs at and just inside every documented limit (docs/limits.md), for
// every function: the largest call, the most values, the deepest nesting, the
// widest object with its keys in the worst order for the parser (descending),
// the longest lists, every text field at its maximum at once, and the
// pathological inputs of issue 22. Used by bounded-time.test.mjs (CLI and
// module), memory.test.mjs and soak.mjs. The limits are copied below, each
// named after its C++ constant; bounded-time.test.mjs checks each against
// the module's answers at and past it.
export const limits = {
  max_input_bytes: 4 * 1024 * 1024,   // core/input/input.h
  max_values: 100000,                  // core/input/input.h
  max_depth: 32,                       // core/input/input.h
  max_text_chars: 200000,              // core/input/input.h
  max_messages: 200,                   // core/risk/risk_api.cpp (and max_reviews)
  max_list_items: 100,                 // core/proposal/draft_api.cpp
};

// Small valid inputs, one per function.
export const base = {
  certify: { platform: 'crowdworks', stats: { jobs_completed: 36, jobs_total: 40, rating: { stars: [0, 0, 1, 10, 89] }, scouts: 3 }, as_of: '2026-11-22' },
  risk: { stage: 'before_contract', job: { title: 'ブログ記事作成', description: '詳しくは公式LINEで連絡ください。作業前に研修費として5,000円をお支払いください。' } },
  lint: { text: 'はじめまして、佐藤と申します。\nよろしくお願いいたします。', job_text: 'WordPressの経験はありますか？' },
  draft: { kind: 'application', fields: { name: '佐藤 花子', skills: ['WordPress', 'Canva'] }, job_text: '納期はいつ頃可能ですか？' },
  timeline: { situation: 'after_delivery', date: '2026-12-25', today: '2027-01-05' },
  holidays: { from: '2026-01-01', to: '2026-12-31' },
  meta: {},
};
export const functions = Object.keys(base);

// Realistic text of exactly `chars` UTF-16 units (no surrogates, so also code points).
const japaneseLine = 'はじめまして、佐藤と申します。記事作成の経験が5年あります。詳しくは公式LINEでご連絡ください。納期はいつですか？\n';
const asciiLine = 'Hello, I write SEO articles. Contact me on LINE id sato_88 or at 090-1234-5678, mail sato@example.com. Fee 5000 yen first? ';
export const japanese = (chars) => japaneseLine.repeat(Math.ceil(chars / japaneseLine.length)).slice(0, chars);
export const ascii = (chars) => asciiLine.repeat(Math.ceil(chars / asciiLine.length)).slice(0, chars);

// JSON values in a parsed value, containers included (what max_values counts).
function countValues(v) {
  if (Array.isArray(v)) return 1 + v.reduce((n, x) => n + countValues(x), 0);
  if (v && typeof v === 'object') return 1 + Object.values(v).reduce((n, x) => n + countValues(x), 0);
  return 1;
}

// `text` padded with spaces to exactly `bytes` bytes of UTF-8.
function padTo(text, bytes) {
  return text + ' '.repeat(bytes - Buffer.byteLength(text));
}

// [name, function, JSON text, expected error code or '' for an answer].
export function limitCases() {
  const cases = [];
  const add = (name, fn, text, code = '') => cases.push({ name: `${fn}: ${name}`, fn, text, code });
  for (const fn of functions) {
    const input = base[fn];
    const small = JSON.stringify(input);
    // Size: exactly 4 MiB (an ignored string fills it), and one byte more.
    const padded = (bytes) => {
      const head = JSON.stringify({ ...input, padding: '' });
      return head.slice(0, -2) + 'x'.repeat(bytes - Buffer.byteLength(head)) + '"}';
    };
    add('4 MiB with a 4 MiB string', fn, padded(limits.max_input_bytes));
    add('4 MiB and one byte', fn, padded(limits.max_input_bytes + 1), 'too_large');
    add('4 MiB of spaces after the object', fn, padTo(small, limits.max_input_bytes));
    // Values: exactly the limit in an ignored array, and one more.
    const room = limits.max_values - countValues(input) - 1;
    const withArray = (n) => JSON.stringify({ ...input, padding: new Array(n).fill(0) });
    add('100,000 values', fn, withArray(room));
    add('100,001 values', fn, withArray(room + 1), 'too_large');
    add('100,000 keys (refused past the value limit)', fn, wideObject(input, 100000), 'too_large');
    // The widest object the value limit allows, keys in descending order, at the top level.
    add('widest object, keys descending', fn, wideObject(input, room));
    // Nesting: 32 levels read, 33 refused, 10^5 refused without recursion.
    const nested = (depth) => withMember(small, '"padding":' + '['.repeat(depth - 1) + ']'.repeat(depth - 1));
    add('32 levels', fn, nested(limits.max_depth));
    add('33 levels', fn, nested(limits.max_depth + 1), 'too_deep');
    add('100,000 levels', fn, withMember(small, '"padding":' + '['.repeat(100000)), 'too_deep');
  }
  // Largest texts and longest lists of each function that reads text.
  const longest = japanese(limits.max_text_chars);
  add('text and job_text at 200,000 characters', 'lint', JSON.stringify({ text: longest, job_text: longest }));
  add('200,000 characters of one-character sentences, max_sentence_length 1', 'lint',
    JSON.stringify({ text: 'あ。'.repeat(limits.max_text_chars / 2), options: { max_sentence_length: 1 } }), 'too_large');
  add('200,000 characters of questions in job_text', 'lint',
    JSON.stringify({ text: 'はじめまして。', job_text: 'ありますか？'.repeat(limits.max_text_chars / 6) }));
  add('text of 200,000 emoji', 'lint', JSON.stringify({ text: '😀'.repeat(limits.max_text_chars) }));
  const risk = { job: { title: ascii(limits.max_text_chars), description: ascii(limits.max_text_chars) }, client: { reviews: [] }, messages: [] };
  // Every text at 200,000 ASCII characters, as many as fit in 4 MiB.
  while (Buffer.byteLength(JSON.stringify(risk)) + limits.max_text_chars + 3 < limits.max_input_bytes)
    (risk.messages.length <= risk.client.reviews.length ? risk.messages : risk.client.reviews).push(ascii(limits.max_text_chars));
  add(`every text at 200,000 characters (${2 + risk.messages.length + risk.client.reviews.length} texts)`, 'risk', JSON.stringify(risk));
  add('200 messages and 200 reviews', 'risk', JSON.stringify({
    job: { description: japanese(2000) },
    messages: new Array(limits.max_messages).fill(0).map((_, i) => japanese(3000 + i)),
    client: { reviews: new Array(limits.max_messages).fill(0).map((_, i) => japanese(3000 + i)) } }));
  add('201 messages', 'risk', JSON.stringify({ job: { description: 'x' }, messages: new Array(limits.max_messages + 1).fill('x') }), 'too_large');
  const fields = ['client_name', 'job_title', 'available_hours', 'achievements', 'portfolio', 'motivation', 'self_intro', 'skills',
    'start_date', 'rate', 'limits', 'questions'];
  const draftAll = { kind: 'application', fields: { name: '佐藤 花子' }, job_text: japanese(limits.max_text_chars) };
  for (const f of fields)
    if (Buffer.byteLength(JSON.stringify(draftAll)) + 3 * limits.max_text_chars + 20 < limits.max_input_bytes) draftAll.fields[f] = japanese(limits.max_text_chars);
  add('every text field at 200,000 characters that fits in 4 MiB', 'draft', JSON.stringify(draftAll));
  const lists = ['available_hours', 'achievements', 'portfolio', 'skills', 'limits', 'questions', 'answers'];
  const list = (chars) => new Array(limits.max_list_items).fill(0).map((_, i) => japanese(chars + i));
  add('every list at 100 items', 'draft', JSON.stringify({ kind: 'application',
    fields: Object.fromEntries([['name', '佐藤'], ...lists.map((f) => [f, list(1500)])]), job_text: japanese(20000) }));
  add('101 items', 'draft', JSON.stringify({ kind: 'application', fields: { name: '佐藤', skills: new Array(limits.max_list_items + 1).fill('x') } }), 'too_large');
  add('a dozen fields of 200 KB, achievements repeated, max_sentence_length 1 (issue 22)', 'draft', issue22Draft(), 'too_large');
  add('holidays over the whole supported range', 'holidays', '{"from":"1955-01-01","to":"2099-12-31"}');
  add('names of 200 characters', 'timeline', JSON.stringify({ ...base.timeline, name: japanese(200), client_name: japanese(200), subject: japanese(200), job_title: japanese(200) }));
  return cases;
}

// The top-level object of `input` with `n` more keys, written in descending order.
function wideObject(input, n) {
  const parts = [];
  for (let i = n - 1; i >= 0; i--) parts.push(`"k${String(i).padStart(6, '0')}":0`);
  return withMember(JSON.stringify(input), parts.join(','));
}

// An object's JSON text with `member` written after its own members.
function withMember(objectText, member) {
  return `${objectText.slice(0, -1)}${objectText === '{}' ? '' : ','}${member}}`;
}

// Issue 22's draft: 3.6 MB of one-character sentences over a dozen fields.
export function issue22Draft() {
  const t = 'a。'.repeat(50000);
  const fields = { name: '佐藤' };
  for (const k of ['client_name', 'job_title', 'available_hours', 'portfolio', 'motivation', 'self_intro', 'skills', 'start_date', 'rate', 'limits', 'questions'])
    fields[k] = t;
  fields.achievements = new Array(7).fill(t);
  return JSON.stringify({ kind: 'application', fields, job_text: t.slice(0, 20000), options: { max_sentence_length: 1 } });
}
