// Replays every input the fuzzers ever crashed or hung on
// (tests/fuzz/regressions/<target>/*): each must now be answered with one
// valid JSON object, and the text layers must keep their offsets consistent.
// regressions/shapes/ holds descriptions of large inputs (tests/fuzz/shapes.h),
// expanded here as fuzz_shapes expands them.
#include <doctest/doctest.h>

#include <filesystem>
#include <vector>

#include "core/api/api.h"
#include "core/input/input.h"
#include "core/text/contacts.h"
#include "core/text/normalize.h"
#include "core/text/utf8.h"
#include "tests/fuzz/shapes.h"
#include "tests/unit/api_bad_input_support.h"

namespace fs = std::filesystem;

namespace {

std::vector<fs::path> regression_inputs(const std::string& target) {
  std::vector<fs::path> files;
  fs::path dir = bad_input::fuzz_dir() / "regressions" / target;
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(dir, ec))
    if (entry.is_regular_file()) files.push_back(entry.path());
  return files;
}

}  // namespace

TEST_CASE("every fuzz regression input of an API function gets one JSON object") {
  REQUIRE(fs::is_directory(bad_input::fuzz_dir() / "regressions"));
  for (const char* function : {"certify", "risk", "lint", "draft", "timeline", "holidays"}) {
    for (const fs::path& file : regression_inputs(function)) {
      CAPTURE(file.string());
      std::string out = gigcheck::api::call(function, bad_input::read_file(file));
      CHECK(gigcheck::text::is_valid_utf8(out));
      bad_input::json answer = bad_input::parse(out);
      CHECK(answer.is_object());
    }
  }
}

TEST_CASE("every fuzz regression input of the text and input layers is handled") {
  for (const char* target : {"utf8", "normalize", "input"}) {
    for (const fs::path& file : regression_inputs(target)) {
      CAPTURE(file.string());
      std::string bytes = bad_input::read_file(file);
      gigcheck::text::Decoded d = gigcheck::text::decode(bytes);
      CHECK(d.utf16_at.size() == d.chars.size() + 1);
      gigcheck::text::Normalized n = gigcheck::text::normalize(d);
      CHECK(n.origin.size() == n.chars.size());
      for (const auto& hit : gigcheck::text::find_contacts(d, n)) CHECK(hit.end <= d.utf16_at.back());
      std::optional<gigcheck::InputError> error;
      auto parsed = gigcheck::parse_input(bytes, error);
      CHECK(parsed.has_value() != error.has_value());
    }
  }
}

TEST_CASE("every structure-aware fuzz regression expands to an input answered within the answer cap") {
  std::vector<fs::path> files = regression_inputs("shapes");
  CHECK(files.size() >= 4);  // issue 22's draft and wide objects among them
  for (const fs::path& file : files) {
    CAPTURE(file.string());
    std::string description = bad_input::read_file(file);
    gigcheck_fuzz::Shaped shaped =
        gigcheck_fuzz::shape(reinterpret_cast<const std::uint8_t*>(description.data()), description.size());
    std::string out = gigcheck::api::call(shaped.function, shaped.input);
    CHECK(gigcheck::text::is_valid_utf8(out));
    CHECK(bad_input::parse(out).is_object());
    CHECK(out.size() <= gigcheck::limits::max_answer_bytes);
  }
}

TEST_CASE("shapes expand issue 22's inputs as their names say") {
  auto expand = [](const char* name) {
    std::string d = bad_input::read_file(bad_input::fuzz_dir() / "regressions" / "shapes" / name);
    return gigcheck_fuzz::shape(reinterpret_cast<const std::uint8_t*>(d.data()), d.size());
  };
  gigcheck_fuzz::Shaped draft = expand("issue22-draft-every-field-200kb-max-sentence-length-1");
  CHECK(draft.function == "draft");
  CHECK(draft.input.size() > 2'000'000);
  CHECK(bad_input::parse(gigcheck::api::call("draft", draft.input))["error"]["code"] == "too_large");
  gigcheck_fuzz::Shaped keys = expand("issue22-lint-20000-keys-descending");
  CHECK(keys.input.find("\"k19999\":0,\"k19998\"") != std::string::npos);
  CHECK(bad_input::parse(keys.input).size() == 2 + 20'000);
}
