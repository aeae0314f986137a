// contact_info runs the shared detector only on lines that can hold a contact
// detail; on a text full of contact formats it must find exactly what the
// detector finds on the whole text (its URLs aside, which lint allows).
#include <doctest/doctest.h>

#include "core/text/contacts.h"
#include "proposal_helpers.h"

using namespace proposal_test;

TEST_CASE("contact_info finds what the shared detector finds, line by line") {
  const char* lines[] = {
      "詳細は abc.def@example.co.jp までご連絡ください。",
      "ａｂｃ＠ｅｘａｍｐｌｅ．ｃｏｍ",
      "メール：taro(at)example.com",
      "taro [at] example [dot] com",
      "taro アットマーク example.com",
      "taro★gmail.com（★を@に）",
      "携帯 090-1234-5678 まで",
      "03(1234)5678",
      "電話：０９０１２３４５６７８",
      "０９０ー１２３４ー５６７８",
      "+81 90-1234-5678",
      "0 9 0 1 2 3 4 5 6 7 8",
      "0120-123-456",
      "LINE ID：yuki_01 を追加",
      "ＬＩＮＥ　ＩＤ：ｙｕｋｉ０１",
      "ﾗｲﾝのIDはabc123です",
      "ライン：12345678",
      "ラ イ ン：abc123",
      "L I N E: abc",
      "LINEで@abc123",
      "https://lin.ee/AbCd",
      "Skype: live:hanako",
      "Discord hanako#1234",
      "t.me/hanako",
      "wa.me/819012345678",
      "Chatwork ID: hanako-sato",
      "インスタ：hanako_photo",
      "参考：https://example.com/a?b=1。",
      "報酬 10,000,000円",
      "2025-01-01 納品",
      "Twitter @yamada",
  };
  std::string text = "はじめまして。佐藤です。\n";
  for (const char* line : lines) text += std::string(line) + "\n";
  text += "よろしくお願いいたします。";

  std::vector<std::pair<std::uint32_t, std::uint32_t>> expected;
  for (const auto& hit : gigcheck::text::find_contacts(text))
    if (hit.kind != gigcheck::text::ContactKind::url) expected.emplace_back(hit.start, hit.end);
  std::vector<std::pair<std::uint32_t, std::uint32_t>> found;
  for (const json& issue : issues_of(lint(text), "contact_info"))
    found.emplace_back(issue["start"].get<std::uint32_t>(), issue["end"].get<std::uint32_t>());
  CHECK(expected.size() >= 20);
  CHECK(found == expected);
}
