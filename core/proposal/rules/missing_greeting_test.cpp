// missing_greeting: valid and invalid examples.
#include "rule_examples.h"

using namespace proposal_test;

TEST_CASE("missing_greeting examples") {
  check_examples("missing_greeting",
                 {{"はじめまして。佐藤です。\nよろしくお願いします。", ""},
                  {"山田様\n\n記事の件でご連絡しました。\nよろしくお願いします。", ""},
                  {"Hello,\nMy name is Aya.\nThank you.", ""},
                  {"Dear Hiring Manager,\nI am a designer.\nBest regards,", ""}},
                 {{"記事作成の募集を拝見しました。\nよろしくお願いします。", ""},
                  {"ロゴ制作実績は40件以上あります。\nよろしくお願いいたします。", ""}});
}
