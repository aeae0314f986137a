// contact_info: valid and invalid examples.
#include "rule_examples.h"

using namespace proposal_test;

TEST_CASE("contact_info examples") {
  check_examples(
      "contact_info",
      {{application("ポートフォリオはこちらです。https://shimizu-web.example.org"), ""},
       {application("Chatworkでのやり取りにも対応できます。"), ""},
       {application("焼肉店：https://www.instagram.com/p/Cx0yakiniku01/"), ""},
       {application("I like the style of @hinoki_living because its captions are short."), ""}},
      {{application("LINEのほうが早いかと思いますので、ID：saki_0712 までお願いします。"), "saki_0712"},
       {application("インスタでDMもらえたら早く返せます！@kimura_tabi"), "@kimura_tabi"},
       {application("Xのほうが連絡つきやすいので、DMいただけると嬉しいです（@takagi_illust）"), "@takagi_illust"},
       {application("yoshida.writer(at)example.jpまでご連絡ください。"), "yoshida.writer"},
       {application("morita.illust（アット）example.co.jpまで"), "morita.illust"},
       {application("お電話は０９０ー１２３４ー５６７８まで。"), "１２３４"},
       {application("+81 90 5512 7730 にお電話ください。"), "5512"},
       {application("Discord：kawamura#4821"), "kawamura"},
       {application("料金表はお問い合わせフォーム（https://morimoto-office.jp/contact）からご請求ください。"),
        "morimoto-office.jp/contact"},
       {application("https://lin.ee/AbC12dE から追加してください。"), "lin.ee"}});
}
