// A strict JSON reader (RFC 8259). Long strings, the bulk of every call, are
// copied in runs between escapes, with UTF-8 checked as they are scanned.
#include "core/json/json.h"
#include "core/json/utf8_sequence.h"
#include "core/text/utf8.h"

namespace gigcheck {

namespace {

using json_detail::utf8_sequence_length;

class Parser {
 public:
  Parser(std::string_view text, JsonLimits limits)
      : p_(reinterpret_cast<const unsigned char*>(text.data())),
        end_(p_ + text.size()),
        depth_left_(limits.max_depth),
        values_left_(limits.max_values) {}

  // Why document() failed: a limit when one was hit, else the syntax.
  JsonError error() const { return error_ == JsonError::none ? JsonError::syntax : error_; }

  std::optional<Json> document() {
    static constexpr unsigned char bom[] = {0xEF, 0xBB, 0xBF};  // tolerated, as most readers do
    if (end_ - p_ >= 3 && p_[0] == bom[0] && p_[1] == bom[1] && p_[2] == bom[2]) p_ += 3;
    Json root;
    skip_space();
    if (!value(root)) return std::nullopt;
    skip_space();
    if (p_ != end_) return std::nullopt;
    return root;
  }

 private:
  void skip_space() {
    while (p_ < end_ && (*p_ == ' ' || *p_ == '\n' || *p_ == '\r' || *p_ == '\t')) ++p_;
  }

  bool consume(char c) {
    if (p_ < end_ && *p_ == static_cast<unsigned char>(c)) return ++p_, true;
    return false;
  }

  bool literal(std::string_view word) {
    if (static_cast<std::size_t>(end_ - p_) < word.size()) return false;
    if (std::string_view(reinterpret_cast<const char*>(p_), word.size()) != word) return false;
    p_ += word.size();
    return true;
  }

  bool value(Json& out) {
    if (values_left_-- == 0) return limit(JsonError::too_many_values);
    if (p_ == end_) return false;
    switch (*p_) {
      case '{': return object(out);
      case '[': return array(out);
      case '"': {
        std::string s;
        if (!string(s)) return false;
        out = Json(std::move(s));
        return true;
      }
      case 't': return literal("true") && (out = Json(true), true);
      case 'f': return literal("false") && (out = Json(false), true);
      case 'n': return literal("null") && (out = Json(), true);
      default: return number(out);
    }
  }

  bool limit(JsonError which) {
    error_ = which;
    return false;
  }

  bool object(Json& out) {
    if (--depth_left_ < 0) return limit(JsonError::too_deep);
    ++p_;  // {
    out = Json::object();
    skip_space();
    if (consume('}')) return ++depth_left_, true;
    do {
      skip_space();
      std::string key;
      if (p_ == end_ || *p_ != '"' || !string(key)) return false;
      skip_space();
      if (!consume(':')) return false;
      skip_space();
      Json member;
      if (!value(member)) return false;
      out[key] = std::move(member);  // a repeated key keeps its last value
      skip_space();
    } while (consume(','));
    if (!consume('}')) return false;
    ++depth_left_;
    return true;
  }

  bool array(Json& out) {
    if (--depth_left_ < 0) return limit(JsonError::too_deep);
    ++p_;  // [
    out = Json::array();
    skip_space();
    if (consume(']')) return ++depth_left_, true;
    do {
      skip_space();
      Json item;
      if (!value(item)) return false;
      out.push_back(std::move(item));
      skip_space();
    } while (consume(','));
    if (!consume(']')) return false;
    ++depth_left_;
    return true;
  }

  // Counts the digits it skips.
  std::size_t digits() {
    const unsigned char* start = p_;
    while (p_ < end_ && *p_ >= '0' && *p_ <= '9') ++p_;
    return static_cast<std::size_t>(p_ - start);
  }

  // -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?, and no larger than 10^309:
  // JavaScript and most readers would take such a number for Infinity.
  bool number(Json& out) {
    const unsigned char* start = p_;
    consume('-');
    // Decimal exponent of the first significant digit, once one is seen.
    long magnitude = 0;
    bool significant = false;
    if (consume('0')) {
      if (p_ < end_ && *p_ >= '0' && *p_ <= '9') return false;  // no leading zeros
    } else if (std::size_t n = digits(); n > 0) {
      magnitude = static_cast<long>(n) - 1;
      significant = true;
    } else {
      return false;
    }
    if (consume('.')) {
      const unsigned char* fraction = p_;
      if (digits() == 0) return false;
      for (const unsigned char* d = fraction; !significant && d < p_; ++d)
        if (*d != '0') magnitude = -static_cast<long>(d - fraction) - 1, significant = true;
    }
    if (consume('e') || consume('E')) {
      bool negative = consume('-');
      if (!negative) consume('+');
      const unsigned char* exponent_start = p_;
      if (digits() == 0) return false;
      long exponent = 0;
      for (const unsigned char* d = exponent_start; d < p_ && exponent < 100000; ++d) exponent = exponent * 10 + (*d - '0');
      magnitude += negative ? -exponent : exponent;
    }
    if (significant && magnitude > 308) return false;
    out = Json::number_literal(std::string_view(reinterpret_cast<const char*>(start), p_ - start));
    return true;
  }

  bool hex4(std::uint32_t& out) {
    if (end_ - p_ < 4) return false;
    out = 0;
    for (int i = 0; i < 4; ++i, ++p_) {
      unsigned char c = *p_;
      std::uint32_t digit = c >= '0' && c <= '9'   ? c - '0'
                            : c >= 'a' && c <= 'f' ? c - 'a' + 10
                            : c >= 'A' && c <= 'F' ? c - 'A' + 10
                                                   : 16;
      if (digit == 16) return false;
      out = out * 16 + digit;
    }
    return true;
  }

  // After the backslash of \uXXXX: one code point, pairing surrogates.
  bool unicode_escape(std::string& out) {
    std::uint32_t cp;
    if (!hex4(cp)) return false;
    if (cp >= 0xDC00 && cp <= 0xDFFF) return false;  // a low surrogate alone
    if (cp >= 0xD800 && cp <= 0xDBFF) {
      std::uint32_t low;
      if (!consume('\\') || !consume('u') || !hex4(low) || low < 0xDC00 || low > 0xDFFF) return false;
      cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
    }
    text::append_utf8(out, static_cast<char32_t>(cp));
    return true;
  }

  bool escape(std::string& out) {
    if (p_ == end_) return false;
    unsigned char c = *p_++;
    switch (c) {
      case '"': out.push_back('"'); return true;
      case '\\': out.push_back('\\'); return true;
      case '/': out.push_back('/'); return true;
      case 'b': out.push_back('\b'); return true;
      case 'f': out.push_back('\f'); return true;
      case 'n': out.push_back('\n'); return true;
      case 'r': out.push_back('\r'); return true;
      case 't': out.push_back('\t'); return true;
      case 'u': return unicode_escape(out);
      default: return false;
    }
  }

  bool string(std::string& out) {
    ++p_;  // opening quote
    const unsigned char* run = p_;
    while (p_ < end_) {
      unsigned char c = *p_;
      if (c >= 0x20 && c < 0x80 && c != '"' && c != '\\') {
        ++p_;
      } else if (c >= 0x80) {
        std::size_t n = utf8_sequence_length(p_, end_);
        if (n == 0) return false;
        p_ += n;
      } else {
        out.append(reinterpret_cast<const char*>(run), p_ - run);
        ++p_;
        if (c == '"') return true;
        if (c != '\\' || !escape(out)) return false;  // control characters must be escaped
        run = p_;
      }
    }
    return false;  // unterminated
  }

  const unsigned char* p_;
  const unsigned char* end_;
  int depth_left_;
  std::size_t values_left_;
  JsonError error_ = JsonError::none;
};

}  // namespace

std::optional<Json> parse_json(std::string_view text, JsonLimits limits, JsonError* error) {
  Parser parser(text, limits);
  std::optional<Json> result = parser.document();
  if (error) *error = result ? JsonError::none : parser.error();
  return result;
}

}  // namespace gigcheck
