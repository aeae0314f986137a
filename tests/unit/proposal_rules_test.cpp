// Per-rule positives and look-alike negatives on realistic application texts.
#include <doctest/doctest.h>

#include "proposal_helpers.h"

using namespace proposal_test;

TEST_CASE("a polite realistic application has no issues") {
  std::string text =
      "山田様\n\nはじめまして。佐藤花子と申します。\n美容ジャンルの記事作成の募集を拝見し、応募いたしました。\n\n"
      "【稼働時間】\n平日10:00〜16:00（1日6時間）\n\n【過去の実績】\n・美容ブログを2年間運営（月間1万PV）\n"
      "・スキンケア記事を30本納品\n\nご検討のほど、よろしくお願いいたします。\n佐藤花子";
  json out = lint(text);
  CHECK(out["issues"].empty());
  CHECK(out["stats"]["style"] == "desumasu");
}

TEST_CASE("negative_self_label: self-labels are flagged with their span") {
  std::string text =
      application("ライティングは初心者ですが、精一杯頑張ります。まだ自信はありませんが、丁寧に書きます。");
  auto found = issues_of(lint(text), "negative_self_label");
  REQUIRE(found.size() == 2);
  CHECK(span_text(text, found[0]) == "初心者ですが");
  CHECK(span_text(text, found[1]) == "自信はありません");
  CHECK(found[0]["severity"] == "warning");
  CHECK(found[0]["message"].get<std::string>().find("初心者ですが") != std::string::npos);
  CHECK_FALSE(found[0]["suggestion"].get<std::string>().empty());
}

TEST_CASE("negative_self_label: more forms") {
  for (const char* phrase : {"未経験ですが", "Webライティングには不慣れ", "勉強中の身", "経験が浅い", "未熟者"}) {
    std::string text = application(std::string(phrase) + "ではありますが、誠実に対応いたします。");
    CHECK_MESSAGE(count_of(lint(text), "negative_self_label") == 1, phrase);
  }
}

TEST_CASE("negative_self_label: look-alikes from the post or about readers are not flagged") {
  std::string text = application(
      "募集文に「初心者歓迎」「未経験可」とありましたので応募いたしました。初心者でも読みやすい記事を心がけています。"
      "パソコンに不慣れな方にも伝わる説明が得意です。初心者向けのブログを運営しています。");
  CHECK(count_of(lint(text), "negative_self_label") == 0);
}

TEST_CASE("negative_self_label: a quoted self-label is someone else's words") {
  std::string text = application("以前「未経験ですが大丈夫ですか」とご質問をいただいたことがあります。");
  CHECK(count_of(lint(text), "negative_self_label") == 0);
}

TEST_CASE("contact_info: LINE IDs, e-mails (full-width too), phones and handles") {
  std::string text = application(
      "詳しくはLINE ID：hanako_0123 までご連絡ください。\nメールは ｈａｎａｋｏ＠ｅｘａｍｐｌｅ．ｃｏｍ です。\n"
      "電話 090-1234-5678 でも対応できます。Chatwork ID: hanako-sato もございます。");
  auto found = issues_of(lint(text), "contact_info");
  REQUIRE(found.size() == 4);
  CHECK(span_text(text, found[0]).find("hanako_0123") != std::string::npos);
  CHECK(span_text(text, found[1]).find("ｈａｎａｋｏ＠ｅｘａｍｐｌｅ．ｃｏｍ") != std::string::npos);
  CHECK(span_text(text, found[2]).find("090-1234-5678") != std::string::npos);
  CHECK(span_text(text, found[3]).find("hanako-sato") != std::string::npos);
  CHECK(found[0]["severity"] == "error");
}

TEST_CASE("contact_info: links to messaging apps count, portfolio links and service names do not") {
  std::string text = application(
      "ポートフォリオ: https://hanako-portfolio.example.com/works\nこちらから友だち追加できます: "
      "https://lin.ee/AbCdEf");
  auto found = issues_of(lint(text), "contact_info");
  REQUIRE(found.size() == 1);
  CHECK(span_text(text, found[0]).find("lin.ee") != std::string::npos);
  std::string plain =
      application("Chatworkやスラックでのやり取りにも慣れています。2024年4月から1,200件の記事を納品しました。");
  CHECK(count_of(lint(plain), "contact_info") == 0);
}

TEST_CASE("placeholder: 〇〇, ××, XX, ＿＿ and unfilled slots") {
  std::string text = application(
      "〇〇様\n××の分野で実績がございます。XX年に独立しました。お名前：＿＿＿\n【名前】と申します。{client_name}様へ");
  auto found = issues_of(lint(text), "placeholder");
  REQUIRE(found.size() == 6);
  CHECK(span_text(text, found[0]) == "〇〇");
  CHECK(span_text(text, found[1]) == "××");
  CHECK(span_text(text, found[2]) == "XX");
  CHECK(span_text(text, found[3]) == "＿＿＿");
  CHECK(span_text(text, found[4]) == "【名前】");
  CHECK(span_text(text, found[5]) == "{client_name}");
  CHECK(found[0]["severity"] == "error");
}

TEST_CASE("placeholder: headings, labels and single marks are not placeholders") {
  std::string text = application(
      "【実績】\n・記事30本\n【氏名】佐藤花子\n【ポートフォリオURL】\nhttps://example.com\n"
      "○ 平日は対応可能です。サイズはXXLまで対応します。評価は◎でした。3×4のグリッドで作成しました。");
  CHECK(count_of(lint(text), "placeholder") == 0);
}

TEST_CASE("placeholder: an instruction in brackets is a slot") {
  std::string text = application("実績は（ここに実績を記入）のとおりです。");
  auto found = issues_of(lint(text), "placeholder");
  REQUIRE(found.size() == 1);
  CHECK(span_text(text, found[0]) == "（ここに実績を記入）");
}

TEST_CASE("mixed_style: plain past and だ/である endings in a です/ます text") {
  std::string text = application(
      "前職では営業を担当していた。現在はWebライターとして活動しています。記事の品質には自信がある。丁寧な対応を心がけ"
      "ています。");
  auto found = issues_of(lint(text), "mixed_style");
  REQUIRE(found.size() == 2);
  CHECK(span_text(text, found[0]) == "た");
  CHECK(span_text(text, found[1]) == "ある");
}

TEST_CASE("mixed_style: quotes, list items and headings are ignored") {
  std::string text = application(
      "■担当した案件\n・SEO記事の作成を担当した。\n・取材記事を執筆した。\n「読みやすい記事だ。」と評価をいただきました"
      "。\n"
      "納期は必ず守ります。");
  json out = lint(text);
  CHECK(count_of(out, "mixed_style") == 0);
  CHECK(out["stats"]["style"] == "desumasu");
}

TEST_CASE("mixed_style: a text entirely in だ・である調 is consistent; set phrases do not count") {
  std::string text =
      "はじめまして。佐藤である。ライターとして3年活動してきた。記事の品質には自信がある。よろしくお願いいたします。";
  json out = lint(text);
  // よろしくお願いいたします is a set phrase, polite in any style: no mix.
  CHECK(count_of(out, "mixed_style") == 0);
  std::string mixed = text + "\n修正にも柔軟に対応します。";
  auto found = issues_of(lint(mixed), "mixed_style");
  REQUIRE(found.size() == 1);
  CHECK(span_text(mixed, found[0]) == "ます");
}

TEST_CASE("missing_greeting and missing_closing") {
  std::string bare = "記事作成の募集を拝見しました。平日10時から16時まで稼働できます。";
  json out = lint(bare);
  CHECK(count_of(out, "missing_greeting") == 1);
  CHECK(count_of(out, "missing_closing") == 1);
  auto greeting = issues_of(out, "missing_greeting")[0];
  CHECK(greeting["start"] == 0);
  CHECK(greeting["line"] == 1);
  std::string addressed = "山田様\n記事作成の募集を拝見しました。\nご検討のほど、よろしくお願いいたします。";
  CHECK(count_of(lint(addressed), "missing_greeting") == 0);
  CHECK(count_of(lint(addressed), "missing_closing") == 0);
  CHECK(count_of(lint("お世話になります。佐藤です。\n納品いたしました。ご確認お願いいたします。"),
                 "missing_greeting") == 0);
}

TEST_CASE("missing_closing: a closing only at the top does not count") {
  std::string text = "はじめまして。よろしくお願いいたします。\n" + std::string(250, 'a') + "\n以上です。";
  CHECK(count_of(lint(text), "missing_closing") == 1);
}

TEST_CASE("sentence_length: exact boundary at 100 UTF-16 units") {
  std::u32string hundred(98, U'あ');  // 98 + 「す。」 = 100
  std::string at_limit = application(gigcheck::text::to_utf8(hundred) + "す。");
  CHECK(count_of(lint(at_limit), "sentence_length") == 0);
  std::string over = application(gigcheck::text::to_utf8(hundred) + "です。");
  auto found = issues_of(lint(over), "sentence_length");
  REQUIRE(found.size() == 1);
  CHECK(found[0]["end"].get<int>() - found[0]["start"].get<int>() == 101);
  CHECK(found[0]["message"].get<std::string>().find("101文字") != std::string::npos);
  // A lower limit by option.
  CHECK(count_of(lint(at_limit, "", {{"max_sentence_length", 99}}), "sentence_length") == 1);
}

TEST_CASE("sentence_length: characters outside the BMP count twice, like JavaScript") {
  std::u32string body(97, U'あ');
  body += U"😀す。";  // 97 + 2 + 2 = 101 UTF-16 units
  std::string text = application(gigcheck::text::to_utf8(body));
  CHECK(count_of(lint(text), "sentence_length") == 1);
}

TEST_CASE("too_many_commas: more than 3 「、」 in one sentence") {
  std::string three = application("私は、東京で、毎日のように、記事を書いています。");
  CHECK(count_of(lint(three), "too_many_commas") == 0);
  std::string four = application("私は、東京で、毎日のように、丁寧に、記事を書いています。");
  auto found = issues_of(lint(four), "too_many_commas");
  REQUIRE(found.size() == 1);
  CHECK(span_text(four, found[0]) == "、");
  CHECK(found[0]["severity"] == "info");
  CHECK(count_of(lint(four, "", {{"max_commas", 4}}), "too_many_commas") == 0);
  // A list of nouns is not counted, as in textlint's max-ten: only は、 counts here.
  std::string nouns = application("得意なジャンルは、美容、健康、旅行、料理、Web、IT、3、4です。");
  CHECK(count_of(lint(nouns), "too_many_commas") == 0);
  // Commas in separate sentences do not add up.
  std::string split = application("私は、東京で、毎日。丁寧に、記事を、書いています。");
  CHECK(count_of(lint(split), "too_many_commas") == 0);
}

TEST_CASE("options.rules switches rules off") {
  std::string text = "初心者ですが、〇〇の記事を書きます";
  json all = lint(text);
  CHECK(count_of(all, "negative_self_label") == 1);
  CHECK(count_of(all, "placeholder") == 1);
  json some = lint(text, "", {{"rules", {{"negative_self_label", false}, {"missing_greeting", false}}}});
  CHECK(count_of(some, "negative_self_label") == 0);
  CHECK(count_of(some, "missing_greeting") == 0);
  CHECK(count_of(some, "placeholder") == 1);
  CHECK(count_of(some, "missing_closing") == 1);
}

TEST_CASE("issues are sorted by position and carry line and column") {
  std::string text = "はじめまして。\n私は初心者です。〇〇様\nよろしくお願いいたします。";
  json out = lint(text);
  REQUIRE(out["issues"].size() == 2);
  CHECK(out["issues"][0]["rule"] == "negative_self_label");
  CHECK(out["issues"][0]["line"] == 2);
  CHECK(out["issues"][0]["column"] == 3);
  CHECK(out["issues"][1]["rule"] == "placeholder");
  CHECK(out["issues"][1]["line"] == 2);
  CHECK(out["issues"][1]["column"] == 9);  // 私は初心者です。 is 8 characters
  CHECK(out["issues"][1]["end_column"] == 11);
}
