// missing_closing: valid and invalid examples.
#include "rule_examples.h"

using namespace proposal_test;

TEST_CASE("missing_closing examples") {
  check_examples("missing_closing",
                 {{"はじめまして。佐藤です。\nご検討のほど、よろしくお願いいたします。\n佐藤", ""},
                  {"はじめまして。森です。\n編集歴は4年です。\nぜひご検討ください。", ""},
                  {"Hello,\nI can start Monday.\nI look forward to hearing from you.\nMika", ""}},
                 {{"はじめまして。佐藤です。\n平日10時から作業できます。", ""},
                  {"よろしくお願いします。\nはじめまして。\n" + std::string(220, 'a'), ""}});
}
