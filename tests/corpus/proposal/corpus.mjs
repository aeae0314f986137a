// The proposal corpus for the textlint agreement test and the bench:
// agreement.txt holds texts separated by "=== <id> <note>" lines.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

export function readCorpus(file = 'agreement.txt') {
  const texts = [];
  let current = null;
  for (const line of readFileSync(resolve(here, file), 'utf8').split('\n')) {
    const header = /^=== (\S+) ?(.*)$/.exec(line);
    if (header) {
      current = { id: header[1], note: header[2], lines: [] };
      texts.push(current);
    } else if (current) {
      current.lines.push(line);
    }
  }
  return texts.map(({ id, note, lines }) => {
    while (lines.length && lines[lines.length - 1] === '') lines.pop();
    return { id, note, text: lines.join('\n') };
  });
}

export function readText(file) {
  return readFileSync(resolve(here, file), 'utf8');
}

// gigcheck rule ↔ textlint rule compared in the agreement test.
export const rulePairs = [
  { gigcheck: 'sentence_length', textlint: 'sentence-length' },
  { gigcheck: 'too_many_commas', textlint: 'max-ten' },
  { gigcheck: 'mixed_style', textlint: 'no-mix-dearu-desumasu' },
];

// A textlint linter with the three rules at gigcheck's defaults (100
// characters, 3 「、」), reading plain text (.txt) as an application is.
export async function createTextlint() {
  const { createLinter } = await import('textlint');
  const { TextlintKernelDescriptor } = await import('@textlint/kernel');
  const { moduleInterop } = await import('@textlint/module-interop');
  const textPlugin = (await import('@textlint/textlint-plugin-text')).default;
  const rule = async (name) => moduleInterop((await import(name)).default);
  const descriptor = new TextlintKernelDescriptor({
    rules: [
      { ruleId: 'sentence-length', rule: await rule('textlint-rule-sentence-length'), options: { max: 100 } },
      { ruleId: 'max-ten', rule: await rule('textlint-rule-max-ten'), options: { max: 3 } },
      { ruleId: 'no-mix-dearu-desumasu', rule: await rule('textlint-rule-no-mix-dearu-desumasu'), options: true },
    ],
    plugins: [{ pluginId: 'text', plugin: moduleInterop(textPlugin) }],
    filterRules: [],
  });
  const linter = createLinter({ descriptor });
  return (text) => linter.lintText(text, 'application.txt');
}

// Only the three compared rules of gigcheck, at their defaults.
export const comparedRulesOnly = {
  rules: Object.fromEntries(
    ['negative_self_label', 'contact_info', 'placeholder', 'unanswered_question', 'missing_greeting', 'missing_closing']
      .map((id) => [id, false]),
  ),
};

// Per text and rule pair: the ranges each tool reported, and whether they agree
// (same number of reports; for sentence length also the same ranges).
export async function compareWithTextlint(gc, texts, lintWithTextlint) {
  const rows = [];
  for (const { id, text } of texts) {
    const ours = gc.lint({ text, options: comparedRulesOnly });
    const theirs = await lintWithTextlint(text);
    for (const pair of rulePairs) {
      const a = ours.issues.filter((i) => i.rule === pair.gigcheck).map((i) => [i.start, i.end]);
      const b = theirs.messages.filter((m) => m.ruleId === pair.textlint).map((m) => [...m.range]);
      const sameCount = a.length === b.length;
      const sameRanges = JSON.stringify(a) === JSON.stringify(b);
      const agree = pair.gigcheck === 'sentence_length' ? sameRanges : sameCount;
      rows.push({ id, rule: pair.gigcheck, gigcheck: a, textlint: b, agree });
    }
  }
  return rows;
}
