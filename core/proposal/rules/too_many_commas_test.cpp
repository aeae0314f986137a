// too_many_commas: valid and invalid examples.
#include "rule_examples.h"

using namespace proposal_test;

TEST_CASE("too_many_commas examples") {
  check_examples("too_many_commas",
                 {{application("得意なジャンルは美容、健康、旅行、料理、育児です。"), ""},
                  {application("私は、東京で、毎日、記事を書いています。"), ""}},
                 {{application("私は、東京で、毎日のように、丁寧に、記事を書いています。"), "、"},
                  {application("私は、東京で、記事を書いています。"), "、", "", {{"max_commas", 1}}}});
}
