// duplicate_paragraph: valid and invalid examples.
#include "rule_examples.h"

using namespace proposal_test;

TEST_CASE("duplicate_paragraph examples") {
  std::string para = "前職では経理事務として8年勤務し、毎日大量の伝票入力を行っていました。";
  std::string list = "・データ入力\n・請求書作成\n・メール対応";
  check_examples(
      "duplicate_paragraph",
      {{"はじめまして。\n\nよろしくお願いいたします。\n\nよろしくお願いいたします。", ""},
       {"はじめまして。\n\n" + para + "\n\n平日は毎日作業できます。\n\nよろしくお願いいたします。", ""}},
      {{"はじめまして。\n\n" + para + "\n\n平日は毎日作業できます。\n\n" + para + "\n\nよろしくお願いいたします。",
        "経理事務"},
       {"以下、対応可能な業務です。\n\n" + list + "\n\n平日は毎日作業できます。\n\n" + list +
            "\n\nよろしくお願いいたします。",
        "請求書作成"},
       {"はじめまして。\n" + para + "\n稼働は平日です。\n\n" + para + "\n\nよろしくお願いいたします。", "経理事務"}});
}

TEST_CASE("duplicate_paragraph: a section pasted again is one issue over the run") {
  std::string section =
      "【稼働時間】\n平日10時から16時まで作業できます。\n\n"
      "【実績】\n美容系メディアで記事を月20本、1年間執筆しました。";
  std::string text = "はじめまして。佐藤と申します。\n\n" + section + "\n\n" + section + "\n\nよろしくお願いいたします。";
  auto found = issues_of(lint(text), "duplicate_paragraph");
  REQUIRE(found.size() == 1);
  // The issue covers the second copy whole: both of its paragraphs.
  CHECK(span_text(text, found[0]) == section);
  CHECK(found[0]["message"].get<std::string>().find("【稼働時間】") != std::string::npos);
}
