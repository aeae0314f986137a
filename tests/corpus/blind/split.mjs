// Splits the blind corpora (written by authors who never saw gigcheck's code)
// into a tuning slice and a sealed slice, by position in each author's file,
// so the split does not depend on what a case says. Run once per new author
// file: node tests/corpus/blind/split.mjs <risk|proposal> <author.json>...
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
// Every 4th case is sealed (index 0, 4, 8, …); drafts, fewer, every 3rd.
const sealedEvery = { cases: 4, lint: 4, draft: 3 };

const [kind, ...files] = process.argv.slice(2);
for (const file of files) {
  const corpus = JSON.parse(readFileSync(file, 'utf8'));
  const tuning = { ...corpus };
  const sealed = { ...corpus };
  for (const [list, every] of Object.entries(sealedEvery)) {
    if (!Array.isArray(corpus[list])) continue;
    tuning[list] = corpus[list].filter((_, i) => i % every !== 0);
    sealed[list] = corpus[list].filter((_, i) => i % every === 0);
  }
  for (const [slice, content] of [['tuning', tuning], ['sealed', sealed]]) {
    mkdirSync(join(here, kind, slice), { recursive: true });
    writeFileSync(join(here, kind, slice, basename(file)), JSON.stringify(content, null, 1) + '\n');
  }
}
