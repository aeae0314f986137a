// libFuzzer target: parse_input() and every Reader accessor (core/input) on
// arbitrary bytes. Each accessor is applied to every value in the parsed
// tree, so wrong types, huge numbers and odd strings all meet every reader.
#include <cstdint>
#include <string>

#include "core/input/input.h"
#include "tests/fuzz/fuzz_api.h"

using gigcheck::Field;
using gigcheck::Reader;
using gigcheck_fuzz::fail;

namespace {

void check_error(const Reader& r, const std::string& bytes) {
  if (r.failed() && (r.error().code.empty() || r.error().message.empty())) fail("error without code or message", bytes);
}

// Applies each accessor to `f` with a fresh Reader, so every one really runs.
void read_all_ways(const gigcheck::Json& root, const Field& f, const std::string& bytes) {
  {
    Reader r(root);
    if (auto n = r.count(f, true)) {
      if (*n < 0 || *n > gigcheck::limits::max_count) fail("count out of range", bytes);
    }
    check_error(r, bytes);
  }
  {
    Reader r(root);
    if (auto n = r.count(f, false, -5, 5)) {
      if (*n < -5 || *n > 5) fail("count out of its bounds", bytes);
    }
    check_error(r, bytes);
  }
  for (int places = 0; places <= 4; ++places) {
    Reader r(root);
    if (auto d = r.decimal(f, places, false)) {
      std::int64_t scale = 1;
      for (int p = 0; p < places && scale != d->scale; ++p) scale *= 10;
      if (d->scale != scale) fail("decimal scale is not a power of ten within max_places", bytes);
    }
    check_error(r, bytes);
  }
  {
    Reader r(root);
    (void)r.boolean(f, true);
    (void)r.object(f, false);
    check_error(r, bytes);
  }
  {
    Reader r(root);
    if (auto s = r.text(f, false, 16)) {
      if (!gigcheck::text::is_valid_utf8(*s)) fail("text accepted invalid UTF-8", bytes);
    }
    check_error(r, bytes);
  }
  {
    Reader r(root);
    (void)r.choice(f, {"crowdworks", "lancers", ""}, true);
    (void)r.array(f, false);
    check_error(r, bytes);
  }
}

void walk(const gigcheck::Json& root, const Reader& paths, const Field& f, int depth, int& budget,
          const std::string& bytes) {
  if (--budget < 0) return;
  read_all_ways(root, f, bytes);
  if (!f.value || depth > gigcheck::limits::max_depth) return;
  if (f.value->is_object()) {
    for (auto member = f.value->begin(); member != f.value->end(); ++member) {
      Field child = paths.at(f, member.key());
      if (child.value != &*member) fail("Reader::at did not find a member", bytes);
      walk(root, paths, child, depth + 1, budget, bytes);
    }
  } else if (f.value->is_array()) {
    for (std::size_t i = 0; i <= f.value->size(); ++i) {
      Field child = paths.item(f, i);
      if ((i < f.value->size()) != (child.value != nullptr)) fail("Reader::item bounds are wrong", bytes);
      if (child.value) walk(root, paths, child, depth + 1, budget, bytes);
    }
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view input(reinterpret_cast<const char*>(data), size);
  const std::string bytes(input);
  std::optional<gigcheck::InputError> error;
  std::optional<gigcheck::Json> parsed = gigcheck::parse_input(input, error);
  if (parsed.has_value() == error.has_value()) fail("parse_input gave both or neither of result and error", bytes);
  if (!parsed) {
    // invalid_field: a number of more than 15 significant digits.
    if (error->code != "invalid_json" && error->code != "too_deep" && error->code != "too_large" &&
        error->code != "invalid_field")
      fail("unexpected parse error code", error->code);
    return 0;
  }
  if (!parsed->is_object()) fail("parse_input accepted a non-object", bytes);
  // Absent fields, the root itself and every value inside.
  Reader paths(*parsed);
  int budget = 400;
  walk(*parsed, paths, paths.root(), 0, budget, bytes);
  read_all_ways(*parsed, paths.at(paths.root(), "absent"), bytes);
  std::string dumped = gigcheck::to_text(*parsed);
  if (!gigcheck::text::is_valid_utf8(dumped)) fail("parsed input holds invalid UTF-8", bytes);
  // The writer's text reads back to the same text (nothing was replaced).
  std::optional<gigcheck::InputError> again_error;
  std::optional<gigcheck::Json> again = gigcheck::parse_input(dumped, again_error);
  if (!again || gigcheck::to_text(*again) != dumped) fail("written input does not read back the same", bytes);
  return 0;
}
