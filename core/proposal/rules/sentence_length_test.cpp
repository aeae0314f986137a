// sentence_length: valid and invalid examples.
#include "rule_examples.h"

using namespace proposal_test;

TEST_CASE("sentence_length examples") {
  std::string long_sentence = "私は" + std::string(60, 'a') + "の記事を" + std::string(60, 'b') + "書いています。";
  check_examples(
      "sentence_length",
      {{application("短い文です。"), ""}, {application(long_sentence), "", "", {{"max_sentence_length", 200}}}},
      {{application(long_sentence), "私は"},
       {application("平日は毎日作業できます。"), "平日", "", {{"max_sentence_length", 5}}}});
}
