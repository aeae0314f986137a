// placeholder: valid and invalid examples.
#include "rule_examples.h"

using namespace proposal_test;

TEST_CASE("placeholder examples") {
  check_examples("placeholder",
                 {{application("【実績】\n美容記事を30本納品しました。"), ""},
                  {application("【氏名】佐藤花子"), ""},
                  {application("○ 平日可、3×4のバナーも作れます。サイズはXXLまで。"), ""},
                  {application("改行には<br>タグを使います。"), ""}},
                 {{"〇〇様\nはじめまして。", "〇〇"},
                  {application("お名前は××です。"), "××"},
                  {"XX様\nはじめまして。", "XX"},
                  {"＜会社名＞ご担当者様\nはじめまして。", "＜会社名＞"},
                  {"〈 〉様\nはじめまして。", "〈 〉"},
                  {"〈担当者名〉様\nはじめまして。", "〈担当者名〉"},
                  {application("{name}様、はじめまして。"), "{name}"},
                  {application("【ここに実績】"), "【ここに実績】"},
                  {application("（ここに記入）"), "（ここに記入）"},
                  {application("【要記入：これまでの実績】"), "【要記入：これまでの実績】"},
                  {application("希望単価は＜単価＞円です。"), "＜単価＞"}});
}
