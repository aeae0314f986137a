// Per-call time of `risk` in the WebAssembly module under node, on the same
// 5,000-character post as bench/risk_bench.cpp. Budget: <= 1 ms per call,
// printed beside the floor: the same call with an empty description.
//   GIGCHECK_SITE=build/wasm-risk/site node bench/risk_bench.mjs
import { loadModule } from '../tests/node/load-module.mjs';

const paragraph =
  '【継続案件】子育て情報サイトの記事執筆をお願いします。キーワードに沿って構成から作成していただき、' +
  '1記事3,000〜4,000文字、文字単価0.8円です。納期は構成承認後5日、Googleドキュメントで納品してください。' +
  '初心者の方も歓迎します。詳細は公式ＬＩＮＥでお伝えしますので、ID：ｋｏｓｏｄａｔｅ＿０１を友だち追加してください。' +
  '契約前にテスト記事を1本書いていただきます。ﾗｲﾝでのご連絡も可能です。住所と生年月日をご記載ください。\n';
let post = '';
while ([...post].length < 5000) post += paragraph;

const input = JSON.stringify({
  job: { title: '記事ライター募集', description: post, hires_planned: 20 },
  messages: ['ご応募ありがとうございます。Zoomで面談させてください。'],
  client: { identity_verified: false, rating: 4.2, rating_count: 12, reviews: ['返事が遅く不安でした。', '丁寧な方でした。'] },
});

const gc = await loadModule();
const first = JSON.parse(gc.riskJson(input));
if (first.error) throw new Error(first.error.message);
// Warm up until V8 has moved the module's hot functions to its optimizing
// tier (30 calls were not enough: the first few hundred calls still ran the
// baseline code, at about twice the time).
for (let i = 0; i < 500; i += 1) gc.riskJson(input);
// Wall time per call, the best of many short rounds (as bench/lint_bench.mjs):
// the machine is shared, and the fastest round is the least disturbed one.
// CPU time over all rounds is printed too.
const rounds = 20;
const callsPerRound = 30;
function bestMicroseconds(text) {
  let fastest = Infinity;
  for (let r = 0; r < rounds; r += 1) {
    const roundStart = performance.now();
    for (let i = 0; i < callsPerRound; i += 1) gc.riskJson(text);
    fastest = Math.min(fastest, ((performance.now() - roundStart) * 1000) / callsPerRound);
  }
  return fastest;
}
const floorInput = JSON.stringify({ job: { description: '' } });
for (let i = 0; i < 500; i += 1) gc.riskJson(floorInput);
const floor = bestMicroseconds(floorInput);
let best = Infinity;
let bytes = 0;
const cpuStart = process.cpuUsage();
const start = performance.now();
for (let r = 0; r < rounds; r += 1) {
  const roundStart = performance.now();
  for (let i = 0; i < callsPerRound; i += 1) bytes += gc.riskJson(input).length;
  best = Math.min(best, ((performance.now() - roundStart) * 1000) / callsPerRound);
}
const calls = rounds * callsPerRound;
const cpu = process.cpuUsage(cpuStart);
const meanWall = ((performance.now() - start) * 1000) / calls;
const cpuPerCall = (cpu.user + cpu.system) / calls;
console.log(`risk (wasm, node ${process.version}): ${[...post].length}-character post, ${calls} calls, ` +
  `${best.toFixed(1)} us per call (best round of ${callsPerRound}; mean ${meanWall.toFixed(1)} us wall, ` +
  `${cpuPerCall.toFixed(1)} us CPU) (output ${Math.round(bytes / calls)} chars), level ${first.level}`);
console.log(`floor (empty description): ${floor.toFixed(1)} us; post / floor: ${(best / floor).toFixed(0)}x; ` +
  `budget 1000 us: ${best <= 1000 ? 'met' : 'NOT met'}`);
