// Agreement of gigcheck's sentence_length, too_many_commas and mixed_style
// with textlint's sentence-length, max-ten and no-mix-dearu-desumasu on the
// corpus tests/corpus/proposal/agreement.txt. Every disagreement must be one
// listed (and explained in docs/proposal.md) in agreement-known.json.
import test from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { loadModule } from './load-module.mjs';
import { readCorpus, createTextlint, compareWithTextlint, rulePairs } from '../corpus/proposal/corpus.mjs';

const known = JSON.parse(readFileSync(new URL('../corpus/proposal/agreement-known.json', import.meta.url), 'utf8'));
delete known._comment;

test('gigcheck agrees with textlint on the corpus, except the listed disagreements', async () => {
  const texts = readCorpus();
  assert.ok(texts.length >= 50, `corpus has ${texts.length} texts`);
  const gc = await loadModule();
  const rows = await compareWithTextlint(gc, texts, await createTextlint());

  const table = rulePairs.map(({ gigcheck, textlint }) => {
    const mine = rows.filter((r) => r.rule === gigcheck);
    return {
      rule: `${gigcheck} / ${textlint}`,
      texts: mine.length,
      agree: mine.filter((r) => r.agree).length,
      flaggedByBoth: mine.filter((r) => r.agree && r.gigcheck.length > 0).length,
      onlyGigcheck: mine.filter((r) => r.gigcheck.length > r.textlint.length).length,
      onlyTextlint: mine.filter((r) => r.textlint.length > r.gigcheck.length).length,
    };
  });
  console.table(table);

  const disagreements = rows.filter((r) => !r.agree);
  for (const r of disagreements) console.log(`${r.id}/${r.rule}: gigcheck ${JSON.stringify(r.gigcheck)} textlint ${JSON.stringify(r.textlint)} (${known[`${r.id}/${r.rule}`] ?? 'UNEXPLAINED'})`);
  assert.deepEqual(disagreements.map((r) => `${r.id}/${r.rule}`).sort(), Object.keys(known).sort());
  // Sentence length agrees on every text; commas on all but the listed ones.
  assert.equal(table[0].agree, texts.length);
  assert.equal(table[1].agree, texts.length - Object.keys(known).filter((k) => k.endsWith('/too_many_commas')).length);
  // The corpus exercises each rule: both tools flag some texts.
  for (const row of table) assert.ok(row.flaggedByBoth >= 3, `${row.rule}: ${row.flaggedByBoth} texts flagged by both`);
});
