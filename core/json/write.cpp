// The compact JSON writer. Strings are copied in runs between the bytes that
// need an escape; text that is not valid UTF-8 (which the core should never
// produce) is written with U+FFFD in place of each bad byte, so an answer is
// always valid UTF-8.
#include "core/json/json.h"
#include "core/json/utf8_sequence.h"

namespace gigcheck {

namespace {

using json_detail::utf8_sequence_length;

constexpr std::string_view replacement_character = "\xEF\xBF\xBD";

void write_string(std::string_view s, std::string& out) {
  static constexpr char hex[] = "0123456789abcdef";
  out.push_back('"');
  auto p = reinterpret_cast<const unsigned char*>(s.data());
  const unsigned char* end = p + s.size();
  const unsigned char* run = p;
  auto flush = [&] { out.append(reinterpret_cast<const char*>(run), p - run); };
  while (p < end) {
    unsigned char c = *p;
    if (c >= 0x20 && c < 0x80 && c != '"' && c != '\\') {
      ++p;
      continue;
    }
    if (c >= 0x80) {
      std::size_t n = utf8_sequence_length(p, end);
      if (n != 0) {
        p += n;
        continue;
      }
      flush();
      out.append(replacement_character);
    } else {
      flush();
      switch (c) {
        case '"': out.append("\\\""); break;
        case '\\': out.append("\\\\"); break;
        case '\b': out.append("\\b"); break;
        case '\f': out.append("\\f"); break;
        case '\n': out.append("\\n"); break;
        case '\r': out.append("\\r"); break;
        case '\t': out.append("\\t"); break;
        default:
          out.append("\\u00");
          out.push_back(hex[c >> 4]);
          out.push_back(hex[c & 0xF]);
      }
    }
    run = ++p;
  }
  flush();
  out.push_back('"');
}

}  // namespace

void write_json(const Json& value, std::string& out) {
  switch (value.type()) {
    case Json::Type::null: out.append("null"); break;
    case Json::Type::boolean: out.append(value.boolean() ? "true" : "false"); break;
    case Json::Type::number: out.append(value.text()); break;
    case Json::Type::string: write_string(value.text(), out); break;
    case Json::Type::array: {
      out.push_back('[');
      bool first = true;
      for (const Json& item : value.items()) {
        if (!first) out.push_back(',');
        first = false;
        write_json(item, out);
      }
      out.push_back(']');
      break;
    }
    case Json::Type::object: {
      out.push_back('{');
      bool first = true;
      for (const Json::Member& member : value.members()) {
        if (!first) out.push_back(',');
        first = false;
        write_string(member.key, out);
        out.push_back(':');
        write_json(member.value, out);
      }
      out.push_back('}');
      break;
    }
  }
}

}  // namespace gigcheck
