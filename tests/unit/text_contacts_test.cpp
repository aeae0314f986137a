#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "core/text/contacts.h"

using namespace gigcheck::text;

namespace {

// "kind:text" for each hit, to compare whole results at once.
std::vector<std::string> contacts(std::string_view utf8) {
  std::vector<std::string> out;
  for (const ContactHit& hit : find_contacts(utf8)) out.push_back(std::string(kind_name(hit.kind)) + ":" + hit.text);
  return out;
}

using List = std::vector<std::string>;

}  // namespace

TEST_CASE("e-mail addresses, plain, full-width and spelled out") {
  CHECK(contacts("詳細は abc.def@example.co.jp までご連絡ください。") == List{"email:abc.def@example.co.jp"});
  CHECK(contacts("ａｂｃ＠ｅｘａｍｐｌｅ．ｃｏｍ") == List{"email:ａｂｃ＠ｅｘａｍｐｌｅ．ｃｏｍ"});
  CHECK(contacts("メール：taro(at)example.com") == List{"email:taro(at)example.com"});
  CHECK(contacts("taro [at] example [dot] com") == List{"email:taro [at] example [dot] com"});
  CHECK(contacts("taro[at]example[dot]com") == List{"email:taro[at]example[dot]com"});
  CHECK(contacts("taro アットマーク example.com") == List{"email:taro アットマーク example.com"});
  CHECK(contacts("taro★gmail.com（★を@に）") == List{"email:taro★gmail.com"});
}

TEST_CASE("things that look like e-mail but are not") {
  CHECK(contacts("★急募★ライター募集") == List{});
  CHECK(contacts("@ 3,000円") == List{});
  CHECK(contacts("user@localhost") == List{});   // no dot in the domain
  CHECK(contacts("Twitter @yamada") == List{});  // a handle with no service we track
}

TEST_CASE("Japanese phone numbers") {
  CHECK(contacts("携帯 090-1234-5678 まで") == List{"phone:090-1234-5678"});
  CHECK(contacts("03-1234-5678") == List{"phone:03-1234-5678"});
  CHECK(contacts("03(1234)5678") == List{"phone:03(1234)5678"});
  CHECK(contacts("電話：０９０１２３４５６７８") == List{"phone:０９０１２３４５６７８"});
  CHECK(contacts("０９０ー１２３４ー５６７８") == List{"phone:０９０ー１２３４ー５６７８"});
  CHECK(contacts("+81 90-1234-5678") == List{"phone:+81 90-1234-5678"});
  CHECK(contacts("0 9 0 1 2 3 4 5 6 7 8") == List{"phone:0 9 0 1 2 3 4 5 6 7 8"});
  CHECK(contacts("0120-123-456") == List{"phone:0120-123-456"});
}

TEST_CASE("numbers that are not phone numbers") {
  CHECK(contacts("報酬 10,000,000円") == List{});
  CHECK(contacts("2025-01-01 納品") == List{});
  CHECK(contacts("0123456789012345") == List{});  // too long
  CHECK(contacts("090-1234") == List{});          // too short
  CHECK(contacts("01234567890") == List{});       // 11 digits without a mobile prefix
  CHECK(contacts("0312345678円") == List{});      // money
  CHECK(contacts("v1.0312345678") == List{});     // part of a version
}

TEST_CASE("URLs") {
  CHECK(contacts("参考：https://example.com/a?b=1。") == List{"url:https://example.com/a?b=1"});
  CHECK(contacts("www.example.jp を見て") == List{"url:www.example.jp"});
  CHECK(contacts("https:// だけ") == List{});
}

TEST_CASE("LINE IDs and links") {
  CHECK(contacts("LINE ID：yuki_01 を追加") == List{"line_id:LINE ID：yuki_01"});
  CHECK(contacts("ＬＩＮＥ　ＩＤ：ｙｕｋｉ０１") == List{"line_id:ＬＩＮＥ　ＩＤ：ｙｕｋｉ０１"});
  CHECK(contacts("ﾗｲﾝのIDはabc123です") == List{"line_id:ﾗｲﾝのIDはabc123"});
  CHECK(contacts("LINEで@abc123を友だち追加してください") == List{"line_id:LINEで@abc123"});
  CHECK(contacts("L I N E : abcd") == List{"line_id:L I N E : abcd"});
  CHECK(contacts("こちら https://lin.ee/AbCd123 から") == List{"line_id:https://lin.ee/AbCd123"});
  CHECK(contacts("line.me/ti/p/xyz") == List{"line_id:line.me/ti/p/xyz"});
}

TEST_CASE("LINE mentioned without an ID is not a contact detail") {
  CHECK(contacts("LINEスタンプのデザイン") == List{});
  CHECK(contacts("LINE stamp design") == List{});
  CHECK(contacts("オンラインで完結") == List{});
  CHECK(contacts("ガイドライン line") == List{});
  CHECK(contacts("deadline 2025") == List{});
  CHECK(contacts("online abc123") == List{});
  CHECK(contacts("ラインナップ abc123") == List{});
  CHECK(contacts("LINEでのやり取りは行いません") == List{});
}

TEST_CASE("messenger handles") {
  CHECK(contacts("Skype: live:taro.yamada") == List{"handle:Skype: live:taro.yamada"});
  CHECK(contacts("スカイプ名は taro_y です") == List{"handle:スカイプ名は taro_y"});
  CHECK(contacts("Telegram @fastjob88") == List{"handle:Telegram @fastjob88"});
  CHECK(contacts("https://t.me/fastjob") == List{"handle:https://t.me/fastjob"});
  CHECK(contacts("WhatsApp: +81 90-1234-5678") == List{"phone:+81 90-1234-5678"});
  CHECK(contacts("Discord abc#1234") == List{"handle:Discord abc#1234"});
  CHECK(contacts("チャットワークID：cw_taro") == List{"handle:チャットワークID：cw_taro"});
  CHECK(contacts("インスタ @hana.design") == List{"handle:インスタ @hana.design"});
  CHECK(contacts("instagram.com/hana") == List{"handle:instagram.com/hana"});
}

TEST_CASE("service names without an ID are not handles") {
  CHECK(contacts("Chatworkで日々の連絡をします") == List{});
  CHECK(contacts("Discordサーバーの運営") == List{});
  CHECK(contacts("インスタグラムの投稿作成") == List{});
  CHECK(contacts("Skype interview") == List{});
}

TEST_CASE("hit offsets are UTF-16 offsets into the original") {
  std::string text = "😀連絡：ＬＩＮＥ　ＩＤ：ａｂｃ１２";
  auto hits = find_contacts(text);
  REQUIRE(hits.size() == 1);
  CHECK(hits[0].start == 5);  // 😀 is 2 units, 連絡： 3
  CHECK(hits[0].end == 5 + 13);
  CHECK(hits[0].service == "line");
}

TEST_CASE("several hits come in text order without overlaps") {
  auto hits = find_contacts("mail 09012345678@docomo.ne.jp / tel 03-1234-5678 / https://lin.ee/x1");
  REQUIRE(hits.size() == 3);
  CHECK(hits[0].kind == ContactKind::email);
  CHECK(hits[1].kind == ContactKind::phone);
  CHECK(hits[2].kind == ContactKind::line_id);
  CHECK(hits[0].end <= hits[1].start);
}
