// libFuzzer target: api::draft on arbitrary bytes (see fuzz_api.h for the checks).
#include "tests/fuzz/fuzz_api.h"

GIGCHECK_API_FUZZ_TARGET(draft)
