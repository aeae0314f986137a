// textlint rule: gigcheck's lint of an application (応募文) through the
// WebAssembly module, each issue reported with textlint's fields: the message
// (with the core's advice on a second line), the range and gigcheck's severity.
// The mapping is the one of gigcheck/textlint-format (web/textlint-format.mjs),
// not written again here. Options: max_sentence_length, max_commas and rules as
// lint takes them, and jobFile, a job post whose asks the text must answer.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { load } from 'gigcheck';
import { toTextlintResult } from 'gigcheck/textlint-format';

const lintOptionNames = ['max_sentence_length', 'max_commas', 'rules'];

// One module for every file and every rule instance: compiling it is the
// slow part (tens of ms), a lint is tens of µs.
let loading;
const loadOnce = () => (loading ??= load());

// A relative jobFile is read from the folder of .textlintrc, like textlint's
// own paths, or from the working folder when there is none.
function readJobText(context, jobFile) {
  if (jobFile === undefined) return undefined;
  const base = context.getConfigBaseDir?.() ?? process.cwd();
  return readFileSync(resolve(base, jobFile), 'utf8');
}

function lintInput(text, jobText, options) {
  const lintOptions = {};
  for (const name of lintOptionNames) if (options[name] !== undefined) lintOptions[name] = options[name];
  return { text, job_text: jobText, options: lintOptions };
}

// textlint wants a range of one character or more; an issue about something
// missing (an unanswered ask, at the end of the text) points at the nearest one.
function padding(locator, [start, end], length) {
  if (end > start) return locator.range([start, end]);
  return locator.at(Math.max(0, Math.min(start, length - 1)));
}

export default function gigcheckRule(context, options = {}) {
  const { Syntax, RuleError, report, getSource, locator } = context;
  const module = loadOnce();
  const jobText = readJobText(context, options.jobFile);
  return {
    // The whole document at once: greetings, closings and the job post's asks
    // are about the text as a whole, not a paragraph. textlint waits for the
    // Promise this returns.
    async [Syntax.Document](node) {
      const gc = await module;
      const text = getSource(node);
      const answer = gc.lint(lintInput(text, jobText, options));
      if (answer.error) {
        // Bad options (say max_commas: -1) are the user's to fix: say so where textlint shows it.
        report(node, new RuleError(`gigcheck: ${answer.error.message}`));
        return;
      }
      for (const message of toTextlintResult(answer).messages) {
        // The object form of report keeps each issue's own severity (error,
        // warning or info); a RuleError would take the rule's one severity.
        report(node, { message: message.message, padding: padding(locator, message.range, text.length), severity: message.severity });
      }
    },
  };
}
