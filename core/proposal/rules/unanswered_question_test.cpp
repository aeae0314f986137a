// unanswered_question: valid and invalid examples.
#include "rule_examples.h"

using namespace proposal_test;

TEST_CASE("unanswered_question examples") {
  std::string travel =
      "■応募時に教えてください\n・これまでの執筆実績（URLがあれば）\n・好きな旅行先とその理由\n・月に対応できる記事数";
  std::string hours = "応募の際は、稼働時間を教えてください。";
  check_examples(
      "unanswered_question",
      {{application("【好きな旅行先】\n長崎です。港の景色が好きだからです。\n【執筆実績】\n温泉地の紹介記事を40本執筆し"
                    "ました。\n月8本程度を想定しております。"),
        "", travel},
       {application("平日は1日4時間作業できます。"), "", hours},
       {application("よろしくお願いいたします。"), ""}},  // no job post: the check does not run
      {{application("好きな旅行先は石垣島です。\n温泉地の紹介記事を40本執筆しました。\n月8本程度を想定しております。"),
        "その理由", travel},
       {application("好きな旅行先は石垣島です。海が好きだからです。\n月8本程度を想定しております。"),
        "これまでの執筆実績（URLがあれば）", travel},
       {application("記事を15本ほど執筆しました。好きな旅行先は京都です。寺が好きだからです。"), "月に対応できる記事数",
        travel},
       {application("丁寧に作業いたします。"), "稼働時間", hours}});
}
