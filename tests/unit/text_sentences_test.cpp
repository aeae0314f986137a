// Japanese sentence splitting: full stops, brackets and list lines.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "core/text/sentences.h"
#include "core/text/utf8.h"

using gigcheck::text::split_sentences;

namespace {

std::vector<std::string> sentences_of(const std::string& utf8) {
  std::u32string text = gigcheck::text::decode(utf8).chars;
  std::vector<std::string> out;
  for (const auto& s : split_sentences(text).sentences)
    out.push_back(gigcheck::text::to_utf8(std::u32string_view(text).substr(s.begin, s.end - s.begin)));
  return out;
}

}  // namespace

TEST_CASE("full stops end sentences; repeated marks stay together") {
  CHECK(sentences_of("はじめまして。佐藤です！よろしいですか？？はい．") ==
        std::vector<std::string>{"はじめまして。", "佐藤です！", "よろしいですか？？", "はい．"});
}

TEST_CASE("no split inside 「」『』（）") {
  CHECK(sentences_of("「初心者歓迎。経験不問。」と拝見しました。『週報。』（任意。）も書きます。") ==
        std::vector<std::string>{"「初心者歓迎。経験不問。」と拝見しました。", "『週報。』（任意。）も書きます。"});
}

TEST_CASE("an unclosed bracket does not swallow the following lines") {
  CHECK(sentences_of("「メモ。\n次の行です。") == std::vector<std::string>{"「メモ。", "次の行です。"});
}

TEST_CASE("line breaks end sentences, so each list line is one") {
  auto text = gigcheck::text::decode("【実績】\n・記事30本\r\n1. 取材記事\n\n  平日対応可能です。").chars;
  auto split = split_sentences(text).sentences;
  REQUIRE(split.size() == 4);
  CHECK(split[0].heading);
  CHECK(split[1].list_item);
  CHECK(split[2].list_item);
  CHECK_FALSE(split[3].list_item);
  CHECK(split[3].ends_with_stop);
  CHECK(text[split[3].begin] == U'平');  // leading blanks are not part of the sentence
}

TEST_CASE("numbers are not list markers when they are decimals") {
  auto text = gigcheck::text::decode("1.5時間ほど作業できます。").chars;
  CHECK_FALSE(split_sentences(text).sentences[0].list_item);
}

TEST_CASE("quotes are recorded") {
  auto text = gigcheck::text::decode("募集文の「初心者歓迎」を拝見。").chars;
  auto split = split_sentences(text);
  REQUIRE(split.quotes.size() == 1);
  CHECK(split.quotes[0].begin == 4);
  CHECK(split.quotes[0].end == 11);
}

TEST_CASE("an English full stop ends a sentence; a dot in an address, a number or a list marker does not") {
  CHECK(sentences_of("Thanks for the offer. I can start on Monday.") ==
        std::vector<std::string>{"Thanks for the offer.", "I can start on Monday."});
  CHECK(sentences_of("mail me at hanako.sato@example.com please") ==
        std::vector<std::string>{"mail me at hanako.sato@example.com please"});
  CHECK(sentences_of("1.5時間で納品します。") == std::vector<std::string>{"1.5時間で納品します。"});
  CHECK(sentences_of("1. 記事の執筆") == std::vector<std::string>{"1. 記事の執筆"});
}
