// Embind door onto gigcheck::api: each function takes and returns JSON text.
// All logic lives in core/; this file only names the exports.
#include <emscripten/bind.h>

#include "core/api/api.h"

namespace {

template <const char* Name>
std::string call(const std::string& input) {
  return gigcheck::api::call(Name, input);
}

constexpr char certify[] = "certify";
constexpr char risk[] = "risk";
constexpr char lint[] = "lint";
constexpr char draft[] = "draft";
constexpr char timeline[] = "timeline";
constexpr char holidays[] = "holidays";

}  // namespace

EMSCRIPTEN_BINDINGS(gigcheck) {
  emscripten::function("certify", &call<certify>);
  emscripten::function("risk", &call<risk>);
  emscripten::function("lint", &call<lint>);
  emscripten::function("draft", &call<draft>);
  emscripten::function("timeline", &call<timeline>);
  emscripten::function("holidays", &call<holidays>);
}
