// call(): the string door shared by the CLI and the WebAssembly module.
#include <doctest/doctest.h>

#include "core/api/api.h"

using gigcheck::api::call;

TEST_CASE("call answers every function by name and refuses unknown names") {
  for (const char* name : {"certify", "risk", "lint", "draft", "timeline", "holidays"}) {
    CHECK(gigcheck::api::has_function(name));
    std::string out = call(name, "not json");
    CHECK(out.find("\"code\":\"invalid_json\"") != std::string::npos);
  }
  CHECK_FALSE(gigcheck::api::has_function("delete_everything"));
  CHECK(call("delete_everything", "{}").find("\"code\":\"unknown_function\"") != std::string::npos);
}

TEST_CASE("call returns compact UTF-8 JSON") {
  std::string out = call("certify", R"({"platform": "crowdworks", "stats": {"scouts": 5}})");
  CHECK(out.find("\"scouts\":{") != std::string::npos);
  CHECK(out.find("基準（5件）を満たしています。") != std::string::npos);
  CHECK(out.find('\n') == std::string::npos);
}
