// libFuzzer target: every API function on structure-aware inputs up to and
// just past the limits (shapes.h): each answer is one JSON object (fuzz_api.h's
// checks) no larger than limits::max_answer_bytes.
#include "tests/fuzz/fuzz_api.h"
#include "tests/fuzz/shapes.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  gigcheck_fuzz::Shaped shaped = gigcheck_fuzz::shape(data, size);
  std::string out = gigcheck::api::call(shaped.function, shaped.input);
  gigcheck_fuzz::check_answer(out);
  if (out.size() > gigcheck::limits::max_answer_bytes)
    gigcheck_fuzz::fail("answer over limits::max_answer_bytes", out.substr(0, 2000));
  return 0;
}
