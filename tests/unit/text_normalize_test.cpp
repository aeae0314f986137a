#include <doctest/doctest.h>

#include <string>

#include "core/text/normalize.h"

using namespace gigcheck::text;

namespace {

std::string folded(std::string_view utf8) {
  Decoded d = decode(utf8);
  return to_utf8(normalize(d).chars);
}

// The original text behind the first occurrence of `needle` in the normalized text.
std::string original_of(std::string_view utf8, std::u32string_view needle) {
  Decoded d = decode(utf8);
  Normalized n = normalize(d);
  auto at = n.chars.find(needle);
  REQUIRE(at != std::u32string::npos);
  return original_text(d, n, at, at + needle.size());
}

}  // namespace

TEST_CASE("full-width ASCII, digits and symbols fold to lower-case ASCII") {
  CHECK(folded("ＬＩＮＥ") == "line");
  CHECK(folded("０９０") == "090");
  CHECK(folded("ａｂｃ＠ｅｘａｍｐｌｅ．ｃｏｍ") == "abc@example.com");
  CHECK(folded("Skype") == "skype");
  CHECK(folded("（ＩＤ：ａｂｃ）") == "(id:abc)");
}

TEST_CASE("half-width katakana becomes full-width, with voiced marks combined") {
  CHECK(folded("ﾗｲﾝ") == "ライン");
  CHECK(folded("ﾃﾞｨｽｺｰﾄﾞ") == "ディスコード");
  CHECK(folded("ﾊﾟｿｺﾝ") == "パソコン");
  CHECK(folded("ｳﾞｨ") == "ヴィ");
  CHECK(folded("ｱﾞ") == "ア゛");  // ア takes no dakuten: the mark stays on its own
  CHECK(folded("ｯﾞ") == "ッ゛");  // nor does small ッ
  // NFD input: a combining mark after full-width kana
  CHECK(folded(u8"ト\u3099") == "ド");
}

TEST_CASE("spaces: ideographic space and NBSP become ASCII space; zero-width characters vanish") {
  CHECK(folded("ライン　ＩＤ") == "ライン id");
  CHECK(folded("LI\u200BNE") == "line");
  CHECK(folded("a\u00A0b") == "a b");
}

TEST_CASE("dashes: ー only between digits, other dash forms always") {
  CHECK(folded("０９０ー１２３４ー５６７８") == "090-1234-5678");
  CHECK(folded("090－1234－5678") == "090-1234-5678");
  CHECK(folded("090—1234―5678") == "090-1234-5678");
  CHECK(folded("ライター") == "ライター");
  CHECK(folded("ﾗｲﾀｰ") == "ライター");
  CHECK(folded("3ーa") == "3ーa");  // not between two digits
  CHECK(folded("3,000〜5,000円") == "3,000~5,000円");
}

TEST_CASE("letters spaced out to dodge filters are joined") {
  CHECK(folded("ラ イ ン で") == "ラインで");
  CHECK(folded("L I N E") == "line");
  CHECK(folded("l.i.n.e") == "line");
  CHECK(folded("L-I-N-E") == "line");
  CHECK(folded("ラ・イ・ン") == "ライン");
  CHECK(folded("Ｌ　Ｉ　Ｎ　Ｅ") == "line");
  CHECK(folded("L  I  N  E") == "line");
}

TEST_CASE("spacing that is not a dodge is kept") {
  CHECK(folded("A B") == "a b");                      // two letters only
  CHECK(folded("I am a cat") == "i am a cat");        // words between single letters
  CHECK(folded("L\nI\nN\nE") == "l\ni\nn\ne");        // newlines never join
  CHECK(folded("090-1234-5678") == "090-1234-5678");  // groups of digits are words
  CHECK(folded("e.g. this") == "e.g. this");
  CHECK(folded("L   I   N   E") == "l   i   n   e");  // three spaces is layout, not a dodge
}

TEST_CASE("normalized spans map back to the exact original text and UTF-16 offsets") {
  CHECK(original_of("連絡はＬＩＮＥで", U"line") == "ＬＩＮＥ");
  CHECK(original_of("連絡はﾗｲﾝで", U"ライン") == "ﾗｲﾝ");
  CHECK(original_of("ﾃﾞｨｽｺｰﾄﾞ", U"ディスコード") == "ﾃﾞｨｽｺｰﾄﾞ");
  CHECK(original_of("まずは L I N E 追加", U"line") == "L I N E");
  CHECK(original_of("電話０９０ー１２３４ー５６７８", U"090-1234-5678") == "０９０ー１２３４ー５６７８");

  // An emoji before the match takes two UTF-16 units.
  std::string text = "😀ＬＩＮＥ";
  Decoded d = decode(text);
  Normalized n = normalize(d);
  REQUIRE(n.chars == U"😀line");
  Utf16Span span = original_span(d, n, 1, 5);
  CHECK(span.start == 2);
  CHECK(span.end == 6);
  // Half-width kana with marks: ﾃﾞ is two UTF-16 units, one normalized char.
  Decoded d2 = decode("ｱﾃﾞ");
  Normalized n2 = normalize(d2);
  REQUIRE(n2.chars == U"アデ");
  Utf16Span s2 = original_span(d2, n2, 1, 2);
  CHECK(s2.start == 1);
  CHECK(s2.end == 3);
}

TEST_CASE("empty and out-of-range spans are safe") {
  Decoded d = decode("abc");
  Normalized n = normalize(d);
  CHECK(original_span(d, n, 1, 1).start == 1);
  CHECK(original_span(d, n, 1, 1).end == 1);
  CHECK(original_span(d, n, 9, 12).start == 3);
  CHECK(original_span(d, n, 0, 99).end == 3);
  CHECK(original_text(d, n, 2, 1).empty());
  Decoded empty = decode("");
  CHECK(normalize(empty).chars.empty());
}

TEST_CASE("invalid UTF-8 bytes become U+FFFD and keep their place") {
  Decoded d = decode("ab\xFF\xFEＬＩＮＥ");
  Normalized n = normalize(d);
  CHECK(n.chars == U"ab\uFFFD\uFFFDline");
  CHECK(original_span(d, n, 4, 8).start == 4);
}

TEST_CASE("origin vectors run parallel to the normalized chars") {
  Decoded d = decode("ﾊﾞｲﾄ　L I N E ０９０ー１");
  Normalized n = normalize(d);
  CHECK(n.origin.size() == n.chars.size());
  CHECK(n.origin_end.size() == n.chars.size());
  for (std::size_t i = 0; i + 1 < n.chars.size(); ++i) CHECK(n.origin[i] < n.origin[i + 1]);
}

// fold_char reads a table for the blocks that hold every folded character
// (U+0000–U+30FF and U+FE00–U+FFFF) and copies the rest; the edges of both.
TEST_CASE("characters at the edges of the folded blocks") {
  CHECK(fold_char(0x30FF) == 0x30FF);  // ヿ, last of the katakana block
  CHECK(fold_char(0x3100) == 0x3100);  // first character outside the lower block
  CHECK(fold_char(0xFDFF) == 0xFDFF);  // last character before the upper block
  CHECK(fold_char(0xFE00) == 0xFE00);  // variation selector: kept
  CHECK(fold_char(0xFF01) == U'!');    // first full-width ASCII
  CHECK(fold_char(0xFF3A) == U'z');    // Ｚ
  CHECK(fold_char(0xFF5E) == U'~');    // ～
  CHECK(fold_char(0xFF9F) == U'゜');   // last half-width kana
  CHECK(fold_char(0xFFE5) == 0x00A5);  // ￥
  CHECK(fold_char(0xFEFF) == 0);       // BOM is dropped
  CHECK(fold_char(0x1F600) == 0x1F600);
}

TEST_CASE("kanji pass through unchanged next to marks, dashes and separators") {
  CHECK(folded("漢\u3099字") == "漢\u3099字");  // a kanji takes no voiced mark
  CHECK(folded("求 人 票") == "求人票");        // spaced-out kanji join like kana
  CHECK(folded("東京ー大阪") == "東京ー大阪");  // ー between kanji is not a dash
  CHECK(original_of("まずは 求 人 票 を", U"求人票") == "求 人 票");
}

TEST_CASE("hiragana spelling of katakana channel names") {
  using gigcheck::text::hiragana_spelling;
  CHECK(hiragana_spelling(u"ライン") == u"らいん");
  CHECK(hiragana_spelling(u"テレグラム") == u"てれぐらむ");
  CHECK(hiragana_spelling(u"ディスコード") == u"でぃすこーど");
  CHECK(hiragana_spelling(u"line").empty());
  CHECK(hiragana_spelling(u"公式ライン").empty());
}
