// Writes the seed corpora for the fuzz targets: node tests/fuzz/make_seeds.mjs <out_dir>
// With --limits <out_dir>, writes instead the inputs at and just past every
// limit (tests/node/limit-inputs.mjs, up to 4 MiB each) for the long runs.
// Seeds come from the tests: JSON written in tests/unit (raw strings), the
// Japanese texts the unit and node tests use, and the dates they use, put into
// the input shape of each function (../../../shared/api.md, docs/proposal.md).
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const limitsMode = process.argv[2] === '--limits';
const out = resolve(process.argv[limitsMode ? 3 : 2] || join(root, 'build/fuzz/corpus'));

if (limitsMode) {
  const { limitCases } = await import('../node/limit-inputs.mjs');
  const cases = limitCases();
  for (const c of cases) {
    mkdirSync(join(out, c.fn), { recursive: true });
    writeFileSync(join(out, c.fn, c.name.replace(/[^a-z0-9]+/gi, '-').slice(0, 80)), c.text);
  }
  console.log(`${cases.length} inputs at the limits in ${out}`);
  process.exit(0);
}

const sources = [];
for (const dir of ['tests/unit', 'tests/node']) {
  for (const name of readdirSync(join(root, dir)).sort())
    if (/\.(cpp|h|mjs)$/.test(name)) sources.push({ name, text: readFileSync(join(root, dir, name), 'utf8') });
}
const prefixOf = (name) => name.split(/[_.]/)[0];

// Raw string literals R"(...)" that are JSON objects.
const rawJson = [];
for (const { name, text } of sources) {
  for (const m of text.matchAll(/R"\(([\s\S]*?)\)"/g)) {
    try {
      const value = JSON.parse(m[1]);
      if (value && typeof value === 'object') rawJson.push({ from: prefixOf(name), text: m[1] });
    } catch { /* not JSON: a fragment or deliberately bad input */ }
  }
}

// Quoted string literals (C++ and JS) with some substance, unescaped.
const texts = new Set();
for (const { text } of sources) {
  for (const m of text.matchAll(/(["'])((?:\\.|(?!\1)[^\\\n])*)\1/g)) {
    if (m[2].length < 4) continue;
    try {
      const s = JSON.parse(`"${m[2].replace(/\\'/g, "'").replace(/(?<!\\)"/g, '\\"')}"`);
      if (/[^\x00-\x7f]/.test(s) || /[@:\/]|line|skype|http/i.test(s)) texts.add(s);
    } catch { /* C escapes JSON does not know */ }
  }
}
const textList = [...texts].sort();
const dates = [...new Set(sources.flatMap(({ text }) => text.match(/\b(19|20)\d\d-\d\d-\d\d\b/g) || []))].sort();

let written = 0;
function seed(target, value) {
  const body = typeof value === 'string' || Buffer.isBuffer(value) ? value : JSON.stringify(value);
  const dir = join(out, target);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, createHash('sha1').update(body).digest('hex').slice(0, 16)), body);
  written++;
}
const pick = (list, i) => list[i % list.length];

// certify: the tests' raw JSON and the api.md examples.
for (const r of rawJson.filter((r) => r.from === 'cert')) seed('certify', r.text);
seed('certify', { platform: 'crowdworks', stats: { jobs_completed: 36, jobs_total: 40, rating: { stars: [0, 0, 1, 10, 89] },
  communication_rating: { average: 4.79, count: 100 }, scouts: 5, monthly_earnings_rank: 200 }, as_of: '2026-11-22' });
seed('certify', { platform: 'lancers', stats: { jobs_completed: 9, jobs_total: 10, rating: { average: '4.8', count: 12 },
  messages_received: 50, replied_within_24h: 40, earnings_top_percent: 12.5,
  verifications: { identity: true, phone: false, nda: true } }, judgment: { anchor: '2026-01-01', cycle_months: 3 },
  pace: { jobs_per_month: 3 } });

// holidays and timeline: the tests' dates.
for (let i = 0; i < dates.length; i++) {
  seed('holidays', { from: dates[i], to: pick(dates, i + 7) > dates[i] ? pick(dates, i + 7) : dates[i] });
  const situation = pick(['after_application', 'after_contract', 'after_delivery'], i);
  seed('timeline', { situation, date: dates[i], deadline: pick(dates, i + 3), today: pick(dates, i + 1),
    closed_days: pick(['none', 'year_end'], i), name: '佐藤 花子', client_name: '山田', subject: '記事3本の納品',
    job_title: 'ブログ記事作成', messages_sent: 1 + (i % 5) });
}

// risk, lint, draft: the tests' texts.
const stages = ['before_contract', 'after_contract', 'after_delivery'];
for (let i = 0; i < textList.length; i++) {
  const t = textList[i];
  seed('risk', { platform: pick(['crowdworks', 'lancers'], i), stage: pick(stages, i),
    job: { title: pick(textList, i + 1), description: t, hires_planned: i % 40, estimated_hours: pick([3, 0.5, '1.25'], i) },
    client: { identity_verified: i % 2 === 0, rating: 4.2, rating_count: i, reviews: [pick(textList, i + 2)], reply_hours: 30 },
    messages: [pick(textList, i + 3)], options: { minimum_wage: 1055 } });
  seed('lint', { text: t, job_text: pick(textList, i + 5), options: { max_sentence_length: 40 + (i % 80), max_commas: i % 5,
    rules: { missing_greeting: i % 3 !== 0 } } });
  if (i % 3 === 0) seed('normalize', t);
  if (i % 5 === 0) seed('utf8', t);
}
const fields = { name: '佐藤 花子', client_name: '山田', job_title: 'ブログ記事作成', available_hours: ['平日 10-18時', '土日'],
  achievements: 'SEO記事 120本', portfolio: 'https://example.com/works', motivation: '旅行が好きです', self_intro: 'ライター歴5年です',
  skills: ['WordPress', 'Canva'], start_date: '即日', rate: '1文字1.5円', limits: '夜間は返信が遅れます', questions: ['文字数は？'],
  answers: ['3000字です', null], specialties: 'SEO記事', remote_record: '3年', background: '編集者', principles: '納期厳守',
  message_date: '2026-12-25', subject: '記事3本の納品', desired_reply_date: '2026-12-28', stage: 'after_delivery',
  unanswered_since: '2026-12-01', messages_sent: 2 };
for (let i = 0; i < Math.min(textList.length, 60); i++)
  for (const kind of ['application', 'profile', 'nudge', 'withdrawal'])
    seed('draft', { kind, fields: { ...fields, self_intro: textList[i] }, job_text: pick(textList, i + 1),
      options: { max_commas: 3 } });

// Hand-made byte sequences for the text layers: every UTF-8 edge.
const edges = ['\xc0\x80', '\xed\xa0\x80', '\xed\xbf\xbf', '\xf4\x90\x80\x80', '\xf0\x9f\x98\x80', '\xe3\x81', '\xff',
  '\xef\xbb\xbf', 'ﾗｲﾝ ﾊﾞｲﾄ', 'Ｌ Ｉ Ｎ Ｅ', '０９０ー１２３４ー５６７８', 'か\u3099', 'l.i.n.e', 'abc(at)example(dot)com'];
for (const e of edges) {
  seed('utf8', Buffer.from(e, 'latin1').toString('latin1') === e && /[\x80-\xff]/.test(e) && !/[^\x00-\xff]/.test(e)
    ? Buffer.from(e, 'latin1') : e);
  seed('normalize', e);
}
// input: every JSON seed above plus the tests' raw JSON of all features.
for (const r of rawJson) seed('input', r.text);
seed('input', '{"a": [1, -1, 1.5, 1e400, 9007199254740993, "4.80", true, null, {"b": "x"}], "s": "\\ud83d\\ude00"}');
// Every kept regression input seeds its target (issue 22's cases among them).
for (const target of readdirSync(join(root, 'tests/fuzz/regressions'), { withFileTypes: true })) {
  if (!target.isDirectory()) continue;
  for (const name of readdirSync(join(root, 'tests/fuzz/regressions', target.name)).sort())
    seed(target.name, readFileSync(join(root, 'tests/fuzz/regressions', target.name, name)));
}
// shapes (tests/fuzz/shapes.h): function, shape, three 2-byte sizes, an option
// byte, a snippet; each shape of each function at a small size, near its
// limit and just past it.
const snippets = ['あ。', '公式LINEで連絡してください。', 'Contact me: sato@example.com、', '経験'];
for (let fn = 0; fn < 7; fn++)
  for (let kind = 0; kind < 7; kind++)
    for (const [size, option] of [[0x0100, 0], [0xF000, 1], [0xFFFB, 4]]) {
      const head = [fn, kind, size >> 8, size & 255, size >> 8, size & 255, size >> 8, size & 255, option];
      seed('shapes', Buffer.concat([Buffer.from(head), Buffer.from(pick(snippets, fn + kind), 'utf8')]));
    }
console.log(`${written} seeds in ${out} (${textList.length} texts, ${dates.length} dates, ${rawJson.length} raw JSON)`);
