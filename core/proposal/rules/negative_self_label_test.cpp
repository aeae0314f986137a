// negative_self_label: valid and invalid examples.
#include "rule_examples.h"

using namespace proposal_test;

TEST_CASE("negative_self_label examples") {
  check_examples("negative_self_label",
                 {{application("「初心者歓迎」とありましたので応募いたしました。"), ""},
                  {application("初心者でも読みやすい記事を心がけています。"), ""},
                  {application("事務職から未経験でデザインの世界に入り、今年で4年目になります。"), ""},
                  {application("接客業から未経験で事務職に転職し、今年で事務歴6年目です。"), ""},
                  {application("パソコンに不慣れな方にも伝わる説明が得意です。"), ""}},
                 {{application("パソコン初心者ですが、がんばります。"), "初心者ですが"},
                  {application("データ入力は未経験なので不安ですが頑張ります。"), "未経験なので"},
                  {application("まだ経験が浅く、ご迷惑をおかけするかもしれません。"), "経験が浅く"},
                  {application("英語はあまり自信はありませんが、丁寧に作業いたします。"), "自信はありません"},
                  {application("至らない点も多いかと思いますが、よろしくお願いいたします。"), "至らない点"},
                  {application("デザインはまだ勉強中の身ですが応募しました。"), "勉強中の身"},
                  {"Hello,\nI'm still a beginner, but I learn fast.\nThank you.", "I'm still a beginner"}});
}
