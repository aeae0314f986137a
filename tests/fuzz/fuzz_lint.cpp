// libFuzzer target: api::lint on arbitrary bytes, and the CLI's
// `lint --format textlint` conversion of the same input.
#include "core/proposal/textlint_format.h"
#include "tests/fuzz/fuzz_api.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  gigcheck_fuzz::run(gigcheck::api::lint, data, size);
  std::string_view input(reinterpret_cast<const char*>(data), size);
  std::string textlint = gigcheck::proposal::lint_textlint_json(input);
  nlohmann::json parsed = nlohmann::json::parse(textlint, nullptr, /*allow_exceptions=*/false);
  if (parsed.is_discarded() || !(parsed.is_array() || parsed.is_object()))
    gigcheck_fuzz::fail("textlint output is not JSON", textlint);
  return 0;
}
