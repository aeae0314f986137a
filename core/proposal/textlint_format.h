// gigcheck lint output in textlint's result format (TextlintResult of
// @textlint/types), so editor integrations that read `textlint --format Json`
// can show gigcheck's issues. The mapping is in docs/proposal.md; the JS twin
// is web/textlint-format.mjs and both must give the same objects.
#pragma once

#include <string>
#include <string_view>

#include "core/input/input.h"

namespace gigcheck::proposal {

// {"filePath": file_path, "messages": [{type, ruleId, message, index, line,
// column, range, loc, severity}]} from lint's {"issues": [...]} output.
Json to_textlint_result(const Json& lint_output, const std::string& file_path);

// The CLI's `gigcheck lint --format textlint`: lint input JSON in, a JSON
// array with one TextlintResult out (or lint's error object on bad input).
std::string lint_textlint_json(std::string_view input_json);

}  // namespace gigcheck::proposal
