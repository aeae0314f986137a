// @ts-check
// gigcheck lint output → textlint's result format (TextlintResult of
// @textlint/types), for editor integrations that read `textlint --format json`.
// The C++ twin is core/proposal/textlint_format.cpp (`gigcheck lint --format
// textlint`); both give the same objects. Mapping: docs/proposal.md.
// Not part of the site (no page loads it): integrations import it from web/;
// it needs nothing but what gc.lint() returned.
//
//   import { toTextlintResult } from './textlint-format.mjs';
//   const result = toTextlintResult(gc.lint({ text }), 'application.txt');

// textlint's TextlintRuleSeverityLevel: none 0, warning 1, error 2, info 3.
const severityLevels = { error: 2, warning: 1, info: 3 };
// Rule ids carry a prefix, as textlint does for rules from a preset.
export const rulePrefix = 'gigcheck/';
// The file name textlint reports for text given on stdin.
export const stdinFilePath = '<text>';

const integer = (value) => (Number.isInteger(value) ? value : 0);
const string = (value) => (typeof value === 'string' ? value : '');

function toMessage(issue) {
  const start = integer(issue.start);
  const line = integer(issue.line);
  const column = integer(issue.column);
  const suggestion = string(issue.suggestion);
  return {
    type: 'lint',
    ruleId: rulePrefix + string(issue.rule),
    message: string(issue.message) + (suggestion ? `\n${suggestion}` : ''),
    index: start,
    line,
    column,
    range: [start, integer(issue.end)],
    loc: {
      start: { line, column },
      end: { line: integer(issue.end_line), column: integer(issue.end_column) },
    },
    severity: severityLevels[issue.severity] ?? 1,
  };
}

// lintOutput: what gc.lint() returned. An error object gives no messages.
export function toTextlintResult(lintOutput, filePath = stdinFilePath) {
  const issues = Array.isArray(lintOutput?.issues) ? lintOutput.issues : [];
  return {
    filePath,
    messages: issues.filter((issue) => issue && typeof issue === 'object').map(toMessage),
  };
}
