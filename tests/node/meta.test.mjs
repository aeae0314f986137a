// meta: the one place the page reads ids, names, defaults and cut-offs from.
// Each check ties a meta figure to what the function really does with it, so
// a threshold changed in its table row shows up in meta, the check and the
// message together, and a number retyped elsewhere would disagree here.
import test from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { loadModule, cliPath } from './load-module.mjs';

const gc = await loadModule();
const meta = gc.meta({});

test('meta: the module and the CLI give the same bytes', () => {
  const cli = spawnSync(cliPath, ['meta'], { input: '{}', encoding: 'utf8' });
  assert.equal(cli.status, 0);
  assert.equal(cli.stdout.trimEnd(), gc.metaJson('{}'));
});

test('meta lists every lint rule the linter reports, with its severity', () => {
  const ids = meta.lint.rules.map((r) => r.id);
  assert.ok(ids.includes('contact_info') && ids.includes('mixed_style'));
  const text = 'ライティングは初心者ですが、LINE ID：hanako_01 までご連絡ください。';
  const { issues } = gc.lint({ text });
  assert.ok(issues.length >= 3);
  for (const issue of issues) {
    const rule = meta.lint.rules.find((r) => r.id === issue.rule);
    assert.ok(rule, `${issue.rule} is in meta`);
    assert.equal(issue.severity, rule.severity);
    assert.ok(rule.name.length > 0);
  }
});

test('lint options: the default in meta is the one the rule applies and its message quotes', () => {
  const commas = meta.lint.options.find((o) => o.id === 'max_commas');
  const sentence = (n) => `${Array.from({ length: n }, (_, i) => `手順${i + 1}を確認し`).join('、')}ました。`;
  const flagged = (text, options) => gc.lint({ text, options }).issues.filter((i) => i.rule === 'too_many_commas');
  // n items joined by 「、」 have n - 1 commas.
  assert.equal(flagged(sentence(commas.default + 1)).length, 0);
  const over = flagged(sentence(commas.default + 2));
  assert.equal(over.length, 1);
  assert.match(over[0].message, new RegExp(`目安は${commas.default}個以内`));
  // The same row's bounds are what the input check enforces.
  assert.equal(gc.lint({ text: 'a', options: { max_commas: commas.max } }).error, undefined);
  assert.equal(gc.lint({ text: 'a', options: { max_commas: commas.max + 1 } }).error.field, 'options.max_commas');
  const length = meta.lint.options.find((o) => o.id === 'max_sentence_length');
  assert.equal(gc.lint({ text: 'a', options: { max_sentence_length: length.min - 1 } }).error.field,
    'options.max_sentence_length');
});

test('risk levels: the level of every answer is the one meta\'s cut-offs give its score', () => {
  const levelFor = (score) => meta.risk.levels.find((l) => score >= l.min_score).id;
  const posts = [
    '【急募】スマホだけで誰でも簡単に月30万円！詳細はLINEで。ID：easy_money まで友だち追加してください。',
    'ブログ記事の作成をお願いします。1記事3,000文字、報酬6,000円、納期は契約後7日、Googleドキュメントで納品。',
    '大量募集！50名募集します。アンケートに答えるだけの簡単な作業です。',
  ];
  const seen = new Set();
  for (const description of posts) {
    const result = gc.risk({ job: { description } });
    assert.equal(result.level, levelFor(result.score));
    seen.add(result.level);
    for (const signal of result.signals) {
      const row = meta.risk.signals.find((s) => s.id === signal.id);
      assert.ok(row, `${signal.id} is in meta`);
      assert.ok(row.stages.includes('before_contract'));
    }
  }
  assert.ok(seen.has('high') && seen.has('low'), [...seen].join());
});

test('certify: each criterion\'s threshold in meta is the one its message and check use', () => {
  const crowdworks = meta.certify.platforms.find((p) => p.id === 'crowdworks');
  const completion = crowdworks.criteria.find((c) => c.id === 'completion_rate');
  assert.equal(completion.threshold, '9/10');
  const result = gc.certify({ platform: 'crowdworks', stats: { jobs_completed: 35, jobs_total: 40 } });
  assert.equal(result.criteria.completion_rate.status, 'not_met');
  assert.match(result.criteria.completion_rate.message, new RegExp(completion.threshold_text));
  const exact = gc.certify({ platform: 'crowdworks', stats: { jobs_completed: 36, jobs_total: 40 } });
  assert.equal(exact.criteria.completion_rate.status, 'met');
});

test('timeline: every situation in meta is accepted and answered', () => {
  assert.equal(meta.timeline.situations.length, 3);
  for (const s of meta.timeline.situations) {
    const result = gc.timeline({ situation: s.id, date: '2026-12-25', today: '2026-12-25' });
    assert.equal(result.error, undefined, s.id);
    assert.ok(result.steps.length > 0);
    assert.ok(s.name && s.date_label && s.event);
  }
});

test('certify sets: every ratio threshold, division limit and citation in meta is what certify applies', () => {
  const fraction = (text) => text.split('/').map(Number);
  let ratios = 0;
  for (const platform of meta.certify.platforms) {
    assert.deepEqual(platform.sets.map((s) => s.id).sort(), ['classic', 'current']);
    for (const set of platform.sets) {
      const base = { platform: platform.id, criteria_set: set.id, as_of: '2026-12-01', stats: {} };
      assert.equal(gc.certify(base).criteria_set.citation, set.citation);
      for (const c of set.criteria.filter((row) => row.measure === 'ratio')) {
        // q successes of q·10 at p/q·… exactly: p·10 of q·10 meets it, one fewer does not.
        const [p, q] = fraction(c.threshold);
        const at = (ok) => gc.certify({ ...base, stats: { [c.input]: ok, [c.total_input]: q * 10 } }).criteria[c.id];
        assert.equal(at(p * 10).status, 'met', `${platform.id}/${set.id}/${c.id}`);
        assert.equal(at(p * 10 - 1).status, 'not_met');
        assert.match(at(p * 10 - 1).message, new RegExp(c.threshold_text));
        ratios++;
      }
    }
  }
  assert.equal(ratios, 1 + 1 + 3 + 2);  // CrowdWorks: completion in each set; Lancers: +task approval in current
  const crowdworks = meta.certify.platforms.find((p) => p.id === 'crowdworks');
  assert.equal(crowdworks.divisions.length, 4);
  for (const division of crowdworks.divisions) {
    const rank = (n) => gc.certify({ platform: 'crowdworks', stats: { division: division.id, monthly_earnings_rank: n } })
      .criteria.earnings_rank;
    assert.equal(rank(division.rank_limit).status, 'met', division.id);
    assert.equal(rank(division.rank_limit + 1).status, 'not_met', division.id);
    assert.match(rank(division.rank_limit + 1).message, new RegExp(`${division.rank_limit}位以内`));
  }
  assert.equal(crowdworks.divisions.find((d) => d.id === 'engineer').rank_limit, 100);
  // Lancers' checks: each one in meta is one certify reads and names when it is missing.
  const checks = meta.certify.platforms.find((p) => p.id === 'lancers').verifications;
  assert.equal(checks.length, 3);
  for (const check of checks) {
    const verifications = Object.fromEntries(checks.map((c) => [c.id, c.id !== check.id]));
    const result = gc.certify({ platform: 'lancers', stats: { verifications } }).criteria.verifications;
    assert.deepEqual(result.missing, [check.id]);
    assert.match(result.message, new RegExp(check.name));
  }
});
