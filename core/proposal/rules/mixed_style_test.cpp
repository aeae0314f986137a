// mixed_style: valid and invalid examples.
#include "rule_examples.h"

using namespace proposal_test;

TEST_CASE("mixed_style examples") {
  check_examples("mixed_style",
                 {{application("記事を30本納品しました。納期は必ず守ります。"), ""},
                  {application("・SEO記事の作成を担当した\n・取材記事を執筆した"), ""},
                  {"はじめまして。佐藤である。3年活動してきた。よろしくお願いいたします。", ""}},
                 {{application("Canvaは2年ほど使っている。月に15枚まで対応できます。丁寧に作業します。"), "いる"},
                  {application("週に2本は書ける。丁寧に作業します。よろしくお願いします。納期を守ります。"), "る"},
                  {application("パソコンは毎日使ってる。丁寧に作業します。納期を守ります。"), "る"}});
}
