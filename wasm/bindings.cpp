// Embind door onto gigcheck::api: JSON text in, JSON text out. All logic
// lives in core/; this file only moves bytes.
//
// Embind's std::string conversion copies text one character at a time in
// JavaScript, which cost more than the whole lint of a 2,000-character
// application. Instead the caller encodes its UTF-8 straight into a buffer in
// the module's memory (TextEncoder.encodeInto on input_view) and decodes the
// answer from a view (TextDecoder); see web/gigcheck.mjs.
#include <emscripten/bind.h>
#include <emscripten/val.h>

#include <string>

#include "core/api/api.h"
#include "core/input/input.h"

namespace {

std::string input_buffer;
std::string answer;

// Buffers larger than this are released after the call, so one huge input
// does not keep its memory for the rest of the session.
constexpr std::size_t kept_capacity = 1024 * 1024;

emscripten::val bytes_view(std::string& s) {
  return emscripten::val(emscripten::typed_memory_view(s.size(), reinterpret_cast<unsigned char*>(s.data())));
}

// A Uint8Array of `size` bytes inside the module's memory, for the input.
emscripten::val input_view(std::size_t size) {
  input_buffer.resize(size);
  return bytes_view(input_buffer);
}

// Runs `name` on the first `length` bytes of the input buffer; a Uint8Array
// view of the answer, valid until the next call.
emscripten::val call(const std::string& name, std::size_t length) {
  std::string_view input(input_buffer.data(), std::min(length, input_buffer.size()));
  answer = gigcheck::api::call(name, input);
  if (input_buffer.capacity() > kept_capacity) std::string().swap(input_buffer);
  return bytes_view(answer);
}

// The same with the input buffer holding `json_length` bytes of JSON and then
// `text_length` bytes of the input's "text" (api::call_with_text).
emscripten::val call_with_text(const std::string& name, std::size_t json_length, std::size_t text_length) {
  std::string_view buffer(input_buffer);
  std::string_view json = buffer.substr(0, json_length);
  std::string_view text = buffer.substr(json.size(), text_length);
  answer = gigcheck::api::call_with_text(name, json, "text", text);
  if (input_buffer.capacity() > kept_capacity) std::string().swap(input_buffer);
  return bytes_view(answer);
}

}  // namespace

EMSCRIPTEN_BINDINGS(gigcheck) {
  emscripten::function("inputView", &input_view);
  emscripten::function("call", &call);
  emscripten::function("callWithText", &call_with_text);
  emscripten::constant("maxInputBytes", gigcheck::limits::max_input_bytes);
}
