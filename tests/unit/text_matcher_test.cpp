// PhraseMatcher: the one multi-string matcher of the text layer.
#include <doctest/doctest.h>

#include <string>
#include <string_view>
#include <vector>

#include "core/text/matcher.h"

using gigcheck::text::PhraseMatcher;

TEST_CASE("every phrase starting at a position is found, shortest first") {
  const std::u32string_view phrases[] = {U"初心者", U"初心者です", U"未経験", U"初心"};
  PhraseMatcher m(phrases);
  std::u32string_view text = U"まだ初心者ですが";
  std::vector<std::uint32_t> ids;
  std::vector<std::size_t> lengths;
  m.each_at(text, 2, [&](std::uint32_t id, std::size_t length) {
    ids.push_back(id);
    lengths.push_back(length);
  });
  CHECK(ids == std::vector<std::uint32_t>{3, 0, 1});
  CHECK(lengths == std::vector<std::size_t>{2, 3, 5});
  CHECK(m.longest_at(text, 2) == 1);
  CHECK(m.longest_at(text, 0) == PhraseMatcher::none);
  CHECK(m.longest_at(text, text.size()) == PhraseMatcher::none);  // past the end: nothing, no read
  CHECK(m.occurs_in(U"未経験歓迎"));
  CHECK_FALSE(m.occurs_in(U"経験豊富です"));
}

TEST_CASE("a repeated phrase keeps its first id; UTF-16 tables match the same text") {
  const std::u16string_view phrases[] = {u"line", u"ライン", u"line"};
  PhraseMatcher m(phrases);
  CHECK(m.longest_at(U"lineで連絡", 0) == 0);
  CHECK(m.longest_at(U"ラインで連絡", 0) == 1);
}

TEST_CASE("many phrases sharing prefixes are all told apart") {
  std::vector<std::u32string> owned;
  for (char32_t a = U'あ'; a < U'あ' + 40; ++a)
    for (char32_t b = U'ア'; b < U'ア' + 40; ++b) owned.push_back(std::u32string{a, b, U'x'});
  std::vector<std::u32string_view> phrases(owned.begin(), owned.end());
  PhraseMatcher m(phrases);
  for (std::size_t i = 0; i < owned.size(); i += 97) CHECK(m.longest_at(owned[i], 0) == i);
  CHECK(m.longest_at(U"あア", 0) == PhraseMatcher::none);
}
