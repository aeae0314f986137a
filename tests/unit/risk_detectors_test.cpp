// One block per detector: a realistic positive with its evidence, and
// look-alikes that must stay silent.
#include <doctest/doctest.h>

#include <set>
#include <string>

#include "core/api/api.h"
#include "json_door.h"

using json_door::json;

namespace {

json run(json input) { return json_door::call(gigcheck::api::risk, input); }

json post(const std::string& description, json extra = json::object()) {
  json input = {{"job", {{"description", description}}}};
  input.merge_patch(extra);
  return run(input);
}

json with_messages(const std::string& description, std::initializer_list<std::string> messages,
                   const char* stage = "before_contract") {
  json list = json::array();
  for (const auto& m : messages) list.push_back(m);
  return run({{"stage", stage}, {"job", {{"description", description}}}, {"messages", list}});
}

const json* find_signal(const json& out, const std::string& id) {
  for (const json& s : out["signals"])
    if (s["id"] == id) return &s;
  return nullptr;
}

bool has(const json& out, const std::string& id) { return find_signal(out, id) != nullptr; }

std::set<std::string> evidence_texts(const json& out, const std::string& id) {
  std::set<std::string> texts;
  if (const json* s = find_signal(out, id))
    for (const json& e : (*s)["evidence"]) texts.insert(e["text"].get<std::string>());
  return texts;
}

// A concrete post, so that vague_description stays out of the way.
const std::string concrete = "ブログ記事の執筆、1記事3,000文字で5,000円、納期1週間、Googleドキュメントで納品。";

}  // namespace

TEST_CASE("off_platform_contact: LINE lures, contact details, payment outside") {
  // The evidence is the request, from the channel to the words that ask for it.
  json out = post(concrete + "詳細は公式LINEでお伝えします。");
  REQUIRE(has(out, "off_platform_contact"));
  CHECK(evidence_texts(out, "off_platform_contact").count("詳細は公式LINE") == 1);

  out = with_messages(concrete, {"今後はＬＩＮＥで。ＩＤ：ｙｕｋｉ＿０１ を追加してください"});
  CHECK(evidence_texts(out, "off_platform_contact").count("ＬＩＮＥで。ＩＤ：ｙｕｋｉ＿０１ を追加してください") == 1);
  CHECK(evidence_texts(out, "off_platform_contact").count("ＩＤ：ｙｕｋｉ＿０１") == 0);  // inside the request: dropped
  CHECK(has(with_messages(concrete, {"ラ イ ン で連絡ください"}), "off_platform_contact"));
  CHECK(has(with_messages(concrete, {"ﾗｲﾝ追加お願いします"}), "off_platform_contact"));
  CHECK(has(with_messages(concrete, {"資料は taro(at)example.com へ"}), "off_platform_contact"));
  CHECK(has(with_messages(concrete, {"お電話は 090-1234-5678 まで"}), "off_platform_contact"));
  CHECK(has(with_messages(concrete, {"Telegram @quickjob88 に連絡を"}), "off_platform_contact"));
  // Payment outside the platform counts at every stage.
  CHECK(has(with_messages(concrete, {"手数料がもったいないので直接お振込みにしませんか"}, "after_delivery"),
            "off_platform_contact"));
}

TEST_CASE("off_platform_contact look-alikes stay silent") {
  CHECK_FALSE(has(post("LINEスタンプ8個のイラスト制作、24,000円、PNGで納品、納期3週間。"), "off_platform_contact"));
  CHECK_FALSE(has(post("LINE広告用のバナーを5点、15,000円、PNGで納品、納期1週間。"), "off_platform_contact"));
  CHECK_FALSE(has(post("飲食店の公式LINEの運用代行、月30,000円、配信文はGoogleドキュメントで納品、毎週。"),
                  "off_platform_contact"));
  CHECK_FALSE(has(post(concrete + "LINEでのやり取りは一切行いません。"), "off_platform_contact"));
  CHECK_FALSE(has(post(concrete + "LINE登録を求める詐欺にご注意ください。"), "off_platform_contact"));
  CHECK_FALSE(has(post(concrete + "契約後の連絡はChatworkを使用します。"), "off_platform_contact"));
  CHECK_FALSE(
      has(post(concrete + "オンラインで完結します。ガイドラインに沿って執筆してください。"), "off_platform_contact"));
  // After the contract a work chat is fine; the stage says so.
  CHECK_FALSE(
      has(with_messages(concrete, {"今後はChatworkで連絡しましょう"}, "after_contract"), "off_platform_contact"));
  CHECK_FALSE(has(post(concrete + "参考サイト: https://example.com/guide"), "off_platform_contact"));
}

TEST_CASE("work_before_escrow: unpaid tests, work before the contract, escrow after delivery") {
  CHECK(has(post(concrete + "選考としてテストライティング（無報酬）をお願いします。"), "work_before_escrow"));
  json out = with_messages(concrete, {"契約前にテスト記事を1本書いて提出してください。"});
  REQUIRE(has(out, "work_before_escrow"));
  CHECK(evidence_texts(out, "work_before_escrow").count("契約前") == 1);
  CHECK(has(with_messages(concrete, {"仮払いは納品後に行います。"}, "after_contract"), "work_before_escrow"));
  CHECK(has(with_messages(concrete, {"納品後に仮払いします。"}, "after_contract"), "work_before_escrow"));
  CHECK(has(with_messages(concrete, {"まず先に1記事書いていただけますか"}), "work_before_escrow"));
}

TEST_CASE("work_before_escrow look-alikes: paid trials and normal escrow") {
  CHECK_FALSE(
      has(post(concrete + "まずは有償トライアルとして1記事（報酬あり）をお願いします。"), "work_before_escrow"));
  CHECK_FALSE(has(post(concrete + "テストライティングは契約後に有償で行います。"), "work_before_escrow"));
  CHECK_FALSE(has(post(concrete + "仮払い確認後に作業を開始してください。"), "work_before_escrow"));
  CHECK_FALSE(has(post(concrete + "契約前の作業は一切ありません。"), "work_before_escrow"));
  CHECK_FALSE(has(post(concrete + "納品後、検収が完了し次第お支払いが確定します。"), "work_before_escrow"));
  CHECK_FALSE(
      has(post("Webアプリのテスト自動化コード作成、60,000円、GitHubで納品、納期3週間。"), "work_before_escrow"));
  // Not a stage where it applies.
  CHECK_FALSE(has(with_messages(concrete, {"仮払いは納品後に行います。"}, "after_delivery"), "work_before_escrow"));
}

TEST_CASE("pre_contract_interview: calls and interviews before the contract") {
  json out = with_messages(concrete, {"採用前にZoomで30分ほど面談させてください。"});
  REQUIRE(has(out, "pre_contract_interview"));
  CHECK(evidence_texts(out, "pre_contract_interview") == std::set<std::string>{"Zoom", "面談"});
  CHECK(has(with_messages(concrete, {"契約前に一度Skypeでお話しできればと思います。"}), "pre_contract_interview"));
  CHECK(has(post(concrete + "応募者全員とお電話で面接を行います。"), "pre_contract_interview"));
}

TEST_CASE("pre_contract_interview look-alikes: Zoom as the subject, meetings after the contract") {
  CHECK_FALSE(
      has(post("Zoom会議の録画（60分）の文字起こし、6,000円、Wordで納品、納期5日。"), "pre_contract_interview"));
  CHECK_FALSE(has(post(concrete + "契約後は週1回Zoomで定例ミーティングを行います。"), "pre_contract_interview"));
  CHECK_FALSE(has(post(concrete + "面談はありません。メッセージのみで完結します。"), "pre_contract_interview"));
  CHECK_FALSE(
      has(post("転職の面接対策の記事、1本7,000円、Googleドキュメントで納品、納期10日。"), "pre_contract_interview"));
  CHECK_FALSE(has(with_messages(concrete, {"Zoomで面談させてください。"}, "after_contract"), "pre_contract_interview"));
}

TEST_CASE("personal_info_request and its look-alikes") {
  json out = post(concrete + "応募時に、ご住所と生年月日を必ずご記載ください。");
  REQUIRE(has(out, "personal_info_request"));
  CHECK(evidence_texts(out, "personal_info_request").count("ご住所と生年月日を必ずご記載ください") == 1);
  CHECK(has(with_messages(concrete, {"運転免許証の写真を送ってください。"}), "personal_info_request"));
  CHECK(has(with_messages(concrete, {"口座番号を教えてください。"}), "personal_info_request"));
  CHECK_FALSE(has(post("顧客名簿の住所をExcelに入力する作業、1件40円、納期2週間。"), "personal_info_request"));
  CHECK_FALSE(has(post(concrete + "当方から住所や電話番号をお聞きすることはありません。"), "personal_info_request"));
  CHECK_FALSE(has(post(concrete + "電話番号確認済みの方を優先します。"), "personal_info_request"));
}

TEST_CASE("upfront_fee and its look-alikes") {
  CHECK(has(post(concrete + "お仕事開始前に登録料5,000円をお振込みいただきます。"), "upfront_fee"));
  CHECK(has(post(concrete + "まずは専用マニュアルを購入していただきます。"), "upfront_fee"));
  CHECK(has(post(concrete + "初期費用として教材費9,800円が必要です。"), "upfront_fee"));
  CHECK_FALSE(has(post(concrete + "初期費用は一切かかりません。"), "upfront_fee"));
  CHECK_FALSE(has(post(concrete + "登録料は無料です。"), "upfront_fee"));
  CHECK_FALSE(has(post(concrete + "マニュアルはこちらでご用意します。ツール代は弊社負担です。"), "upfront_fee"));
}

TEST_CASE("onsite_work and its look-alikes") {
  CHECK(has(post(concrete + "渋谷のオフィスに週3日出社していただきます。"), "onsite_work"));
  CHECK(has(post(concrete + "客先常駐（大手町）での勤務です。"), "onsite_work"));
  CHECK(has(post(concrete + "半常駐（週2日）をお願いします。"), "onsite_work"));
  CHECK_FALSE(has(post(concrete + "フルリモート、出社不要です。"), "onsite_work"));
  CHECK_FALSE(has(post(concrete + "完全在宅で出社はありません。"), "onsite_work"));
}

TEST_CASE("mass_hiring: the field, words and head counts; exact boundary at 50") {
  CHECK(has(post(concrete, {{"job", {{"hires_planned", 50}}}}), "mass_hiring"));
  CHECK_FALSE(has(post(concrete, {{"job", {{"hires_planned", 49}}}}), "mass_hiring"));
  CHECK(has(post(concrete + "100名募集します。"), "mass_hiring"));
  CHECK(has(post(concrete + "【大量募集】"), "mass_hiring"));
  CHECK_FALSE(has(post(concrete + "ライター10名募集。"), "mass_hiring"));
  CHECK_FALSE(has(post(concrete + "49名募集。"), "mass_hiring"));
  CHECK(has(post(concrete + "50名募集。"), "mass_hiring"));
}

TEST_CASE("vague_description: deferred details and missing facts") {
  json out = post("簡単な作業です。詳細は契約後にお伝えします。");
  REQUIRE(has(out, "vague_description"));
  CHECK(evidence_texts(out, "vague_description").count("詳細は契約後") == 1);
  CHECK(has(post("副業に興味がある方。詳しくはLINEで。"), "vague_description"));
  CHECK_FALSE(has(post(concrete), "vague_description"));
  CHECK_FALSE(has(post("We need a translator. 1ワード8円, 8,000 words, deliver in Word format within two weeks."),
                  "vague_description"));
}

TEST_CASE("too_good_to_be_true and its look-alikes") {
  CHECK(has(post("スマホ1台で月収50万円も可能！未経験歓迎。"), "too_good_to_be_true"));
  CHECK(has(post(concrete + "誰でも簡単にできるお仕事です。"), "too_good_to_be_true"));
  CHECK(has(post("初心者でも月収30万円を目指せます。"), "too_good_to_be_true"));
  CHECK_FALSE(has(post("初心者でも月収29万円を目指せます。"), "too_good_to_be_true"));  // below 30万: no claim
  CHECK_FALSE(has(post("Reactエンジニア、月額60万円（週5日稼働）、GitHubで納品、期間3か月。"), "too_good_to_be_true"));
  CHECK_FALSE(
      has(post("新商品のコピーライティング、20案で20,000円、テキストで納品、納期5日。"), "too_good_to_be_true"));
}

TEST_CASE("identity_unverified, low_rating: structured fields, unknown never counts") {
  CHECK(has(post(concrete, {{"client", {{"identity_verified", false}}}}), "identity_unverified"));
  CHECK_FALSE(has(post(concrete, {{"client", {{"identity_verified", true}}}}), "identity_unverified"));
  CHECK_FALSE(has(post(concrete), "identity_unverified"));

  json low = post(concrete, {{"client", {{"rating", 3.9}, {"rating_count", 10}}}});
  REQUIRE(has(low, "low_rating"));
  CHECK((*find_signal(low, "low_rating"))["severity"] == "medium");
  json mild = post(concrete, {{"client", {{"rating", 4.0}, {"rating_count", 10}}}});
  REQUIRE(has(mild, "low_rating"));
  CHECK((*find_signal(mild, "low_rating"))["severity"] == "low");
  CHECK_FALSE(has(post(concrete, {{"client", {{"rating", 4.5}, {"rating_count", 10}}}}), "low_rating"));
  CHECK_FALSE(has(post(concrete, {{"client", {{"rating", 2.0}, {"rating_count", 2}}}}), "low_rating"));  // too few
}

TEST_CASE("negative_reviews reads the review text") {
  json out =
      post(concrete, {{"client", {{"reviews", {"返事が遅く、支払いも遅れました。", "連絡が取れなくなりました。"}}}}});
  REQUIRE(has(out, "negative_reviews"));
  CHECK((*find_signal(out, "negative_reviews"))["evidence"][0]["source"] == "client.reviews[0]");
  CHECK_FALSE(has(post(concrete, {{"client", {{"reviews", {"丁寧で返事が早く、安心してお仕事できました。"}}}}}),
                  "negative_reviews"));
  CHECK_FALSE(has(post(concrete, {{"client", {{"reviews", {"返事が遅いこともなく、気持ちよく仕事ができました。"}}}}}),
                  "negative_reviews"));
}

TEST_CASE("slow_replies: reply hours with exact boundaries, and announced slowness") {
  CHECK_FALSE(has(post(concrete, {{"client", {{"reply_hours", 24}}}}), "slow_replies"));
  json late = post(concrete, {{"client", {{"reply_hours", 25}}}});
  REQUIRE(has(late, "slow_replies"));
  CHECK((*find_signal(late, "slow_replies"))["severity"] == "low");
  // A weak sign at any delay: it adds up to 中 only with another one (docs/risk.md, "Levels").
  CHECK((*find_signal(post(concrete, {{"client", {{"reply_hours", 73}}}}), "slow_replies"))["severity"] == "low");
  CHECK(has(with_messages(concrete, {"本業が忙しく、返信は週1回程度になります。"}), "slow_replies"));
  CHECK(has(with_messages(concrete, {"1週間ほど確認できていませんでした、申し訳ありません。"}), "slow_replies"));
  CHECK(has(with_messages(concrete, {"連絡は週に1回程度です。"}), "slow_replies"));
  CHECK(has(with_messages(concrete, {"Sorry, I didn't check messages for almost two weeks."}), "slow_replies"));
  CHECK(has(post(concrete, {{"client", {{"reviews", {"返信が1週間以上来ないことがありました。"}}}}}), "slow_replies"));
  // Promises and deadlines are not delays.
  CHECK_FALSE(has(with_messages(concrete, {"3日以内にご返信します。"}), "slow_replies"));
  CHECK_FALSE(has(with_messages(concrete, {"返信が遅くなり申し訳ありません。"}), "slow_replies"));
  CHECK_FALSE(
      has(post(concrete, {{"client", {{"reviews", {"検収が遅く、支払いまで1か月かかりました。"}}}}}), "slow_replies"));
}

TEST_CASE("low_pay: the hourly arithmetic is in the message") {
  json out = post("レビュー記事、文字単価0.5円、3,000文字、納期3日、Wordで納品。");
  REQUIRE(has(out, "low_pay"));
  std::string message = (*find_signal(out, "low_pay"))["message"];
  CHECK(message.find("文字単価0.5円 × 1時間に書ける目安1,500文字 = 時給換算 約750円") != std::string::npos);
  CHECK(message.find("1,121円") != std::string::npos);
  CHECK(message.find("1,023円") != std::string::npos);  // and the lowest prefecture's figure
  CHECK(evidence_texts(out, "low_pay").count("文字単価0.5円") == 1);
  CHECK_FALSE(has(post("レビュー記事、文字単価1円、3,000文字、納期3日、Wordで納品。"), "low_pay"));  // 1,500円/h
  // The best offer decides.
  CHECK_FALSE(has(post("文字単価0.5円〜1円、3,000文字、納期3日、Wordで納品。"), "low_pay"));
}

// ---- the clause grammar (docs/risk.md, "Clause grammar") -------------------

TEST_CASE("grammar: evasions of the channel name and the contact detail") {
  for (const char* message : {
           "詳しくはらいんで話しましょう。追加お願いします",  // hiragana
           "緑のアプリで連絡ください",                        // euphemism
           "例のアプリでやり取りしましょう",
           "QRコードで友だち追加してください",
           "IDは＠から sakura_0000 です。追加してね",
           "gmail（アット）example.com までご連絡ください",
           "0 9 0 1 2 3 4 5 6 7 8 に電話ください",  // spaced digits
           "lin.ee/Ab3xYz9 から登録お願いします",
           "テレグラムで連絡ください",
           "カカオトークでお願いします。ID：kk_0000",
           "Add me on WhatsApp: +81 90 0000 1234",
           "Please DM me on Instagram @promo_0000",
           "Let's continue on Telegram, my handle is @quick_job",
       })
    CHECK_MESSAGE(has(with_messages(concrete, {message}), "off_platform_contact"), message);
}

TEST_CASE("grammar: the deliverable's topic is not a request") {
  for (const char* description : {
           "LINEスタンプ（8個）のイラスト制作をお願いします。報酬24,000円、PNG形式、納期3週間。",
           "Googleスプレッドシートの予約表から、前日にLINEで通知を送る仕組みをGASで作ってください。報酬25,"
           "000円、納期10日。",
           "マイナンバーカードの申請方法について解説する記事を書いてください。3,000字、6,000円、納期5日。",
           "常駐ソフトの選び方と、メモリ常駐の仕組みを解説する記事。4,000字、8,000円、納期1週間。",
           "【テーマ】敷金・礼金・保証金の違い。文字数4,000字、報酬8,000円、納期1週間。",
           "問い合わせフォームの実装。項目：お名前・メールアドレス・電話番号・お問い合わせ内容。報酬25,"
           "000円、納期1週間。",
           "Write a 1,500-word guide: how teachers can use Zoom breakout rooms. $120 for the article. Deadline: 10 "
           "days.",
           "Write an explainer on money-mule recruiting: parcel reshipping, cash pickup, Telegram-only contact, ID "
           "photos requested up front. $150, due in one week.",
       }) {
    json out = post(description);
    CHECK_MESSAGE(out["level"] == "low", description);
  }
  // A scam-awareness article may quote the lure's words.
  CHECK(post("「登録料が必要」という案件を避けるべき理由をまとめたガイド記事。3,000字、6,000円、納期5日。")["signals"]
            .empty());
}

TEST_CASE("grammar: denials and permission") {
  CHECK_FALSE(has(post(concrete + "初期費用・登録料は一切かかりません。"), "upfront_fee"));
  CHECK_FALSE(has(post(concrete + "出社は不要です。完全在宅です。"), "onsite_work"));
  CHECK_FALSE(has(post(concrete + "We will never ask you to move to LINE or e-mail."), "off_platform_contact"));
  CHECK_FALSE(has(post(concrete + "No interview; we decide based on proposals."), "pre_contract_interview"));
  CHECK_FALSE(has(with_messages(concrete, {"当方は外部ツール（LINE・メール等）でのやり取りは行っておりません。"}),
                  "off_platform_contact"));
}

TEST_CASE("grammar: English requests for every high-harm signal") {
  CHECK(has(with_messages(concrete, {"Before I can hire you, please send a scan of your passport."}),
            "personal_info_request"));
  CHECK(has(post(concrete + "To get started, purchase our Starter Kit ($49)."), "upfront_fee"));
  CHECK(has(post(concrete + "Able to work at our Shibuya office Mon-Fri."), "onsite_work"));
  CHECK(has(with_messages(concrete, {"I can't fund the milestone until next week. Please start today."}),
            "work_before_escrow"));
  CHECK(has(
      with_messages(concrete, {"Let's skip the CrowdWorks fees, I'll pay you via PayPal directly."}, "after_delivery"),
      "off_platform_contact"));
  CHECK(has(post(concrete + "Before the contract every candidate has a 20-minute video interview."),
            "pre_contract_interview"));
}

TEST_CASE("grammar: paraphrases of work before escrow, and escrow done") {
  CHECK(has(with_messages(concrete, {"先に成果物を送っていただけますか？確認してから契約します。"}),
            "work_before_escrow"));
  CHECK(has(with_messages(concrete, {"仮払いはせずに、納品後に直接お振込みします。"}), "work_before_escrow"));
  CHECK(has(with_messages(concrete, {"仮払いは来週になりますが、今日から作業をお願いします。"}), "work_before_escrow"));
  CHECK_FALSE(
      has(with_messages(concrete, {"仮払いが完了しました。本日から作業開始をお願いいたします。"}, "after_contract"),
          "work_before_escrow"));
}

TEST_CASE("levels: one high-harm signal is 高, weaker ones add up to 中") {
  CHECK(with_messages(concrete, {"報酬のお振込みのため、口座番号を教えてください。"})["level"] == "high");
  CHECK(with_messages(concrete, {"マイナンバーカードの画像を送ってください。"})["level"] == "high");
  CHECK(post(concrete + "勤務形態：客先常駐（週5日）")["level"] == "high");
  json low_pay = post("画像のタグ付け。1枚10円・1枚5分。Excelで納品、納期1週間。");
  CHECK(has(low_pay, "low_pay"));
  CHECK(low_pay["level"] == "medium");
  // Two weak signs are 中; one is 低.
  CHECK(post(concrete, {{"job", {{"hires_planned", 100}}}, {"client", {{"identity_verified", false}}}})["level"] ==
        "medium");
  CHECK(post(concrete, {{"client", {{"identity_verified", false}}}})["level"] == "low");
}

TEST_CASE("new signals: 闇バイト, ステマ, 情報商材") {
  json yami = post(
      "【ホワイト案件】荷物を受け取って指定の住所へ送るだけ。日給5万円、即日払い。連絡はテレグラムのみ。応募時に身分証"
      "の写真を送ってください。");
  REQUIRE(has(yami, "illegal_recruitment"));
  std::string advice = (*find_signal(yami, "illegal_recruitment"))["advice"];
  CHECK(advice.find("#9110") != std::string::npos);
  CHECK(advice.find("身分証") != std::string::npos);
  CHECK(has(with_messages(concrete, {"報酬の受け取り用に、あなた名義の口座をしばらく貸していただけませんか？"}),
            "illegal_recruitment"));
  CHECK_FALSE(has(post("高校生向け闇バイト防止の啓発動画の台本。「受け子」「出し子」に誘われる流れを描く。報酬25,"
                       "000円、納期2週間。"),
                  "illegal_recruitment"));

  json stema = post("Googleマップに★5の口コミを投稿してください。来店は不要です。1件300円。");
  REQUIRE(has(stema, "stealth_marketing"));
  CHECK((*find_signal(stema, "stealth_marketing"))["message"].get<std::string>().find("景品表示法") !=
        std::string::npos);
  CHECK(has(post("Amazonで★5レビューを投稿。レビューにPRとは書かないでください。報酬500円。"), "stealth_marketing"));
  CHECK_FALSE(has(post("体験レポート記事。冒頭に【PR】と明記してください。2,500字、8,000円、納期1週間。"),
                  "stealth_marketing"));

  CHECK(has(post("簡単アンケート（1分）報酬50円。回答後、公式LINEに登録して特典を受け取ってください。無料セミナーにもご"
                 "招待します。"),
            "info_product_lure"));
  CHECK_FALSE(has(post("90分の無料ウェビナーの録画を8本の短い動画に編集してください。40,000円、納期10日。"),
                  "info_product_lure"));
}

TEST_CASE("pasted job pages fill the optional fields") {
  json out = post(
      "データ入力のお仕事です。1件30円、Excel納品、納期1週間。\n募集人数　60名\n本人確認　未提出\n評価　3.2（12件）");
  CHECK(has(out, "mass_hiring"));
  CHECK(has(out, "identity_unverified"));
  CHECK(has(out, "low_rating"));
  CHECK(evidence_texts(out, "identity_unverified").count("本人確認　未提出") == 1);
  // A field the user typed wins over the pasted text.
  CHECK_FALSE(has(post("募集人数　60名\n" + concrete, {{"job", {{"hires_planned", 3}}}}), "mass_hiring"));
  CHECK_FALSE(has(post(concrete + "\n本人確認　済み"), "identity_unverified"));
}

TEST_CASE("vague_description says what is missing and stays silent on a concrete post") {
  json out = post("お手伝いしてくれる方を探しています！気軽にご応募ください。");
  REQUIRE(has(out, "vague_description"));
  CHECK((*find_signal(out, "vague_description"))["message"].get<std::string>().find("報酬・納期・納品形式") !=
        std::string::npos);
  CHECK_FALSE(has(post("会社紹介動画（3分）の編集／40,000円／納期2週間／MP4納品"), "vague_description"));
  CHECK_FALSE(has(post("ネットショップの受注メール対応をお願いします。時給1,200円。"), "vague_description"));
}
