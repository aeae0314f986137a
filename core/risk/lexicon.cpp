#include "core/risk/lexicon.h"

#include <algorithm>
#include <string_view>

#include "core/text/matcher.h"
#include "core/text/normalize.h"

namespace gigcheck::risk {

namespace {

struct Term {
  Tag tag;
  // Normalized form: lower-case ASCII, full-width kana. UTF-16, as every term
  // is in the BMP (checked below): half the bytes of UTF-32 in the module.
  std::u16string_view text;
};

// Every word the detectors know, by meaning. Written in normalized form
// (core/text/normalize.h): ＬＩＮＥ, ﾗｲﾝ and L I N E all arrive as "line"/"ライン".
constexpr Term terms[] = {
    // Personal channels outside the platform.
    {Tag::messenger, u"line"}, {Tag::messenger, u"ライン"}, {Tag::messenger, u"公式line"},
    {Tag::messenger, u"公式ライン"}, {Tag::messenger, u"line@"}, {Tag::messenger, u"lineアカウント"},
    {Tag::messenger, u"telegram"}, {Tag::messenger, u"テレグラム"}, {Tag::messenger, u"whatsapp"},
    {Tag::messenger, u"instagram"}, {Tag::messenger, u"インスタ"}, {Tag::messenger, u"インスタグラム"},
    {Tag::messenger, u"メール"}, {Tag::messenger, u"メールアドレス"}, {Tag::messenger, u"メアド"},
    {Tag::messenger, u"e-mail"}, {Tag::messenger, u"email"}, {Tag::messenger, u"gmail"},
    {Tag::messenger, u"個人アドレス"}, {Tag::messenger, u"携帯"}, {Tag::messenger, u"snsのdm"},
    {Tag::messenger, u"dm"}, {Tag::messenger, u"カカオ"}, {Tag::messenger, u"外部ツール"},
    {Tag::messenger, u"外部のツール"}, {Tag::messenger, u"外部サイト"}, {Tag::messenger, u"連絡先"},
    {Tag::messenger, u"オープンチャット"}, {Tag::messenger, u"グループチャット"},
    // Work chat tools: fine after the contract.
    {Tag::work_tool, u"chatwork"}, {Tag::work_tool, u"チャットワーク"}, {Tag::work_tool, u"slack"},
    {Tag::work_tool, u"スラック"}, {Tag::work_tool, u"discord"}, {Tag::work_tool, u"ディスコード"},
    {Tag::work_tool, u"skype"}, {Tag::work_tool, u"スカイプ"},
    // Moving the conversation there.
    {Tag::contact_action, u"追加"}, {Tag::contact_action, u"登録"}, {Tag::contact_action, u"友だち"},
    {Tag::contact_action, u"友達"}, {Tag::contact_action, u"連絡"}, {Tag::contact_action, u"やり取り"},
    {Tag::contact_action, u"やりとり"}, {Tag::contact_action, u"移行"}, {Tag::contact_action, u"移動"},
    {Tag::contact_action, u"移って"}, {Tag::contact_action, u"qr"}, {Tag::contact_action, u"招待"},
    {Tag::contact_action, u"教えて"}, {Tag::contact_action, u"送って"}, {Tag::contact_action, u"送ります"},
    {Tag::contact_action, u"お送り"}, {Tag::contact_action, u"送付"}, {Tag::contact_action, u"交換"},
    {Tag::contact_action, u"詳細"}, {Tag::contact_action, u"詳しく"}, {Tag::contact_action, u"直接"},
    {Tag::contact_action, u"参加"}, {Tag::contact_action, u"申請"}, {Tag::contact_action, u"案内"},
    {Tag::contact_action, u"id"}, {Tag::contact_action, u"返信"}, {Tag::contact_action, u"お問い合わせ"},
    {Tag::contact_action, u"問い合わせ"}, {Tag::contact_action, u"メッセージください"},
    // Calls and interviews.
    {Tag::call_tool, u"zoom"}, {Tag::call_tool, u"ズーム"}, {Tag::call_tool, u"google meet"},
    {Tag::call_tool, u"googlemeet"}, {Tag::call_tool, u"meet"}, {Tag::call_tool, u"teams"},
    {Tag::call_tool, u"電話"}, {Tag::call_tool, u"通話"}, {Tag::call_tool, u"ビデオ通話"},
    {Tag::call_tool, u"web会議"}, {Tag::call_tool, u"オンライン会議"},
    {Tag::interview, u"面談"}, {Tag::interview, u"面接"}, {Tag::interview, u"web面談"},
    {Tag::interview, u"オンライン面談"}, {Tag::interview, u"顔合わせ"}, {Tag::interview, u"説明会"},
    {Tag::interview, u"オンライン面接"}, {Tag::interview, u"web面接"}, {Tag::interview, u"カジュアル面談"},
    {Tag::meeting, u"打ち合わせ"}, {Tag::meeting, u"打合せ"}, {Tag::meeting, u"ミーティング"},
    {Tag::meeting, u"オンラインミーティング"}, {Tag::meeting, u"お話し"}, {Tag::meeting, u"お話を"},
    {Tag::meeting, u"ヒアリング"}, {Tag::meeting, u"話しましょう"}, {Tag::meeting, u"お話できれば"},
    // Tools as the subject of the work.
    {Tag::work_subject, u"lineスタンプ"}, {Tag::work_subject, u"スタンプ"}, {Tag::work_subject, u"広告"},
    {Tag::work_subject, u"運用"}, {Tag::work_subject, u"配信"}, {Tag::work_subject, u"構築"},
    {Tag::work_subject, u"開設"}, {Tag::work_subject, u"集客"}, {Tag::work_subject, u"分析"},
    {Tag::work_subject, u"リッチメニュー"}, {Tag::work_subject, u"マンガ"}, {Tag::work_subject, u"漫画"},
    {Tag::work_subject, u"文字起こし"}, {Tag::work_subject, u"書き起こし"}, {Tag::work_subject, u"テープ起こし"},
    {Tag::work_subject, u"議事録"}, {Tag::work_subject, u"録画"}, {Tag::work_subject, u"録音"},
    {Tag::work_subject, u"音声データ"}, {Tag::work_subject, u"音声ファイル"}, {Tag::work_subject, u"動画編集"},
    {Tag::work_subject, u"メルマガ"}, {Tag::work_subject, u"メールマガジン"}, {Tag::work_subject, u"メール対応"},
    {Tag::work_subject, u"メール配信"}, {Tag::work_subject, u"ステップ配信"}, {Tag::work_subject, u"lステップ"},
    {Tag::review_object, u"投稿"}, {Tag::work_subject, u"フォロワー"}, {Tag::work_subject, u"リール"},
    {Tag::work_subject, u"サーバーの運営"}, {Tag::work_subject, u"bot"}, {Tag::work_subject, u"ボット"},
    {Tag::work_subject, u"クリエイターズマーケット"}, {Tag::work_subject, u"使い方"}, {Tag::work_subject, u"マニュアル作成"},
    {Tag::work_subject, u"電話代行"}, {Tag::work_subject, u"電話対応"}, {Tag::work_subject, u"テレアポ"},
    {Tag::work_subject, u"コールセンター"}, {Tag::work_subject, u"営業電話"}, {Tag::work_subject, u"架電"},
    {Tag::work_subject, u"字幕"}, {Tag::work_subject, u"翻訳"},
    // Payment outside the platform (a signal at any stage).
    {Tag::pay_outside, u"直接振込"}, {Tag::pay_outside, u"直接お振込"}, {Tag::pay_outside, u"直接お振り込み"},
    {Tag::pay_outside, u"直接振り込み"}, {Tag::pay_outside, u"直接契約"}, {Tag::pay_outside, u"直接取引"},
    {Tag::pay_outside, u"直接のお取引"}, {Tag::pay_outside, u"直接お支払い"}, {Tag::pay_outside, u"直接支払"},
    {Tag::pay_outside, u"手数料がかからない"}, {Tag::pay_outside, u"手数料を節約"}, {Tag::pay_outside, u"手数料がもったいない"},
    {Tag::pay_outside, u"手数料分"}, {Tag::pay_outside, u"サイト外"}, {Tag::pay_outside, u"サイトを通さず"},
    {Tag::pay_outside, u"システムを通さず"}, {Tag::pay_outside, u"クラウドワークスを通さず"},
    {Tag::pay_outside, u"ランサーズを通さず"}, {Tag::pay_outside, u"プラットフォーム外"},
    {Tag::pay_outside, u"paypayで"}, {Tag::pay_outside, u"paypalで"}, {Tag::pay_outside, u"銀行振込で"},
    {Tag::pay_outside, u"手渡し"}, {Tag::pay_outside, u"外部で契約"}, {Tag::pay_outside, u"外部でお支払い"},
    // When.
    {Tag::after_contract, u"契約後"}, {Tag::after_contract, u"ご契約後"}, {Tag::after_contract, u"契約締結後"},
    {Tag::after_contract, u"契約してから"}, {Tag::after_contract, u"契約成立後"}, {Tag::after_contract, u"仮払い後"},
    {Tag::after_contract, u"仮払い確認後"}, {Tag::after_contract, u"仮払いの確認後"}, {Tag::after_contract, u"仮払い完了後"},
    {Tag::after_contract, u"契約が成立した"}, {Tag::after_contract, u"正式契約後"}, {Tag::after_contract, u"契約後は"},
    {Tag::before_contract, u"契約前"}, {Tag::before_contract, u"契約の前"}, {Tag::before_contract, u"仮払い前"},
    {Tag::before_contract, u"仮払いの前"}, {Tag::before_contract, u"採用前"}, {Tag::before_contract, u"正式依頼前"},
    {Tag::before_contract, u"契約をする前"}, {Tag::before_contract, u"契約する前"}, {Tag::before_contract, u"契約に先立"},
    {Tag::before_contract, u"ご契約前"}, {Tag::before_contract, u"契約締結前"},
    // Negation and warnings: a sentence that rules something out is not a signal.
    {Tag::negation, u"行いません"}, {Tag::negation, u"おこないません"}, {Tag::negation, u"いたしません"},
    {Tag::negation, u"致しません"}, {Tag::negation, u"しません"}, {Tag::negation, u"ありません"},
    {Tag::negation, u"禁止"}, {Tag::negation, u"お断り"}, {Tag::negation, u"ご遠慮"}, {Tag::negation, u"控え"},
    {Tag::negation, u"不要"}, {Tag::negation, u"なし"}, {Tag::negation, u"無し"}, {Tag::negation, u"不可"},
    {Tag::negation, u"ng"}, {Tag::negation, u"しないで"}, {Tag::negation, u"一切"}, {Tag::negation, u"ございません"},
    {Tag::negation, u"いただきません"}, {Tag::negation, u"頂きません"},
    {Tag::negation, u"求めません"}, {Tag::negation, u"伺いません"}, {Tag::negation, u"お聞きしません"},
    {Tag::negation, u"しておりません"}, {Tag::negation, u"応じないで"}, {Tag::negation, u"応じません"},
    {Tag::negation, u"ことはなく"}, {Tag::negation, u"こともなく"}, {Tag::negation, u"ことなく"},
    {Tag::negation, u"ませんでした"}, {Tag::negation, u"なかった"}, {Tag::negation, u"ないよう"},
    {Tag::negation, u"必要はありません"}, {Tag::negation, u"できません"}, {Tag::negation, u"いません"},
    {Tag::conditional, u"ませんか"}, {Tag::conditional, u"しませんか"}, {Tag::conditional, u"いただけませんか"},
    {Tag::conditional, u"できませんか"}, {Tag::conditional, u"しないと"}, {Tag::conditional, u"ないと"}, {Tag::conditional, u"なければ"},
    {Tag::conditional, u"しなければ"}, {Tag::conditional, u"ない場合"}, {Tag::conditional, u"ないなら"},
    {Tag::free, u"無料"}, {Tag::free, u"0円"}, {Tag::free, u"かかりません"}, {Tag::free, u"負担なし"},
    {Tag::free, u"ゼロ"}, {Tag::free, u"一切不要"},
    {Tag::remote, u"完全在宅"}, {Tag::remote, u"フルリモート"}, {Tag::remote, u"リモート"}, {Tag::remote, u"在宅"},
    {Tag::remote, u"remote"},
    {Tag::warning, u"詐欺"}, {Tag::warning, u"ご注意"}, {Tag::warning, u"注意"}, {Tag::warning, u"規約違反"},
    {Tag::warning, u"規約で禁止"}, {Tag::warning, u"誘導"}, {Tag::warning, u"通報"}, {Tag::warning, u"悪質"},
    {Tag::warning, u"怪しい"}, {Tag::warning, u"被害"}, {Tag::warning, u"という"}, {Tag::warning, u"といった"}, {Tag::warning, u"などと"},
    {Tag::warning, u"と言われ"}, {Tag::warning, u"のような誘い"}, {Tag::warning, u"気をつけ"}, {Tag::warning, u"気を付け"},
    // Work before escrow.
    {Tag::test_work, u"テスト"}, {Tag::test_work, u"テストライティング"}, {Tag::test_work, u"テスト記事"},
    {Tag::test_work, u"テスト作業"}, {Tag::test_work, u"テスト納品"}, {Tag::test_work, u"お試し"},
    {Tag::test_work, u"トライアル"}, {Tag::test_work, u"試し書き"}, {Tag::test_work, u"サンプル"},
    {Tag::test_work, u"課題"}, {Tag::test_work, u"テスト課題"}, {Tag::test_work, u"テストデザイン"},
    {Tag::unpaid, u"無報酬"}, {Tag::unpaid, u"無償"}, {Tag::unpaid, u"報酬なし"}, {Tag::unpaid, u"報酬はなし"},
    {Tag::unpaid, u"報酬は発生しません"}, {Tag::unpaid, u"報酬は出ません"}, {Tag::unpaid, u"報酬はお支払いできません"},
    {Tag::unpaid, u"報酬はありません"}, {Tag::unpaid, u"ボランティア"}, {Tag::unpaid, u"無料で"},
    {Tag::unpaid, u"報酬0円"}, {Tag::unpaid, u"ノーギャラ"}, {Tag::unpaid, u"タダで"},
    {Tag::unpaid, u"お支払いはありません"}, {Tag::unpaid, u"支払いは発生しません"},
    {Tag::paid, u"有償"}, {Tag::paid, u"報酬あり"}, {Tag::paid, u"報酬をお支払い"}, {Tag::paid, u"報酬が発生"},
    {Tag::paid, u"報酬は発生します"}, {Tag::paid, u"謝礼"}, {Tag::paid, u"有料"}, {Tag::paid, u"報酬をお支払いします"},
    {Tag::paid, u"お支払いします"}, {Tag::paid, u"報酬をお渡し"}, {Tag::paid, u"の報酬"},
    {Tag::deliverable, u"作業"}, {Tag::deliverable, u"執筆"}, {Tag::deliverable, u"制作"}, {Tag::deliverable, u"作成"},
    {Tag::deliverable, u"納品"}, {Tag::deliverable, u"書いて"}, {Tag::deliverable, u"記事"},
    {Tag::deliverable, u"デザイン案"}, {Tag::deliverable, u"ラフ"}, {Tag::deliverable, u"原稿"},
    {Tag::deliverable, u"着手"}, {Tag::deliverable, u"作業開始"},
    {Tag::after_delivery, u"納品後"}, {Tag::after_delivery, u"提出後"}, {Tag::after_delivery, u"作業後"},
    {Tag::after_delivery, u"完成後"}, {Tag::after_delivery, u"執筆後"}, {Tag::after_delivery, u"納品確認後"},
    {Tag::after_delivery, u"完成次第"}, {Tag::after_delivery, u"納品してから"}, {Tag::after_delivery, u"提出してから"},
    {Tag::after_delivery, u"書いてから"}, {Tag::after_delivery, u"記事確認後"}, {Tag::after_delivery, u"納品いただいた後"},
    {Tag::after_delivery, u"納品物を確認してから"}, {Tag::after_delivery, u"内容を確認してから"},
    {Tag::escrow, u"仮払いを行"}, {Tag::escrow, u"仮払いをし"}, {Tag::escrow, u"仮払いします"},
    {Tag::escrow, u"仮払いいたします"}, {Tag::escrow, u"仮払い致します"}, {Tag::escrow, u"仮払い手続"},
    {Tag::escrow, u"仮払いさせて"}, {Tag::escrow, u"契約を結"}, {Tag::escrow, u"契約します"},
    {Tag::escrow, u"契約いたします"}, {Tag::escrow, u"契約させて"}, {Tag::escrow, u"契約締結"},
    {Tag::escrow, u"契約を締結"}, {Tag::escrow, u"本契約"}, {Tag::escrow, u"正式契約"},
    {Tag::escrow, u"発注します"}, {Tag::escrow, u"発注いたします"}, {Tag::escrow, u"正式に依頼"},
    {Tag::escrow, u"正式にご依頼"}, {Tag::escrow, u"契約とさせて"}, {Tag::escrow, u"契約を"},
    {Tag::escrow, u"契約に進"}, {Tag::escrow, u"契約へ"},
    {Tag::work_first, u"先に納品"}, {Tag::work_first, u"先に作業"}, {Tag::work_first, u"作業を先に"},
    {Tag::work_first, u"先行して作業"}, {Tag::work_first, u"仮払いなしで"}, {Tag::work_first, u"仮払いは行いません"},
    {Tag::work_first, u"仮払いはしません"}, {Tag::work_first, u"仮払いはいたしません"}, {Tag::work_first, u"仮払いができない"},
    {Tag::work_first, u"先に記事"}, {Tag::work_first, u"先に1記事"}, {Tag::work_first, u"先に書いて"},
    {Tag::work_first, u"仮払いは後日"}, {Tag::work_first, u"仮払いが遅れ"}, {Tag::work_first, u"仮払いは少し待って"},
    {Tag::work_first, u"仮払いは納品後"}, {Tag::work_first, u"仮払いは納品の後"}, {Tag::work_first, u"仮払いは作業後"},
    {Tag::work_first, u"仮払いは完成後"}, {Tag::work_first, u"仮払いは記事確認後"}, {Tag::work_first, u"契約は納品後"},
    {Tag::work_first, u"契約は記事確認後"}, {Tag::work_first, u"契約はテスト後"}, {Tag::work_first, u"仮払いはテスト後"},
    {Tag::work_first, u"仮払いは確認後"}, {Tag::work_first, u"仮払い前に作業"}, {Tag::work_first, u"仮払いの前に作業"},
    {Tag::work_first, u"仮払い前ですが"}, {Tag::work_first, u"仮払いを待たずに"}, {Tag::work_first, u"契約を待たずに"},
    {Tag::client_pays, u"弊社負担"}, {Tag::client_pays, u"当方負担"}, {Tag::client_pays, u"こちらで負担"},
    {Tag::client_pays, u"こちら負担"}, {Tag::client_pays, u"弊社で負担"}, {Tag::client_pays, u"当方で負担"},
    {Tag::client_pays, u"支給"}, {Tag::client_pays, u"貸与"}, {Tag::client_pays, u"ご用意します"},
    {Tag::client_pays, u"こちらで用意"}, {Tag::client_pays, u"弊社で用意"}, {Tag::client_pays, u"お渡しします"},
    {Tag::client_pays, u"こちらでご用意"}, {Tag::client_pays, u"提供します"},
    {Tag::high_pay_claim, u"高報酬"}, {Tag::high_pay_claim, u"高単価"}, {Tag::high_pay_claim, u"高収入"},
    {Tag::high_pay_claim, u"大きく稼"}, {Tag::high_pay_claim, u"がっつり稼"},
    // Personal information.
    {Tag::personal_item, u"住所"}, {Tag::personal_item, u"ご住所"}, {Tag::personal_item, u"生年月日"},
    {Tag::personal_item, u"身分証"}, {Tag::personal_item, u"身分証明書"}, {Tag::personal_item, u"本人確認書類"},
    {Tag::personal_item, u"免許証"}, {Tag::personal_item, u"運転免許証"}, {Tag::personal_item, u"マイナンバー"},
    {Tag::personal_item, u"保険証"}, {Tag::personal_item, u"パスポート"}, {Tag::personal_item, u"顔写真"},
    {Tag::personal_item, u"口座番号"}, {Tag::personal_item, u"銀行口座"}, {Tag::personal_item, u"口座情報"},
    {Tag::personal_item, u"振込先"}, {Tag::personal_item, u"キャッシュカード"}, {Tag::personal_item, u"電話番号"},
    {Tag::personal_item, u"携帯番号"}, {Tag::personal_item, u"本名"}, {Tag::personal_item, u"自宅"},
    {Tag::personal_item, u"暗証番号"}, {Tag::personal_item, u"クレジットカード"},
    {Tag::request, u"提出"},
    {Tag::request, u"記載"}, {Tag::request, u"記入"}, {Tag::request, u"お知らせ"}, {Tag::request, u"添付"},
    {Tag::request, u"必須"}, {Tag::request, u"伺"}, {Tag::request, u"確認させて"}, {Tag::request, u"ご登録"},
    {Tag::request, u"明記"}, {Tag::request, u"撮影して"}, {Tag::request, u"写真を送"}, {Tag::request, u"ご提示"},
    {Tag::request, u"頂戴"}, {Tag::request, u"お願い"},
    {Tag::data_subject, u"入力"}, {Tag::data_subject, u"データ"}, {Tag::data_subject, u"リスト"},
    {Tag::data_subject, u"名簿"}, {Tag::data_subject, u"顧客"}, {Tag::data_subject, u"転記"},
    {Tag::data_subject, u"住所録"}, {Tag::data_subject, u"宛名"}, {Tag::data_subject, u"発送"},
    {Tag::data_subject, u"店舗の"}, {Tag::data_subject, u"会社の"}, {Tag::data_subject, u"企業の"},
    {Tag::data_subject, u"施設の"}, {Tag::data_subject, u"物件"}, {Tag::data_subject, u"所在地"},
    // Fees the worker pays.
    {Tag::fee, u"教材費"}, {Tag::fee, u"登録料"}, {Tag::fee, u"初期費用"}, {Tag::fee, u"入会金"},
    {Tag::fee, u"加入料"}, {Tag::fee, u"受講料"}, {Tag::fee, u"研修費"}, {Tag::fee, u"保証金"},
    {Tag::fee, u"マニュアル代"}, {Tag::fee, u"ツール代"}, {Tag::fee, u"テキスト代"}, {Tag::fee, u"参加費"},
    {Tag::fee, u"月額費用"}, {Tag::fee, u"会費"}, {Tag::fee, u"サポート費"}, {Tag::fee, u"自己投資"},
    {Tag::fee, u"初期投資"}, {Tag::fee, u"講座代"}, {Tag::fee, u"コンサル費"}, {Tag::fee, u"システム利用料"},
    {Tag::fee, u"登録費"}, {Tag::fee, u"事務手数料"}, {Tag::fee, u"研修費用"}, {Tag::fee, u"教材代"},
    {Tag::purchase_object, u"マニュアル"}, {Tag::purchase_object, u"教材"}, {Tag::purchase_object, u"ツール"},
    {Tag::purchase_object, u"ノウハウ"}, {Tag::purchase_object, u"講座"}, {Tag::purchase_object, u"商材"},
    {Tag::purchase_object, u"パッケージ"}, {Tag::purchase_object, u"コンサル"}, {Tag::purchase_object, u"サロン"},
    {Tag::purchase_verb, u"購入"}, {Tag::purchase_verb, u"買って"}, {Tag::purchase_verb, u"買い取"},
    {Tag::purchase_verb, u"代金"}, {Tag::purchase_verb, u"ご負担"}, {Tag::purchase_verb, u"自己負担"},
    {Tag::purchase_verb, u"お振込"}, {Tag::purchase_verb, u"入金"}, {Tag::purchase_verb, u"お支払いいただ"},
    {Tag::purchase_verb, u"お支払い頂"}, {Tag::purchase_verb, u"費用がかかります"},
    // On-site work.
    {Tag::onsite, u"常駐"}, {Tag::onsite, u"半常駐"}, {Tag::onsite, u"出社"}, {Tag::onsite, u"出勤"},
    {Tag::onsite, u"通勤"}, {Tag::onsite, u"来社"}, {Tag::onsite, u"勤務地"}, {Tag::onsite, u"事務所に来"},
    {Tag::onsite, u"オフィスに来"}, {Tag::onsite, u"オフィスで作業"}, {Tag::onsite, u"オフィスでの勤務"},
    {Tag::onsite, u"店舗での勤務"}, {Tag::onsite, u"現地での作業"}, {Tag::onsite, u"弊社オフィスにて"},
    {Tag::onsite, u"オフィス勤務"}, {Tag::onsite, u"事務所にて"}, {Tag::onsite, u"交通費支給"},
    // Mass hiring.
    {Tag::mass_hiring, u"大量募集"}, {Tag::mass_hiring, u"大量採用"}, {Tag::mass_hiring, u"何名でも"},
    {Tag::mass_hiring, u"何人でも"}, {Tag::mass_hiring, u"人数制限なし"}, {Tag::mass_hiring, u"人数制限はありません"},
    {Tag::mass_hiring, u"募集人数無制限"}, {Tag::mass_hiring, u"応募者全員"}, {Tag::mass_hiring, u"全員採用"},
    {Tag::mass_hiring, u"上限なし"},
    // Too good to be true.
    {Tag::easy_promise, u"誰でも簡単"}, {Tag::easy_promise, u"誰でもできる"}, {Tag::easy_promise, u"誰でも稼げる"},
    {Tag::easy_promise, u"誰にでもできる"}, {Tag::easy_promise, u"スマホだけ"}, {Tag::easy_promise, u"スマホ1台"},
    {Tag::easy_promise, u"スマホひとつ"}, {Tag::easy_promise, u"スマホ一台"}, {Tag::easy_promise, u"不労所得"},
    {Tag::easy_promise, u"確実に稼げる"}, {Tag::easy_promise, u"絶対に稼げる"}, {Tag::easy_promise, u"すぐに稼げる"},
    {Tag::easy_promise, u"簡単に稼げる"}, {Tag::easy_promise, u"楽して"},
    {Tag::easy_promise, u"今後さらに高単価"}, {Tag::easy_promise, u"1日5分"}, {Tag::easy_promise, u"1日10分"},
    {Tag::easy_promise, u"1日30分"}, {Tag::easy_promise, u"放置で"}, {Tag::easy_promise, u"寝ながら"},
    {Tag::easy_promise, u"コピペだけ"}, {Tag::easy_promise, u"コピペで"}, {Tag::easy_promise, u"ポチポチ"},
    {Tag::easy_promise, u"タップするだけ"}, {Tag::easy_promise, u"即日で稼"}, {Tag::easy_promise, u"誰でも高収入"},
    {Tag::easy_promise, u"完全放置"}, {Tag::easy_promise, u"ノルマなしで月"}, {Tag::easy_promise, u"リスクなし"},
    {Tag::beginner, u"未経験"}, {Tag::beginner, u"初心者"}, {Tag::beginner, u"スキマ時間"}, {Tag::beginner, u"隙間時間"},
    {Tag::beginner, u"すきま時間"}, {Tag::beginner, u"主婦"}, {Tag::beginner, u"学生"}, {Tag::beginner, u"副業"},
    {Tag::beginner, u"簡単"},
    // Vague on purpose.
    {Tag::vague_defer, u"詳細は契約後"}, {Tag::vague_defer, u"詳しくは契約後"}, {Tag::vague_defer, u"詳細は採用後"},
    {Tag::vague_defer, u"詳細は後ほど"},
    {Tag::vague_defer, u"詳細は追って"}, {Tag::vague_defer, u"詳細は個別"}, {Tag::vague_defer, u"内容は契約後"},
    {Tag::vague_defer, u"仕事内容は契約後"}, {Tag::vague_defer, u"詳細はお問い合わせ"},
    {Tag::vague_defer, u"詳細はご応募"}, {Tag::vague_defer, u"詳細は応募者"}, {Tag::vague_defer, u"内容はお伝え"},
    {Tag::vague_defer, u"詳しい内容は契約"}, {Tag::vague_defer, u"作業内容は採用"},
    {Tag::vague_defer, u"業務内容は契約"}, {Tag::vague_defer, u"詳細は選考"},
    // Slow replies announced.
    {Tag::slow_reply, u"返信は週"}, {Tag::slow_reply, u"返信が遅れ"}, {Tag::slow_reply, u"返信に数日"},
    {Tag::slow_reply, u"連絡は週末のみ"}, {Tag::slow_reply, u"返信は土日"}, {Tag::slow_reply, u"返事が遅くなり"},
    {Tag::slow_reply, u"返信が遅くなり"}, {Tag::slow_reply, u"返信は遅め"}, {Tag::slow_reply, u"1週間ほどお待ち"},
    {Tag::slow_reply, u"返信には1週間"}, {Tag::slow_reply, u"返信まで数日"}, {Tag::slow_reply, u"返信は不定期"},
    {Tag::slow_reply, u"連絡が遅く"}, {Tag::slow_reply, u"確認は週に"}, {Tag::slow_reply, u"メッセージの確認は週"},
    // Reviews.
    {Tag::review_negative, u"返事が遅"}, {Tag::review_negative, u"返信が遅"}, {Tag::review_negative, u"連絡が取れ"},
    {Tag::review_negative, u"連絡がつか"}, {Tag::review_negative, u"連絡が途絶"}, {Tag::review_negative, u"音信不通"},
    {Tag::review_negative, u"支払いが遅"}, {Tag::review_negative, u"支払われ"}, {Tag::review_negative, u"未払い"},
    {Tag::review_negative, u"検収が遅"}, {Tag::review_negative, u"検収されな"}, {Tag::review_negative, u"一方的"},
    {Tag::review_negative, u"高圧的"}, {Tag::review_negative, u"失礼"}, {Tag::review_negative, u"二度と"},
    {Tag::review_negative, u"おすすめできません"}, {Tag::review_negative, u"お勧めできません"},
    {Tag::review_negative, u"オススメできません"}, {Tag::review_negative, u"不誠実"}, {Tag::review_negative, u"トラブル"},
    {Tag::review_negative, u"修正依頼が多"}, {Tag::review_negative, u"無理な"}, {Tag::review_negative, u"残念"},
    {Tag::review_negative, u"対応が遅"}, {Tag::review_negative, u"返事がない"}, {Tag::review_negative, u"返信がない"},
    {Tag::review_negative, u"返信がなく"}, {Tag::review_negative, u"返事がなく"}, {Tag::review_negative, u"レスが遅"},
    {Tag::review_negative, u"連絡なし"}, {Tag::review_negative, u"理不尽"}, {Tag::review_negative, u"途中で連絡"},
    {Tag::review_negative, u"仕様変更が多"}, {Tag::review_negative, u"追加の作業を無償"}, {Tag::review_negative, u"既読無視"},
    {Tag::review_negative, u"放置され"}, {Tag::review_negative, u"説明と違"}, {Tag::review_negative, u"募集内容と違"},
    {Tag::review_positive, u"丁寧"}, {Tag::review_positive, u"返事が早"}, {Tag::review_positive, u"返信が早"},
    {Tag::review_positive, u"返信も早"}, {Tag::review_positive, u"返事も早"}, {Tag::review_positive, u"迅速"},
    {Tag::review_positive, u"スムーズ"}, {Tag::review_positive, u"気持ちよく"}, {Tag::review_positive, u"安心して"},
    {Tag::review_positive, u"分かりやすい"}, {Tag::review_positive, u"わかりやすい"}, {Tag::review_positive, u"的確"},
    {Tag::review_positive, u"親切"}, {Tag::review_positive, u"またお願い"}, {Tag::review_positive, u"ぜひまた"},
    {Tag::review_positive, u"素晴らしい"}, {Tag::review_positive, u"感謝"}, {Tag::review_positive, u"信頼"},
    {Tag::review_positive, u"誠実"}, {Tag::review_positive, u"やりやすかった"}, {Tag::review_positive, u"明確"},
    // What a concrete post states.
    {Tag::deadline_word, u"納期"}, {Tag::deadline_word, u"締切"}, {Tag::deadline_word, u"締め切り"},
    {Tag::deadline_word, u"〆切"}, {Tag::deadline_word, u"期限"}, {Tag::deadline_word, u"日まで"},
    {Tag::deadline_word, u"月末"}, {Tag::deadline_word, u"週間以内"}, {Tag::deadline_word, u"日以内"},
    {Tag::deadline_word, u"毎週"}, {Tag::deadline_word, u"毎月"}, {Tag::deadline_word, u"期間"},
    {Tag::deadline_word, u"スケジュール"}, {Tag::deadline_word, u"deadline"}, {Tag::deadline_word, u"週に"},
    {Tag::deadline_word, u"月に"}, {Tag::deadline_word, u"稼働"}, {Tag::deadline_word, u"due"},
    {Tag::format_word, u"納品形式"}, {Tag::format_word, u"納品方法"}, {Tag::format_word, u"word"},
    {Tag::format_word, u"ワード"}, {Tag::format_word, u"excel"}, {Tag::format_word, u"エクセル"},
    {Tag::format_word, u"スプレッドシート"}, {Tag::format_word, u"googleドキュメント"}, {Tag::format_word, u"ドキュメント"},
    {Tag::format_word, u"wordpress"}, {Tag::format_word, u"ワードプレス"}, {Tag::format_word, u"png"},
    {Tag::format_word, u"jpg"}, {Tag::format_word, u"psd"}, {Tag::format_word, u"mp4"}, {Tag::format_word, u"ai形式"},
    {Tag::format_word, u"ファイル"}, {Tag::format_word, u"文字"}, {Tag::format_word, u"形式"},
    {Tag::format_word, u"テキスト"}, {Tag::format_word, u"データで"}, {Tag::format_word, u"納品物"},
    {Tag::format_word, u"format"}, {Tag::format_word, u"github"},
    {Tag::task_word, u"作業内容"}, {Tag::task_word, u"業務内容"}, {Tag::task_word, u"依頼内容"},
    {Tag::task_word, u"仕事内容"}, {Tag::task_word, u"具体的"}, {Tag::task_word, u"執筆"},
    {Tag::task_word, u"入力作業"}, {Tag::task_word, u"編集"}, {Tag::task_word, u"デザイン"},
    {Tag::task_word, u"開発"}, {Tag::task_word, u"撮影"}, {Tag::task_word, u"調査"}, {Tag::task_word, u"リサーチ"},
    {Tag::task_word, u"実装"}, {Tag::task_word, u"校正"}, {Tag::task_word, u"添削"}, {Tag::task_word, u"イラスト"},
    {Tag::task_word, u"ロゴ"}, {Tag::task_word, u"バナー"}, {Tag::task_word, u"コーディング"},
    {Tag::task_word, u"ライティング"}, {Tag::task_word, u"記事作成"}, {Tag::review_object, u"レビュー"},
    {Tag::task_word, u"translation"}, {Tag::task_word, u"writing"}, {Tag::task_word, u"design"},
    {Tag::task_word, u"develop"}, {Tag::task_word, u"transcribe"}, {Tag::task_word, u"transcription"},
    {Tag::task_word, u"アンケート"}, {Tag::task_word, u"translate"}, {Tag::task_word, u"proofread"},
    {Tag::task_word, u"edit"}, {Tag::task_word, u"editing"}, {Tag::task_word, u"write"},
    {Tag::task_word, u"更新"}, {Tag::task_word, u"修正"}, {Tag::task_word, u"入稿"},
    {Tag::deadline_word, u"within"}, {Tag::deadline_word, u"days"}, {Tag::deadline_word, u"weeks"},
    {Tag::format_word, u"spreadsheet"}, {Tag::format_word, u"google docs"}, {Tag::format_word, u"docx"},
    {Tag::format_word, u"pdf"}, {Tag::format_word, u"canva"}, {Tag::format_word, u"figma"},
    // Consumed so that they are not misread.
    {Tag::neutral, u"電話番号確認"}, {Tag::neutral, u"電話番号認証"}, {Tag::neutral, u"本人確認済"},
    {Tag::neutral, u"本人確認"}, {Tag::neutral, u"メッセージ機能"}, {Tag::neutral, u"オンライン"},
    {Tag::neutral, u"ガイドライン"}, {Tag::neutral, u"ラインナップ"}, {Tag::neutral, u"アンダーライン"},
    {Tag::neutral, u"ライン作業"}, {Tag::neutral, u"メイン"}, {Tag::neutral, u"注意事項"}, {Tag::neutral, u"注意点"},
    {Tag::neutral, u"コンテスト"}, {Tag::neutral, u"プロテスト"}, {Tag::neutral, u"テストケース"},
    {Tag::neutral, u"テストコード"}, {Tag::neutral, u"単体テスト"}, {Tag::neutral, u"ユーザーテスト"},
    {Tag::neutral, u"テスト自動化"}, {Tag::neutral, u"テスト仕様"}, {Tag::neutral, u"ウェブテスト"},
    {Tag::neutral, u"電話番号の入力"}, {Tag::neutral, u"問い合わせフォーム"}, {Tag::neutral, u"契約終了"},
    {Tag::neutral, u"契約完了"}, {Tag::neutral, u"契約満了"}, {Tag::neutral, u"面接対策"}, {Tag::neutral, u"面接官"},
    {Tag::neutral, u"面接練習"}, {Tag::neutral, u"継続契約"}, {Tag::neutral, u"契約更新"},
    // ---- The clause grammar's words (docs/risk.md, "Clause grammar") ----
    // Who asks whom: a request or an instruction to the worker.
    {Tag::ask, u"ください"}, {Tag::ask, u"下さい"}, {Tag::ask, u"お願いします"}, {Tag::ask, u"お願いいたします"},
    {Tag::ask, u"お願い致します"}, {Tag::ask, u"お願いできますか"}, {Tag::ask, u"いただけますか"}, {Tag::ask, u"頂けますか"},
    {Tag::ask, u"いただけますでしょうか"}, {Tag::ask, u"いただきます"}, {Tag::ask, u"頂きます"}, {Tag::ask, u"いただく"},
    {Tag::ask, u"ほしい"}, {Tag::ask, u"欲しい"}, {Tag::ask, u"してね"}, {Tag::ask, u"しましょう"}, {Tag::ask, u"願います"},
    {Tag::ask, u"求めます"}, {Tag::ask, u"必要です"}, {Tag::ask, u"必要となります"}, {Tag::ask, u"必要になります"},
    {Tag::ask, u"が必要"}, {Tag::ask, u"必要があります"}, {Tag::ask, u"もらえますか"}, {Tag::ask, u"もらえませんか"},
    {Tag::ask, u"ていただ"}, {Tag::ask, u"てもらいます"}, {Tag::ask, u"てもらう"}, {Tag::ask, u"してもらえ"},
    {Tag::ask, u"お待ちしています"}, {Tag::ask, u"お待ちしております"}, {Tag::ask, u"よろしく"},
    {Tag::ask, u"please"}, {Tag::ask, u"pls"}, {Tag::ask, u"plz"}, {Tag::ask, u"kindly"}, {Tag::ask, u"send"},
    {Tag::ask, u"send me"}, {Tag::ask, u"send us"}, {Tag::ask, u"provide"}, {Tag::ask, u"share your"},
    {Tag::ask, u"you must"}, {Tag::ask, u"you need to"}, {Tag::ask, u"you will need"}, {Tag::ask, u"you'll need"},
    {Tag::ask, u"must"}, {Tag::ask, u"required"}, {Tag::ask, u"is required"}, {Tag::ask, u"are required"},
    {Tag::ask, u"we need"}, {Tag::ask, u"i need"}, {Tag::ask, u"need your"}, {Tag::ask, u"let's"}, {Tag::ask, u"let’s"},
    {Tag::ask, u"let us"}, {Tag::ask, u"can you"}, {Tag::ask, u"could you"}, {Tag::ask, u"would you"},
    {Tag::ask, u"will you"}, {Tag::ask, u"i'd like you"}, {Tag::ask, u"we'd like you"}, {Tag::ask, u"apply"},
    {Tag::ask, u"join"}, {Tag::ask, u"attend"}, {Tag::ask, u"mandatory"}, {Tag::ask, u"have to"},
    // Denials written before the word ("never", "no office visits"): only within the clause.
    {Tag::pre_negation, u"never"}, {Tag::pre_negation, u"no"}, {Tag::pre_negation, u"not"}, {Tag::pre_negation, u"without"},
    {Tag::pre_negation, u"don't"}, {Tag::pre_negation, u"do not"}, {Tag::pre_negation, u"won't"}, {Tag::pre_negation, u"will not"},
    {Tag::pre_negation, u"don’t"}, {Tag::pre_negation, u"won’t"}, {Tag::pre_negation, u"nor"}, {Tag::pre_negation, u"zero"},
    {Tag::negation, u"not required"}, {Tag::negation, u"not needed"}, {Tag::negation, u"not necessary"},
    {Tag::negation, u"is not"}, {Tag::negation, u"are not"}, {Tag::negation, u"isn't"}, {Tag::negation, u"aren't"},
    {Tag::negation, u"never"}, {Tag::negation, u"不要です"}, {Tag::negation, u"一切かかりません"},
    {Tag::negation, u"一切ありません"}, {Tag::negation, u"求めることはありません"}, {Tag::negation, u"ことはありません"},
    {Tag::negation, u"not allowed"}, {Tag::negation, u"prohibited"}, {Tag::negation, u"forbidden"},
    {Tag::negation, u"禁じ"}, {Tag::negation, u"使いません"}, {Tag::negation, u"しないでください"},
    // The deliverable's topic: the word is what the work is about, not a request in the process.
    {Tag::topic, u"について"}, {Tag::topic, u"に関する"}, {Tag::topic, u"に関して"}, {Tag::topic, u"の解説"},
    {Tag::topic, u"を解説"}, {Tag::topic, u"解説"}, {Tag::topic, u"の仕組み"}, {Tag::topic, u"の使い方"},
    {Tag::topic, u"の選び方"}, {Tag::topic, u"の書き方"}, {Tag::topic, u"の手続き"}, {Tag::topic, u"の比較"},
    {Tag::topic, u"の記事"}, {Tag::topic, u"の手順"}, {Tag::topic, u"の注意点"}, {Tag::topic, u"の基礎"},
    {Tag::topic, u"とは"}, {Tag::topic, u"入門"}, {Tag::topic, u"まとめ"}, {Tag::topic, u"体験談"},
    {Tag::topic, u"about"}, {Tag::topic, u"explaining"}, {Tag::topic, u"explain"}, {Tag::topic, u"how to"},
    {Tag::topic, u"how teachers"}, {Tag::topic, u"guide"}, {Tag::topic, u"tutorial"}, {Tag::topic, u"article on"},
    {Tag::topic, u"tips"}, {Tag::topic, u"overview of"}, {Tag::topic, u"for expats"}, {Tag::topic, u"bot"},
    {Tag::topic, u"api"}, {Tag::topic, u"integration"}, {Tag::topic, u"script"}, {Tag::topic, u"フィールド"},
    {Tag::topic, u"欄"}, {Tag::topic, u"項目"}, {Tag::topic, u"field"}, {Tag::topic, u"フォーム"}, {Tag::topic, u"form"},
    {Tag::topic, u"ソフト"}, {Tag::topic, u"アプリ開発"}, {Tag::topic, u"のデザイン"}, {Tag::topic, u"デザイン"},
    {Tag::topic, u"制作"}, {Tag::topic, u"作成"}, {Tag::topic, u"運用代行"},
    // A move to another channel on its own (a LINE friend-add, a QR code, a euphemism).
    {Tag::channel_direct, u"友だち追加"}, {Tag::channel_direct, u"友達追加"}, {Tag::channel_direct, u"ともだち追加"},
    {Tag::channel_direct, u"友だち登録"}, {Tag::channel_direct, u"友達登録"}, {Tag::channel_direct, u"qrコード"},
    {Tag::channel_direct, u"qr code"}, {Tag::channel_direct, u"緑のアプリ"}, {Tag::channel_direct, u"緑のチャットアプリ"},
    {Tag::channel_direct, u"緑色のアプリ"}, {Tag::channel_direct, u"例のアプリ"}, {Tag::channel_direct, u"いつものアプリ"},
    {Tag::channel_direct, u"別のアプリ"}, {Tag::channel_direct, u"連絡用アプリ"}, {Tag::channel_direct, u"チャットアプリ"},
    {Tag::channel_direct, u"メッセージアプリ"}, {Tag::channel_direct, u"idは@から"}, {Tag::channel_direct, u"@から"},
    {Tag::channel_direct, u"@をつけて"}, {Tag::channel_direct, u"@マーク"}, {Tag::channel_direct, u"id検索"},
    {Tag::channel_direct, u"dm me"}, {Tag::channel_direct, u"message me on"}, {Tag::channel_direct, u"text me"},
    {Tag::channel_direct, u"call me"}, {Tag::channel_direct, u"email me"}, {Tag::channel_direct, u"e-mail me"},
    {Tag::channel_direct, u"contact me on"}, {Tag::channel_direct, u"contact me at"}, {Tag::channel_direct, u"contact me via"},
    {Tag::channel_direct, u"reach me on"}, {Tag::channel_direct, u"reach me at"}, {Tag::channel_direct, u"add me on"},
    {Tag::channel_direct, u"add me"}, {Tag::channel_direct, u"outside the platform"}, {Tag::channel_direct, u"off the platform"},
    {Tag::channel_direct, u"outside crowdworks"}, {Tag::channel_direct, u"outside of crowdworks"},
    {Tag::channel_direct, u"outside lancers"}, {Tag::channel_direct, u"outside of lancers"},
    {Tag::channel_direct, u"your email address"}, {Tag::channel_direct, u"your email"}, {Tag::channel_direct, u"your e-mail"},
    {Tag::channel_direct, u"your phone number"}, {Tag::channel_direct, u"your whatsapp"}, {Tag::channel_direct, u"your line"},
    {Tag::channel_direct, u"your telegram"}, {Tag::channel_direct, u"your skype"}, 
    {Tag::channel_direct, u"my whatsapp"}, {Tag::channel_direct, u"my telegram"}, {Tag::channel_direct, u"my line"},
    {Tag::channel_direct, u"my email"}, {Tag::channel_direct, u"my skype"}, 
    {Tag::channel_direct, u"連絡先を交換"}, {Tag::channel_direct, u"連絡先交換"}, {Tag::channel_direct, u"連絡先を教えて"},
    {Tag::channel_direct, u"アドレスを教えて"}, {Tag::channel_direct, u"番号を教えて"}, {Tag::channel_direct, u"idを教えて"},
    {Tag::channel_direct, u"idを送って"}, {Tag::channel_direct, u"id送って"}, {Tag::channel_direct, u"直接連絡"},
    {Tag::channel_direct, u"直接やり取り"}, {Tag::channel_direct, u"直接やりとり"}, {Tag::channel_direct, u"直接メッセージ"},
    {Tag::channel_direct, u"個別に連絡"}, {Tag::channel_direct, u"外部で連絡"}, {Tag::channel_direct, u"外でやり取り"},
    {Tag::channel_direct, u"お電話ください"}, {Tag::channel_direct, u"お電話を"}, {Tag::channel_direct, u"電話してください"},
    // Channels, Japanese and English (more of them; katakana rows also match in hiragana, see below).
    {Tag::messenger, u"signal"}, {Tag::messenger, u"シグナル"}, {Tag::messenger, u"ワッツアップ"},
    {Tag::messenger, u"wechat"}, {Tag::messenger, u"ウィーチャット"}, {Tag::messenger, u"kakaotalk"},
    {Tag::messenger, u"kakao talk"}, {Tag::messenger, u"カカオトーク"}, {Tag::messenger, u"viber"},
    {Tag::messenger, u"messenger"}, {Tag::messenger, u"facebook messenger"}, {Tag::messenger, u"instagram dm"},
    {Tag::messenger, u"インスタのdm"}, {Tag::messenger, u"インスタdm"}, {Tag::messenger, u"xのdm"}, {Tag::messenger, u"x dm"},
    {Tag::messenger, u"twitter dm"}, {Tag::messenger, u"twitterのdm"}, {Tag::messenger, u"ツイッター"},
    {Tag::messenger, u"line id"}, {Tag::messenger, u"lineid"}, {Tag::messenger, u"line group"}, {Tag::messenger, u"official line"},
    {Tag::messenger, u"e-mail"}, {Tag::messenger, u"mail"}, {Tag::messenger, u"phone"}, {Tag::messenger, u"phone number"},
    {Tag::messenger, u"電話番号"}, {Tag::messenger, u"携帯番号"}, {Tag::messenger, u"ショートメール"}, {Tag::messenger, u"sms"},
    {Tag::messenger, u"個人のメール"}, {Tag::messenger, u"gメール"}, {Tag::messenger, u"yahooメール"},
    {Tag::messenger, u"フォーム"}, {Tag::messenger, u"lin.ee"}, {Tag::messenger, u"line.me"},
    {Tag::work_tool, u"zoom"}, {Tag::work_tool, u"google meet"}, {Tag::work_tool, u"teams"},
    {Tag::contact_action, u"contact"}, {Tag::contact_action, u"reach out"}, {Tag::contact_action, u"message me"},
    {Tag::contact_action, u"talk on"}, {Tag::contact_action, u"chat on"}, {Tag::contact_action, u"continue on"},
    {Tag::contact_action, u"move to"}, {Tag::contact_action, u"switch to"}, {Tag::contact_action, u"via"},
    {Tag::contact_action, u"add"}, {Tag::contact_action, u"write to"}, {Tag::contact_action, u"through"},
    {Tag::contact_action, u"ご連絡"}, {Tag::contact_action, u"連絡して"}, {Tag::contact_action, u"送信"},
    {Tag::contact_action, u"まで"}, {Tag::contact_action, u"から連絡"}, {Tag::contact_action, u"にて"},
    {Tag::contact_action, u"で話"}, {Tag::contact_action, u"検索"}, {Tag::contact_action, u"読み取"},
    {Tag::contact_action, u"スキャン"}, {Tag::contact_action, u"登録して"}, {Tag::contact_action, u"追加して"},
    {Tag::pay_outside, u"skip the crowdworks fee"}, {Tag::pay_outside, u"skip the fees"}, {Tag::pay_outside, u"skip the fee"},
    {Tag::pay_outside, u"avoid the fee"}, {Tag::pay_outside, u"avoid the fees"}, {Tag::pay_outside, u"save the fee"},
    {Tag::pay_outside, u"pay you directly"}, {Tag::pay_outside, u"pay directly"}, {Tag::pay_outside, u"paid directly"},
    {Tag::pay_outside, u"via paypal"}, {Tag::pay_outside, u"through paypal"}, {Tag::pay_outside, u"by paypal"},
    {Tag::pay_outside, u"via wise"}, {Tag::pay_outside, u"direct contract"}, {Tag::pay_outside, u"contract directly"},
    {Tag::pay_outside, u"work directly"}, {Tag::pay_outside, u"outside the platform"}, {Tag::pay_outside, u"直接のご契約"},
    {Tag::pay_outside, u"直接ご契約"}, {Tag::pay_outside, u"直接お振込み"}, {Tag::pay_outside, u"直接振込み"},
    {Tag::pay_outside, u"直接お支払"}, {Tag::pay_outside, u"システム手数料"}, {Tag::pay_outside, u"手数料がかかるので"},
    {Tag::pay_outside, u"手数料を省"}, {Tag::pay_outside, u"手数料なしで"}, {Tag::pay_outside, u"手数料を払いたくない"},
    {Tag::pay_outside, u"クラウドワークス外"}, {Tag::pay_outside, u"ランサーズ外"}, {Tag::pay_outside, u"仮払いはせず"},
    {Tag::pay_outside, u"仮払いをせず"}, {Tag::pay_outside, u"仮払いなしで直接"}, {Tag::pay_outside, u"個人的にお支払い"},
    {Tag::pay_outside, u"個人的に振り込"}, {Tag::pay_outside, u"口座に直接"}, {Tag::pay_outside, u"paypayで送金"},
    // Anonymous apps (the police name Telegram and Signal).
    {Tag::anon_app, u"telegram"}, {Tag::anon_app, u"テレグラム"}, {Tag::anon_app, u"signal"}, {Tag::anon_app, u"シグナル"},
    {Tag::anon_app, u"threema"}, {Tag::anon_app, u"スレッドマ"}, {Tag::anon_app, u"秘匿性の高い"}, {Tag::anon_app, u"匿名性の高い"},
    {Tag::anon_app, u"消えるメッセージ"}, {Tag::anon_app, u"t.me/"},
    // 闇バイト: recruiting for crime (警察庁, docs/risk.md).
    {Tag::crime_strong, u"受け子"}, {Tag::crime_strong, u"出し子"}, {Tag::crime_strong, u"ホワイト案件"},
    {Tag::crime_strong, u"ホワイトな案件"}, {Tag::crime_strong, u"ホワイトバイト"}, {Tag::crime_strong, u"ホワイトなお仕事"},
    {Tag::crime_strong, u"口座の売買"}, {Tag::crime_strong, u"口座売買"}, {Tag::crime_strong, u"口座買取"},
    {Tag::crime_strong, u"口座を買い取"}, {Tag::crime_strong, u"口座を売"}, {Tag::crime_strong, u"口座を貸"},
    {Tag::crime_strong, u"口座をお借り"}, {Tag::crime_strong, u"口座を譲"}, {Tag::crime_strong, u"口座レンタル"},
    {Tag::crime_strong, u"名義貸し"}, {Tag::crime_strong, u"名義を貸"}, {Tag::crime_strong, u"名義をお借り"},
    {Tag::crime_strong, u"携帯を契約して"}, {Tag::crime_strong, u"スマホを契約して"}, {Tag::crime_strong, u"携帯電話を契約"},
    {Tag::crime_strong, u"スマホの契約"}, {Tag::crime_strong, u"simを契約"}, {Tag::crime_strong, u"即日即金"},
    {Tag::crime_strong, u"闇案件"}, {Tag::crime_strong, u"叩き"}, {Tag::crime_strong, u"タタキ"}, {Tag::crime_strong, u"打ち子"},
    {Tag::crime_strong, u"money mule"}, {Tag::crime_strong, u"white job"}, {Tag::crime_strong, u"sell your bank account"},
    {Tag::crime_strong, u"rent your bank account"}, {Tag::crime_strong, u"lend your bank account"},
    {Tag::crime_strong, u"lend us your bank account"}, {Tag::crime_strong, u"use your bank account"},
    {Tag::crime_strong, u"your account to receive"}, {Tag::crime_strong, u"buy your account"},
    {Tag::crime_strong, u"捕まることはない"}, {Tag::crime_strong, u"捕まらない"}, {Tag::crime_strong, u"違法ではありません"},
    {Tag::crime_strong, u"違法ではない"}, {Tag::crime_strong, u"not illegal"}, {Tag::crime_strong, u"100% legal"},
    {Tag::crime_strong, u"完全合法"},
    {Tag::crime_task, u"荷物の受け取り"}, {Tag::crime_task, u"荷物を受け取"}, {Tag::crime_task, u"荷物受け取り"},
    {Tag::crime_task, u"荷物の受取"}, {Tag::crime_task, u"荷物受取"}, {Tag::crime_task, u"荷物を運"}, {Tag::crime_task, u"荷物の運搬"},
    {Tag::crime_task, u"荷受け"}, {Tag::crime_task, u"書類の受け取り"}, {Tag::crime_task, u"書類を受け取"}, {Tag::crime_task, u"書類運搬"},
    {Tag::crime_task, u"書類を運"}, {Tag::crime_task, u"現金の受け取り"}, {Tag::crime_task, u"現金を受け取"}, {Tag::crime_task, u"現金の回収"},
    {Tag::crime_task, u"現金を回収"}, {Tag::crime_task, u"現金回収"}, {Tag::crime_task, u"現金を運"}, {Tag::crime_task, u"現金の運搬"},
    {Tag::crime_task, u"集金"}, {Tag::crime_task, u"受け取り役"}, {Tag::crime_task, u"運び"}, {Tag::crime_task, u"送迎"},
    {Tag::crime_task, u"口座を開設"}, {Tag::crime_task, u"口座開設して"}, {Tag::crime_task, u"口座を作って"}, {Tag::crime_task, u"新しく口座"},
    {Tag::crime_task, u"キャッシュカードを"}, {Tag::crime_task, u"転送"}, {Tag::crime_task, u"再発送"}, {Tag::crime_task, u"詰め替えて発送"},
    {Tag::crime_task, u"receive packages"}, {Tag::crime_task, u"receive parcels"}, {Tag::crime_task, u"receive a package"},
    {Tag::crime_task, u"receive deliveries"}, {Tag::crime_task, u"repack"}, {Tag::crime_task, u"reship"}, {Tag::crime_task, u"forward the"},
    {Tag::crime_task, u"collect cash"}, {Tag::crime_task, u"pick up cash"}, {Tag::crime_task, u"carry cash"},
    {Tag::crime_task, u"cash pickup"}, {Tag::crime_task, u"deliver cash"}, {Tag::crime_task, u"open a bank account"},
    {Tag::crime_task, u"open bank accounts"}, {Tag::crime_task, u"open a new bank account"}, {Tag::crime_task, u"receive payments into"},
    {Tag::crime_task, u"receive money"}, {Tag::crime_task, u"transfer the money"}, {Tag::crime_task, u"pick up documents"},
    {Tag::crime_task, u"carry documents"}, {Tag::crime_task, u"deliver documents"}, {Tag::crime_task, u"your bank card"},
    {Tag::high_pay_claim, u"高額報酬"}, {Tag::high_pay_claim, u"高額バイト"}, {Tag::high_pay_claim, u"高額案件"},
    {Tag::high_pay_claim, u"即日払い"}, {Tag::high_pay_claim, u"即金"}, {Tag::high_pay_claim, u"日払い"}, {Tag::high_pay_claim, u"高額"},
    {Tag::high_pay_claim, u"high pay"}, {Tag::high_pay_claim, u"same-day pay"}, {Tag::high_pay_claim, u"paid same day"},
    {Tag::high_pay_claim, u"cash daily"},
    // ステマ (景品表示法, since 2023-10-01): paid reviews without disclosure, サクラ, fake accounts.
    {Tag::review_object, u"口コミ"}, {Tag::review_object, u"クチコミ"}, {Tag::review_object, u"くちコミ"},
    {Tag::review_object, u"レビュー"}, {Tag::review_object, u"星5"}, {Tag::review_object, u"★5"}, {Tag::review_object, u"☆5"},
    {Tag::review_object, u"高評価"}, {Tag::review_object, u"5つ星"}, {Tag::review_object, u"評価を"}, {Tag::review_object, u"感想"},
    {Tag::review_object, u"体験談"}, {Tag::review_object, u"体験レポート"}, {Tag::review_object, u"投稿"}, {Tag::review_object, u"紹介記事"},
    {Tag::review_object, u"review"}, {Tag::review_object, u"reviews"}, {Tag::review_object, u"5-star"}, {Tag::review_object, u"five-star"},
    {Tag::review_object, u"5 star"}, {Tag::review_object, u"rating"}, {Tag::review_object, u"ratings"}, {Tag::review_object, u"testimonial"},
    {Tag::review_object, u"post"}, {Tag::review_object, u"posts"}, {Tag::review_object, u"comment"}, {Tag::review_object, u"comments"},
    {Tag::review_object, u"いいね"}, {Tag::review_object, u"フォロー"},
    {Tag::stealth_cue, u"サクラ"}, {Tag::stealth_cue, u"やらせ"}, {Tag::stealth_cue, u"ヤラセ"}, {Tag::stealth_cue, u"ステマ"},
    {Tag::stealth_cue, u"一般の客"}, {Tag::stealth_cue, u"一般のお客"}, {Tag::stealth_cue, u"一般客"}, {Tag::stealth_cue, u"一般ユーザー"},
    {Tag::stealth_cue, u"一般の利用者"}, {Tag::stealth_cue, u"一般の購入者"}, {Tag::stealth_cue, u"一般消費者を装"}, {Tag::stealth_cue, u"個人の感想として"},
    {Tag::stealth_cue, u"購入者を装"}, {Tag::stealth_cue, u"利用者を装"}, {Tag::stealth_cue, u"客を装"}, {Tag::stealth_cue, u"を装って"},
    {Tag::stealth_cue, u"自然な口コミ"}, {Tag::stealth_cue, u"自然なレビュー"}, {Tag::stealth_cue, u"バレない"}, {Tag::stealth_cue, u"ばれない"},
    {Tag::stealth_cue, u"prとは書かない"}, {Tag::stealth_cue, u"prと書かない"}, {Tag::stealth_cue, u"prは不要"}, {Tag::stealth_cue, u"pr表記は不要"},
    {Tag::stealth_cue, u"pr表記なし"}, {Tag::stealth_cue, u"広告と分からない"}, {Tag::stealth_cue, u"広告とわからない"}, {Tag::stealth_cue, u"広告表記なし"},
    {Tag::stealth_cue, u"広告表記は不要"}, {Tag::stealth_cue, u"依頼されたことは"}, {Tag::stealth_cue, u"依頼であることは"}, {Tag::stealth_cue, u"報酬を受け取ったことは"},
    {Tag::stealth_cue, u"仕事だとは"}, {Tag::stealth_cue, u"案件であることは"}, {Tag::stealth_cue, u"提供されたことは"}, {Tag::stealth_cue, u"無償提供であることは"},
    {Tag::stealth_cue, u"伏せて"}, {Tag::stealth_cue, u"内緒"}, {Tag::stealth_cue, u"複数アカウント"}, {Tag::stealth_cue, u"複数のアカウント"},
    {Tag::stealth_cue, u"アカウントを複数"}, {Tag::stealth_cue, u"サブアカウント"}, {Tag::stealth_cue, u"サブ垢"}, {Tag::stealth_cue, u"捨てアカ"},
    {Tag::stealth_cue, u"別アカウント"}, {Tag::stealth_cue, u"新規アカウントを作"}, {Tag::stealth_cue, u"アカウントを作成して"}, {Tag::stealth_cue, u"別名義"},
    {Tag::stealth_cue, u"来店しなくて"}, {Tag::stealth_cue, u"来店していなくても"}, {Tag::stealth_cue, u"使わなくて"}, {Tag::stealth_cue, u"使っていなくても"},
    {Tag::stealth_cue, u"購入しなくて"}, {Tag::stealth_cue, u"利用しなくて"}, {Tag::stealth_cue, u"行かなくて"}, {Tag::stealth_cue, u"実際に使わず"},
    {Tag::stealth_cue, u"文面はこちらで用意"}, {Tag::stealth_cue, u"文面を用意"}, {Tag::stealth_cue, u"コピペして投稿"}, {Tag::stealth_cue, u"競合"},
    {Tag::stealth_cue, u"低評価をつけ"}, {Tag::stealth_cue, u"星1"}, {Tag::stealth_cue, u"★1"},
    {Tag::stealth_cue, u"as a normal customer"}, {Tag::stealth_cue, u"as a regular customer"}, {Tag::stealth_cue, u"as a real customer"},
    {Tag::stealth_cue, u"like a normal customer"}, {Tag::stealth_cue, u"like a real customer"}, {Tag::stealth_cue, u"like a regular customer"},
    {Tag::stealth_cue, u"as a customer"}, {Tag::stealth_cue, u"don't mention"}, {Tag::stealth_cue, u"do not mention"},
    {Tag::stealth_cue, u"not mention"}, {Tag::stealth_cue, u"without mentioning"}, {Tag::stealth_cue, u"without disclosing"},
    {Tag::stealth_cue, u"don't disclose"}, {Tag::stealth_cue, u"do not disclose"}, {Tag::stealth_cue, u"no disclosure"},
    {Tag::stealth_cue, u"no #ad"}, {Tag::stealth_cue, u"without #ad"}, {Tag::stealth_cue, u"don't say"}, {Tag::stealth_cue, u"do not say"},
    {Tag::stealth_cue, u"multiple accounts"}, {Tag::stealth_cue, u"new accounts"}, {Tag::stealth_cue, u"fake accounts"},
    {Tag::stealth_cue, u"create accounts"}, {Tag::stealth_cue, u"apple ids"}, {Tag::stealth_cue, u"google accounts"},
    {Tag::stealth_cue, u"different accounts"}, {Tag::stealth_cue, u"several accounts"}, {Tag::stealth_cue, u"accounts per person"},
    {Tag::stealth_cue, u"don't need to visit"}, {Tag::stealth_cue, u"without visiting"}, {Tag::stealth_cue, u"without buying"},
    {Tag::stealth_cue, u"without using"}, {Tag::stealth_cue, u"never used"}, {Tag::stealth_cue, u"competitor"},
    {Tag::stealth_cue, u"1-star"}, {Tag::stealth_cue, u"one-star"},
    {Tag::disclosed, u"#pr"}, {Tag::disclosed, u"【pr】"}, {Tag::disclosed, u"[pr]"}, {Tag::disclosed, u"pr表記"}, {Tag::disclosed, u"prと明記"},
    {Tag::disclosed, u"広告表記"}, {Tag::disclosed, u"#広告"}, {Tag::disclosed, u"#ad"}, {Tag::disclosed, u"#sponsored"},
    {Tag::disclosed, u"paid partnership"}, {Tag::disclosed, u"タイアップ投稿"}, {Tag::disclosed, u"プロモーションを含み"},
    {Tag::disclosed, u"ステマ規制"}, {Tag::disclosed, u"stealth marketing rules"},
    // 情報商材 / MLM lures (CrowdWorks, 2025-02-20).
    {Tag::lure_product, u"情報商材"}, {Tag::lure_product, u"mlm"}, {Tag::lure_product, u"ネットワークビジネス"},
    {Tag::lure_product, u"マルチ商法"}, {Tag::lure_product, u"マルチレベル"}, {Tag::lure_product, u"権利収入"},
    {Tag::lure_product, u"オンラインサロン"}, {Tag::lure_product, u"高額スクール"}, {Tag::lure_product, u"高額な講座"},
    {Tag::lure_product, u"高額塾"}, {Tag::lure_product, u"ダウンライン"}, {Tag::lure_product, u"紹介報酬"},
    {Tag::lure_product, u"紹介するだけで"}, {Tag::lure_product, u"network marketing"}, {Tag::lure_product, u"multi-level"},
    {Tag::lure_product, u"downline"}, {Tag::lure_product, u"recruit others"}, {Tag::lure_product, u"recruit friends"},
    {Tag::lure_product, u"member program"}, {Tag::lure_product, u"membership program"}, {Tag::lure_product, u"投資案件"},
    {Tag::lure_product, u"自動売買"}, {Tag::lure_product, u"fx"}, {Tag::lure_product, u"仮想通貨"}, {Tag::lure_product, u"バイナリー"},
    {Tag::lure_event, u"セミナー"}, {Tag::lure_event, u"勉強会"}, {Tag::lure_event, u"無料相談"}, {Tag::lure_event, u"個別相談"},
    {Tag::lure_event, u"個別面談"}, {Tag::lure_event, u"無料講座"}, {Tag::lure_event, u"スクール"}, {Tag::lure_event, u"講座"},
    {Tag::lure_event, u"コミュニティ"}, {Tag::lure_event, u"サロン"}, {Tag::lure_event, u"コンサル"}, {Tag::lure_event, u"プログラム"},
    {Tag::lure_event, u"稼ぐ方法"}, {Tag::lure_event, u"稼げる方法"}, {Tag::lure_event, u"稼ぐノウハウ"}, {Tag::lure_event, u"稼ぎ方"},
    {Tag::lure_event, u"webinar"}, {Tag::lure_event, u"seminar"}, {Tag::lure_event, u"course"}, {Tag::lure_event, u"masterclass"},
    {Tag::lure_event, u"coaching"}, {Tag::lure_event, u"mentorship"}, {Tag::lure_event, u"community"}, {Tag::lure_event, u"how i earn"},
    {Tag::lure_event, u"how to earn"}, {Tag::lure_event, u"consultation"},
    {Tag::lure_route, u"lineグループ"}, {Tag::lure_route, u"ライングループ"}, {Tag::lure_route, u"オープンチャット"}, {Tag::lure_route, u"オプチャ"},
    {Tag::lure_route, u"グループに招待"}, {Tag::lure_route, u"グループへ招待"}, {Tag::lure_route, u"グループに参加"},
    {Tag::lure_route, u"回答後"}, {Tag::lure_route, u"回答された方"}, {Tag::lure_route, u"回答者全員"}, {Tag::lure_route, u"特典"},
    {Tag::lure_route, u"プレゼント"}, {Tag::lure_route, u"月収"}, {Tag::lure_route, u"稼げるように"}, {Tag::lure_route, u"稼げる"},
    {Tag::lure_route, u"稼ぎたい"}, {Tag::lure_route, u"副収入"}, {Tag::lure_route, u"自由な働き方"}, {Tag::lure_route, u"不労所得"},
    {Tag::lure_route, u"受講"}, {Tag::lure_route, u"入会"}, {Tag::lure_route, u"会員"}, {Tag::lure_route, u"分割"},
    {Tag::lure_route, u"line group"}, {Tag::lure_route, u"telegram group"}, {Tag::lure_route, u"after answering"},
    {Tag::lure_route, u"after the survey"}, {Tag::lure_route, u"reward code"}, {Tag::lure_route, u"earn"}, {Tag::lure_route, u"/month"},
    {Tag::lure_route, u"passive income"}, {Tag::lure_route, u"installments"}, {Tag::lure_route, u"financial freedom"},
    {Tag::lure_route, u"side-business"}, {Tag::lure_route, u"side business"}, {Tag::lure_route, u"side hustle"},
    // slow_replies: a wait of days or weeks, or a contact rhythm slower than 3 business days.
    {Tag::long_wait, u"数日"}, {Tag::long_wait, u"1週間"}, {Tag::long_wait, u"一週間"}, {Tag::long_wait, u"2週間"},
    {Tag::long_wait, u"二週間"}, {Tag::long_wait, u"3週間"}, {Tag::long_wait, u"数週間"}, {Tag::long_wait, u"1ヶ月"},
    {Tag::long_wait, u"1か月"}, {Tag::long_wait, u"一ヶ月"}, {Tag::long_wait, u"ひと月"}, {Tag::long_wait, u"半月"},
    {Tag::long_wait, u"10日"}, {Tag::long_wait, u"4日"}, {Tag::long_wait, u"5日"}, {Tag::long_wait, u"6日"}, {Tag::long_wait, u"7日"},
    {Tag::long_wait, u"週に1回"}, {Tag::long_wait, u"週に1度"}, {Tag::long_wait, u"週に一度"}, {Tag::long_wait, u"週に一回"},
    {Tag::long_wait, u"週1回"}, {Tag::long_wait, u"週1"}, {Tag::long_wait, u"週一"}, {Tag::long_wait, u"週1度"},
    {Tag::long_wait, u"月に1回"}, {Tag::long_wait, u"月1回"}, {Tag::long_wait, u"週末のみ"}, {Tag::long_wait, u"週末だけ"},
    {Tag::long_wait, u"土日のみ"}, {Tag::long_wait, u"隔週"}, {Tag::long_wait, u"しばらく"}, {Tag::long_wait, u"長期間"},
    {Tag::long_wait, u"a few days"}, {Tag::long_wait, u"few days"}, {Tag::long_wait, u"several days"}, {Tag::long_wait, u"a week"},
    {Tag::long_wait, u"two weeks"}, {Tag::long_wait, u"2 weeks"}, {Tag::long_wait, u"three weeks"}, {Tag::long_wait, u"a month"},
    {Tag::long_wait, u"once a week"}, {Tag::long_wait, u"once per week"}, {Tag::long_wait, u"once every"}, {Tag::long_wait, u"weekly"},
    {Tag::long_wait, u"every week"}, {Tag::long_wait, u"on weekends"}, {Tag::long_wait, u"couple of weeks"}, {Tag::long_wait, u"10 days"},
    {Tag::long_wait, u"5 days"}, {Tag::long_wait, u"4 days"}, {Tag::long_wait, u"a while"},
    {Tag::reply_word, u"返事"}, {Tag::reply_word, u"確認でき"}, {Tag::reply_word, u"確認していませんでした"}, {Tag::reply_word, u"メッセージを確認"},
    {Tag::reply_word, u"メッセージの確認"}, {Tag::reply_word, u"見られ"}, {Tag::reply_word, u"見ていませんでした"}, {Tag::reply_word, u"チェック"},
    {Tag::reply_word, u"ログイン"}, {Tag::reply_word, u"既読"}, {Tag::reply_word, u"お待たせ"}, {Tag::reply_word, u"遅くなり"},
    {Tag::reply_word, u"遅れ"}, {Tag::reply_word, u"空いてしまい"}, {Tag::reply_word, u"ご無沙汰"},
    {Tag::reply_word, u"reply"}, {Tag::reply_word, u"replies"}, {Tag::reply_word, u"respond"}, {Tag::reply_word, u"response"},
    {Tag::reply_word, u"check messages"}, {Tag::reply_word, u"check my messages"}, {Tag::reply_word, u"checked messages"},
    {Tag::reply_word, u"check lancers"}, {Tag::reply_word, u"check crowdworks"}, {Tag::reply_word, u"check the platform"},
    {Tag::reply_word, u"get back"}, {Tag::reply_word, u"late reply"}, {Tag::reply_word, u"delay"}, {Tag::reply_word, u"online"},
    {Tag::reply_word, u"messages"}, {Tag::reply_word, u"check"},
    // English words for the older tags.
    {Tag::personal_item, u"passport"}, {Tag::personal_item, u"residence card"}, {Tag::personal_item, u"在留カード"},
    {Tag::personal_item, u"my number"}, {Tag::personal_item, u"マイナンバーカード"}, {Tag::personal_item, u"driver's license"},
    {Tag::personal_item, u"driver’s license"}, {Tag::personal_item, u"drivers license"}, {Tag::personal_item, u"id card"},
    {Tag::personal_item, u"photo id"}, {Tag::personal_item, u"id document"}, {Tag::personal_item, u"id photo"},
    {Tag::personal_item, u"selfie"}, {Tag::personal_item, u"bank account"}, {Tag::personal_item, u"bank login"},
    {Tag::personal_item, u"online banking"}, {Tag::personal_item, u"bank details"}, {Tag::personal_item, u"account number"},
    {Tag::personal_item, u"home address"}, {Tag::personal_item, u"date of birth"}, {Tag::personal_item, u"birthday"},
    {Tag::personal_item, u"full name"}, {Tag::personal_item, u"real name"}, {Tag::personal_item, u"social security"},
    {Tag::personal_item, u"credit card"}, {Tag::personal_item, u"顔がわかる"}, {Tag::personal_item, u"顔が分かる"},
    {Tag::personal_item, u"自撮り"}, {Tag::personal_item, u"家族構成"}, {Tag::personal_item, u"ご家族"}, {Tag::personal_item, u"勤務先"},
    {Tag::personal_item, u"学生証"}, {Tag::personal_item, u"住民票"}, {Tag::personal_item, u"氏名"}, {Tag::personal_item, u"ネットバンキング"},
    {Tag::personal_item, u"ログイン情報"}, {Tag::personal_item, u"パスワード"}, {Tag::personal_item, u"password"},
    {Tag::personal_item, u"印鑑"}, {Tag::personal_item, u"最寄り駅"}, {Tag::personal_item, u"年齢"},
    {Tag::fee, u"registration fee"}, {Tag::fee, u"starter kit"}, {Tag::fee, u"joining fee"}, {Tag::fee, u"membership fee"},
    {Tag::fee, u"training fee"}, {Tag::fee, u"deposit"}, {Tag::fee, u"refundable deposit"}, {Tag::fee, u"activation fee"},
    {Tag::fee, u"onboarding fee"}, {Tag::fee, u"processing fee"}, {Tag::fee, u"application fee"}, {Tag::fee, u"one-time fee"},
    {Tag::fee, u"license fee"}, {Tag::fee, u"software license"}, {Tag::fee, u"purchase our"}, {Tag::fee, u"buy our"},
    {Tag::fee, u"pay for the"}, {Tag::fee, u"pay a fee"}, {Tag::fee, u"account fee"}, {Tag::fee, u"certification fee"},
    {Tag::fee, u"デポジット"}, {Tag::fee, u"前払い金"}, {Tag::fee, u"手付金"}, {Tag::fee, u"加盟金"}, {Tag::fee, u"レンタル料"},
    {Tag::fee, u"受講費"}, {Tag::fee, u"認定料"}, {Tag::fee, u"認定試験"}, {Tag::fee, u"スターターキット"}, {Tag::fee, u"購入費"},
    {Tag::fee, u"預り金"}, {Tag::fee, u"預かり金"}, {Tag::fee, u"登録手数料"}, {Tag::fee, u"審査料"}, {Tag::fee, u"紹介料"},
    {Tag::purchase_verb, u"purchase"}, {Tag::purchase_verb, u"buy"}, {Tag::purchase_verb, u"pay for"}, {Tag::purchase_verb, u"お支払い"},
    {Tag::purchase_verb, u"支払って"}, {Tag::purchase_verb, u"振り込んで"}, {Tag::purchase_verb, u"振込んで"}, {Tag::purchase_verb, u"ご購入"},
    {Tag::purchase_object, u"software"}, {Tag::purchase_object, u"kit"}, {Tag::purchase_object, u"materials"}, {Tag::purchase_object, u"license"},
    {Tag::purchase_object, u"ライセンス"}, {Tag::purchase_object, u"ソフト"}, {Tag::purchase_object, u"機材"}, {Tag::purchase_object, u"商品"},
    {Tag::free, u"free"}, {Tag::free, u"no fee"}, {Tag::free, u"no fees"}, {Tag::free, u"no cost"}, {Tag::free, u"free of charge"},
    {Tag::free, u"at no cost"}, {Tag::free, u"refunded"}, {Tag::free, u"費用はかかりません"}, {Tag::free, u"一切かかりません"},
    {Tag::client_pays, u"we pay"}, {Tag::client_pays, u"we provide"}, {Tag::client_pays, u"we cover"}, {Tag::client_pays, u"provided"},
    {Tag::client_pays, u"we ship you"}, {Tag::client_pays, u"we will send you"}, {Tag::client_pays, u"on us"},
    {Tag::client_pays, u"こちらで支給"}, {Tag::client_pays, u"弊社が負担"}, {Tag::client_pays, u"当社負担"}, {Tag::client_pays, u"当社が負担"},
    {Tag::onsite, u"on-site"}, {Tag::onsite, u"onsite"}, {Tag::onsite, u"in-office"}, {Tag::onsite, u"in the office"},
    {Tag::onsite, u"at our office"}, {Tag::onsite, u"our office"}, {Tag::onsite, u"commute"}, {Tag::onsite, u"office visits"},
    {Tag::onsite, u"come to the office"}, {Tag::onsite, u"come to our"}, {Tag::onsite, u"work from our"}, {Tag::onsite, u"in person"},
    {Tag::onsite, u"in-person"}, {Tag::onsite, u"客先常駐"}, {Tag::onsite, u"現場"}, {Tag::onsite, u"現地"}, {Tag::onsite, u"事務所で"},
    {Tag::onsite, u"オフィスで"}, {Tag::onsite, u"オフィスへ"}, {Tag::onsite, u"本社で"}, {Tag::onsite, u"店舗で"}, {Tag::onsite, u"来店"},
    {Tag::onsite, u"出張"}, {Tag::onsite, u"対面"}, {Tag::onsite, u"会場"}, {Tag::onsite, u"集合"},
    {Tag::remote, u"fully remote"}, {Tag::remote, u"100% remote"}, {Tag::remote, u"work from home"}, {Tag::remote, u"from home"},
    {Tag::remote, u"在宅勤務"}, {Tag::remote, u"オンライン完結"}, {Tag::remote, u"在宅で完結"},
    {Tag::interview, u"interview"}, {Tag::interview, u"video interview"}, {Tag::interview, u"screening call"},
    {Tag::interview, u"phone screening"}, {Tag::interview, u"video call"}, {Tag::interview, u"voice call"}, {Tag::interview, u"phone call"},
    {Tag::interview, u"orientation"}, {Tag::interview, u"briefing"}, {Tag::interview, u"説明会"}, {Tag::interview, u"面談"},
    {Tag::meeting, u"call"}, {Tag::meeting, u"meeting"}, {Tag::meeting, u"chat"}, {Tag::meeting, u"talk"},
    {Tag::call_tool, u"skype"}, {Tag::call_tool, u"line通話"}, {Tag::call_tool, u"ビデオ"}, {Tag::call_tool, u"音声通話"},
    {Tag::before_contract, u"before the contract"}, {Tag::before_contract, u"before contract"}, {Tag::before_contract, u"before signing"},
    {Tag::before_contract, u"before we sign"}, {Tag::before_contract, u"before i hire"}, {Tag::before_contract, u"before we hire"},
    {Tag::before_contract, u"before i can hire"}, {Tag::before_contract, u"before hiring"}, {Tag::before_contract, u"before the award"},
    {Tag::before_contract, u"before awarding"}, {Tag::before_contract, u"before i award"}, {Tag::before_contract, u"before we award"},
    {Tag::before_contract, u"before the milestone"}, {Tag::before_contract, u"before i fund"}, {Tag::before_contract, u"before funding"},
    {Tag::before_contract, u"before escrow"}, {Tag::before_contract, u"before i send the contract"}, {Tag::before_contract, u"to get hired"},
    {Tag::before_contract, u"応募の際"}, {Tag::before_contract, u"応募時"}, {Tag::before_contract, u"応募前"}, {Tag::before_contract, u"選考"},
    {Tag::before_contract, u"採用の前"}, {Tag::before_contract, u"契約の前に"}, {Tag::before_contract, u"発注前"}, {Tag::before_contract, u"ご依頼前"},
    {Tag::after_contract, u"after the contract"}, {Tag::after_contract, u"after contract"}, {Tag::after_contract, u"after signing"},
    {Tag::after_contract, u"after hiring"}, {Tag::after_contract, u"once hired"}, {Tag::after_contract, u"after you are hired"},
    {Tag::after_contract, u"after the milestone is funded"}, {Tag::after_contract, u"is funded"}, {Tag::after_contract, u"once funded"},
    {Tag::after_contract, u"after funding"}, {Tag::after_contract, u"after escrow"}, {Tag::after_contract, u"契約締結後"},
    {Tag::after_contract, u"受注後"}, {Tag::after_contract, u"採用後"}, {Tag::after_contract, u"ご契約後に"},
    {Tag::work_first, u"start before i fund"}, {Tag::work_first, u"start before we fund"}, {Tag::work_first, u"start today and"},
    {Tag::work_first, u"please start today"}, {Tag::work_first, u"start now"}, {Tag::work_first, u"start working now"},
    {Tag::work_first, u"before i fund"}, {Tag::work_first, u"before we fund"}, {Tag::work_first, u"can't fund"}, {Tag::work_first, u"cannot fund"},
    {Tag::work_first, u"fund it later"}, {Tag::work_first, u"fund next week"}, {Tag::work_first, u"fund the milestone later"},
    {Tag::work_first, u"pay after i see"}, {Tag::work_first, u"pay after delivery"}, {Tag::work_first, u"pay when i see"},
    {Tag::work_first, u"make the logo first"}, {Tag::work_first, u"first and send"}, {Tag::work_first, u"send me the final"},
    {Tag::work_first, u"unpaid test"}, {Tag::work_first, u"unpaid trial"}, {Tag::work_first, u"free test"}, {Tag::work_first, u"free sample"},
    {Tag::work_first, u"for free first"}, {Tag::work_first, u"as a test for free"}, {Tag::work_first, u"then i will create the contract"},
    {Tag::work_first, u"先に成果物"}, {Tag::work_first, u"先に完成"}, {Tag::work_first, u"先にデザイン"}, {Tag::work_first, u"先に制作"},
    {Tag::work_first, u"先に仕上げ"}, {Tag::work_first, u"先に1本"}, {Tag::work_first, u"先に原稿"}, {Tag::work_first, u"先にご納品"},
    {Tag::work_first, u"先に送って"}, {Tag::work_first, u"先にお送り"}, {Tag::work_first, u"先行で作業"}, {Tag::work_first, u"先行して"},
    {Tag::work_first, u"仮払いは来週"}, {Tag::work_first, u"仮払いは明日"}, {Tag::work_first, u"仮払いは月末"}, {Tag::work_first, u"仮払いは後ほど"},
    {Tag::work_first, u"仮払いは後で"}, {Tag::work_first, u"仮払いは少々"}, {Tag::work_first, u"仮払いはもう少し"}, {Tag::work_first, u"仮払いは来月"},
    {Tag::work_first, u"仮払いはのちほど"}, {Tag::work_first, u"仮払いは週明け"}, {Tag::work_first, u"仮払い前に"}, {Tag::work_first, u"仮払いの前に"},
    {Tag::work_first, u"仮払いより先に"}, {Tag::work_first, u"仮払い前から"}, {Tag::work_first, u"契約前に作業"}, {Tag::work_first, u"契約前から作業"},
    {Tag::work_first, u"納品後に直接"}, {Tag::work_first, u"納品後にお支払い"}, {Tag::work_first, u"納品後に契約"}, {Tag::work_first, u"確認後に契約"},
    {Tag::work_first, u"見てから契約"}, {Tag::work_first, u"見てから仮払い"}, {Tag::work_first, u"確認してから契約"}, {Tag::work_first, u"確認してから仮払い"},
    {Tag::work_first, u"良ければ契約"}, {Tag::work_first, u"よければ契約"}, {Tag::work_first, u"気に入れば契約"}, {Tag::work_first, u"採用なら契約"},
    {Tag::work_first, u"今日から作業"}, {Tag::work_first, u"本日から作業"}, {Tag::work_first, u"すぐに作業を始め"}, {Tag::work_first, u"作業を始めておいて"},
    {Tag::work_first, u"進めておいて"}, {Tag::work_first, u"始めておいて"},
    {Tag::unpaid, u"unpaid"}, {Tag::unpaid, u"for free"}, {Tag::unpaid, u"no pay"}, {Tag::unpaid, u"without pay"}, {Tag::unpaid, u"not paid"},
    {Tag::paid, u"paid trial"}, {Tag::paid, u"paid test"}, {Tag::paid, u"under its own contract"}, {Tag::paid, u"有償テスト"},
    {Tag::paid, u"有償トライアル"}, {Tag::paid, u"テスト報酬"},
    {Tag::test_work, u"test"}, {Tag::test_work, u"trial"}, {Tag::test_work, u"sample"},
    {Tag::deliverable, u"article"}, {Tag::deliverable, u"logo"}, {Tag::deliverable, u"design"}, {Tag::deliverable, u"files"},
    {Tag::deliverable, u"work"}, {Tag::deliverable, u"translation"},
    {Tag::mass_hiring, u"anyone can join"}, {Tag::mass_hiring, u"unlimited"}, {Tag::mass_hiring, u"as many people"},
    {Tag::mass_hiring, u"everyone is accepted"}, {Tag::mass_hiring, u"all applicants"}, {Tag::mass_hiring, u"何名でも歓迎"},
    {Tag::mass_hiring, u"大募集"}, {Tag::mass_hiring, u"先着"}, {Tag::mass_hiring, u"first 100"}, {Tag::mass_hiring, u"hundreds of"},
    {Tag::easy_promise, u"no experience needed"}, {Tag::easy_promise, u"no experience required"}, {Tag::easy_promise, u"no skills needed"},
    {Tag::easy_promise, u"easy money"}, {Tag::easy_promise, u"from your phone"}, {Tag::easy_promise, u"just your phone"},
    {Tag::easy_promise, u"passive income"}, {Tag::easy_promise, u"guaranteed income"}, {Tag::easy_promise, u"a week from"},
    {Tag::easy_promise, u"誰でも"}, {Tag::easy_promise, u"だけで月"}, {Tag::easy_promise, u"簡単作業で"}, {Tag::easy_promise, u"楽に稼"},
    {Tag::easy_promise, u"ラクして"}, {Tag::easy_promise, u"簡単に月"}, {Tag::easy_promise, u"稼げます"}, {Tag::easy_promise, u"スマホ1つ"},
    {Tag::beginner, u"no experience"}, {Tag::beginner, u"beginners"}, {Tag::beginner, u"beginner"}, {Tag::beginner, u"anyone"},
    {Tag::beginner, u"students"}, {Tag::beginner, u"housewives"}, {Tag::beginner, u"side job"}, {Tag::beginner, u"spare time"},
    {Tag::high_pay_claim, u"up to $"}, {Tag::high_pay_claim, u"earn up to"},
    {Tag::vague_defer, u"details will be explained"}, {Tag::vague_defer, u"details after"}, {Tag::vague_defer, u"details later"},
    {Tag::vague_defer, u"details on line"}, {Tag::vague_defer, u"details via"}, {Tag::vague_defer, u"will explain later"},
    {Tag::vague_defer, u"詳細は面談"}, {Tag::vague_defer, u"詳細はline"}, {Tag::vague_defer, u"詳細はメール"}, {Tag::vague_defer, u"詳細はご連絡"},
    {Tag::vague_defer, u"詳しくはline"}, {Tag::vague_defer, u"内容は後ほど"}, {Tag::vague_defer, u"お仕事内容は"},
    {Tag::review_negative, u"slow to reply"}, {Tag::review_negative, u"slow replies"}, {Tag::review_negative, u"never replied"},
    {Tag::review_negative, u"no response"}, {Tag::review_negative, u"late payment"}, {Tag::review_negative, u"paid late"},
    {Tag::review_negative, u"never paid"}, {Tag::review_negative, u"didn't pay"}, {Tag::review_negative, u"disappeared"},
    {Tag::review_negative, u"ghosted"}, {Tag::review_negative, u"rude"}, {Tag::review_negative, u"unclear"}, {Tag::review_negative, u"changed the"},
    {Tag::review_negative, u"one-sided"}, {Tag::review_negative, u"would not recommend"}, {Tag::review_negative, u"not recommend"},
    {Tag::review_negative, u"avoid"}, {Tag::review_negative, u"unresponsive"}, {Tag::review_negative, u"連絡が遅"}, {Tag::review_negative, u"支払いが遅れ"},
    {Tag::review_negative, u"返信まで"}, {Tag::review_negative, u"やり直し"}, {Tag::review_negative, u"一方的に"},
    {Tag::review_positive, u"great"}, {Tag::review_positive, u"smooth"}, {Tag::review_positive, u"quick"}, {Tag::review_positive, u"fast"},
    {Tag::review_positive, u"clear"}, {Tag::review_positive, u"kind"}, {Tag::review_positive, u"recommend"}, {Tag::review_positive, u"excellent"},
    {Tag::review_positive, u"helpful"}, {Tag::review_positive, u"responsive"}, {Tag::review_positive, u"pleasure"},
    {Tag::deadline_word, u"納品日"}, {Tag::deadline_word, u"までに"}, {Tag::deadline_word, u"以内"}, {Tag::deadline_word, u"週間"},
    {Tag::deadline_word, u"ヶ月"}, {Tag::deadline_word, u"か月"}, {Tag::deadline_word, u"応募期限"}, {Tag::deadline_word, u"timeline"},
    {Tag::deadline_word, u"by friday"}, {Tag::deadline_word, u"week"}, {Tag::deadline_word, u"month"}, {Tag::deadline_word, u"hours a week"},
    {Tag::format_word, u"google sheets"}, {Tag::format_word, u"srt"}, {Tag::format_word, u"svg"}, {Tag::format_word, u"csv"},
    {Tag::format_word, u"mp3"}, {Tag::format_word, u"ai"}, {Tag::format_word, u"zip"}, {Tag::format_word, u"markdown"},
    {Tag::format_word, u"google drive"}, {Tag::format_word, u"repo"}, {Tag::format_word, u"pages"}, {Tag::format_word, u"slides"},
    {Tag::format_word, u"notion"}, {Tag::format_word, u"our cms"}, {Tag::format_word, u"cms"}, {Tag::format_word, u"納品"},
    {Tag::format_word, u"字"}, {Tag::format_word, u"words"}, {Tag::format_word, u"screens"}, {Tag::format_word, u"posts"},
    {Tag::task_word, u"翻訳"}, {Tag::task_word, u"作成"}, {Tag::task_word, u"制作"}, {Tag::task_word, u"代行"},
    {Tag::task_word, u"文字起こし"}, {Tag::task_word, u"動画"}, {Tag::task_word, u"記事"}, {Tag::task_word, u"タグ付け"},
    {Tag::task_word, u"build"}, {Tag::task_word, u"clean"}, {Tag::task_word, u"enter"}, {Tag::task_word, u"tag"},
    {Tag::task_word, u"proofreading"}, {Tag::task_word, u"copy"}, {Tag::task_word, u"illustration"}, {Tag::task_word, u"video"},
    {Tag::task_word, u"logo"}, {Tag::task_word, u"article"}, {Tag::task_word, u"subtitles"}, {Tag::task_word, u"descriptions"},
    // A task that names nothing (vague_description), and more concrete tasks.
    {Tag::vague_task, u"簡単な作業"}, {Tag::vague_task, u"かんたんな作業"}, {Tag::vague_task, u"簡単なお仕事"}, {Tag::vague_task, u"簡単な仕事"},
    {Tag::vague_task, u"かんたんなお仕事"}, {Tag::vague_task, u"カンタン作業"}, {Tag::vague_task, u"簡単作業"}, {Tag::vague_task, u"かんたん作業"},
    {Tag::vague_task, u"pc作業"}, {Tag::vague_task, u"スマホ作業"}, {Tag::vague_task, u"お手伝い"}, {Tag::vague_task, u"在宅ワーク"},
    {Tag::vague_task, u"ちょっとした作業"}, {Tag::vague_task, u"軽作業"}, {Tag::vague_task, u"コピペ"}, {Tag::vague_task, u"お仕事です"},
    {Tag::vague_task, u"easy tasks"}, {Tag::vague_task, u"easy online tasks"}, {Tag::vague_task, u"simple tasks"}, {Tag::vague_task, u"online tasks"},
    {Tag::vague_task, u"a project"}, {Tag::vague_task, u"long term project"}, {Tag::vague_task, u"some work"}, {Tag::vague_task, u"help with"},
    {Tag::task_word, u"対応"}, {Tag::task_word, u"サポート"}, {Tag::task_word, u"チェック作業"}, {Tag::task_word, u"ポスティング"},
    {Tag::task_word, u"配布"}, {Tag::task_word, u"インタビュー"}, {Tag::task_word, u"陳列"}, {Tag::task_word, u"仕訳"},
    {Tag::task_word, u"設営"}, {Tag::task_word, u"受付"}, {Tag::task_word, u"いいね"}, {Tag::task_word, u"リポスト"},
    {Tag::task_word, u"アンケート回答"}, {Tag::task_word, u"回答"}, {Tag::task_word, u"モニター"}, {Tag::task_word, u"テスター"},
    {Tag::task_word, u"入力"}, {Tag::task_word, u"リライト"}, {Tag::task_word, u"撮影"}, {Tag::task_word, u"録音"},
    {Tag::task_word, u"record"}, {Tag::task_word, u"answer"}, {Tag::task_word, u"label"}, {Tag::task_word, u"summarise"},
    {Tag::task_word, u"summarize"}, {Tag::task_word, u"localise"}, {Tag::task_word, u"localize"}, {Tag::task_word, u"moderate"},
    {Tag::task_word, u"fix"}, {Tag::task_word, u"greeting"}, {Tag::task_word, u"reception"}, {Tag::task_word, u"filing"},
    {Tag::task_word, u"lessons"}, {Tag::task_word, u"lesson"}, {Tag::task_word, u"research"}, {Tag::task_word, u"calls"},
    {Tag::task_word, u"chats"}, {Tag::task_word, u"survey"}, {Tag::task_word, u"questions"}, {Tag::task_word, u"narration"},
    {Tag::task_word, u"bugs"}, {Tag::task_word, u"dashboard"}, {Tag::task_word, u"images"}, {Tag::task_word, u"app"},
    {Tag::task_word, u"website"}, {Tag::task_word, u"bot"}, {Tag::task_word, u"testing"}, {Tag::task_word, u"data entry"},
    {Tag::task_word, u"電話"}, {Tag::task_word, u"検品"}, {Tag::task_word, u"袋詰め"}, {Tag::task_word, u"分類"},
    {Tag::task_word, u"保守"}, {Tag::task_word, u"改修"}, {Tag::task_word, u"英会話"}, {Tag::task_word, u"レッスン"},
    {Tag::task_word, u"ツール"}, {Tag::task_word, u"メール対応"}, {Tag::task_word, u"接客"}, {Tag::task_word, u"梱包"},
    {Tag::task_word, u"発送作業"}, {Tag::task_word, u"買い取ります"}, {Tag::task_word, u"ライター"}, {Tag::task_word, u"デザイナー"},
    {Tag::vague_defer, u"詳細はご応募後"}, {Tag::vague_defer, u"ご応募後にお伝え"}, {Tag::vague_defer, u"応募後にお伝え"},
    {Tag::vague_defer, u"個別にお伝え"}, {Tag::vague_defer, u"詳細はお電話"}, {Tag::vague_defer, u"お電話でご説明"},
    {Tag::vague_defer, u"lineで説明"}, {Tag::vague_defer, u"lineでお伝え"}, {Tag::vague_defer, u"lineでご案内"}, {Tag::vague_defer, u"lineでご説明"},
    {Tag::vague_defer, u"ご相談のうえ決定"}, {Tag::vague_defer, u"相談のうえ決定"}, {Tag::vague_defer, u"相談の上決定"},
    {Tag::vague_defer, u"詳しいやり方は"}, {Tag::vague_defer, u"詳しい内容は"}, {Tag::vague_defer, u"詳細はテレグラム"},
    {Tag::vague_defer, u"詳細はシグナル"}, {Tag::vague_defer, u"内容はまた改めて"}, {Tag::vague_defer, u"内容は後ほど"},
    {Tag::vague_defer, u"details after contract"}, {Tag::vague_defer, u"details will be"}, {Tag::vague_defer, u"explained after"},
    {Tag::vague_defer, u"details on telegram"}, {Tag::vague_defer, u"details on whatsapp"}, {Tag::vague_defer, u"details in dm"},
    {Tag::mass_hiring, u"募集人数:無制限"}, {Tag::mass_hiring, u"募集人数 無制限"}, {Tag::mass_hiring, u"募集人数無制限"},
    {Tag::mass_hiring, u"無制限(誰でも"}, {Tag::mass_hiring, u"people needed"}, {Tag::mass_hiring, u"people wanted"},
    // 闇バイト: handing over bank accounts, cards or logins (a pair in one clause).
    {Tag::bank_object, u"口座"}, {Tag::bank_object, u"銀行口座"}, {Tag::bank_object, u"キャッシュカード"}, {Tag::bank_object, u"通帳"},
    {Tag::bank_object, u"暗証番号"}, {Tag::bank_object, u"ネット銀行"}, {Tag::bank_object, u"名義"}, {Tag::bank_object, u"sim"},
    {Tag::bank_object, u"携帯電話"}, {Tag::bank_object, u"スマホ"}, {Tag::bank_object, u"accounts on"}, {Tag::bank_object, u"2fa"},
    {Tag::bank_object, u"login e-mail"}, {Tag::bank_object, u"bank card"}, {Tag::bank_object, u"atm card"},
    {Tag::handover_verb, u"貸して"}, {Tag::handover_verb, u"お貸し"}, {Tag::handover_verb, u"貸していただ"}, {Tag::handover_verb, u"売って"},
    {Tag::handover_verb, u"売却"}, {Tag::handover_verb, u"買い取"}, {Tag::handover_verb, u"買取"}, {Tag::handover_verb, u"譲って"},
    {Tag::handover_verb, u"譲渡"}, {Tag::handover_verb, u"郵送"}, {Tag::handover_verb, u"送ってくれ"}, {Tag::handover_verb, u"作って"},
    {Tag::handover_verb, u"開設して"}, {Tag::handover_verb, u"を開設"}, {Tag::handover_verb, u"共有して"}, {Tag::handover_verb, u"お知らせください"},
    {Tag::handover_verb, u"hand us"}, {Tag::handover_verb, u"hand over"}, {Tag::handover_verb, u"lend"}, {Tag::handover_verb, u"sell"},
    {Tag::handover_verb, u"rent"}, {Tag::handover_verb, u"give us"}, {Tag::handover_verb, u"open accounts"}, {Tag::handover_verb, u"mail us"},
    {Tag::crime_task, u"現金入り"}, {Tag::crime_task, u"封筒を受け取"}, {Tag::crime_task, u"受け取るだけ"}, {Tag::crime_task, u"入金するだけ"},
    {Tag::crime_task, u"運搬"}, {Tag::crime_task, u"お届けするだけ"}, {Tag::crime_task, u"送り直す"}, {Tag::crime_task, u"受け取り"},
    {Tag::lure_event, u"副業仲間"}, {Tag::lure_event, u"上位プラン"}, {Tag::lure_event, u"個別相談会"}, {Tag::lure_event, u"養成講座"},
    {Tag::lure_route, u"ご案内があります"}, {Tag::lure_route, u"のご案内"}, {Tag::lure_route, u"特別価格"}, {Tag::lure_route, u"投資"},
    {Tag::lure_route, u"ボーナス"}, {Tag::lure_route, u"bonus"}, {Tag::lure_route, u"special price"}, {Tag::lure_route, u"upgrade"},
    {Tag::lure_route, u"discordサーバー"}, {Tag::lure_route, u"limited seats"},
    {Tag::stealth_cue, u"来店不要"}, {Tag::stealth_cue, u"来店は不要"}, {Tag::stealth_cue, u"通っていなくても"}, {Tag::stealth_cue, u"行っていなくても"},
    {Tag::stealth_cue, u"体験談風"}, {Tag::stealth_cue, u"自分で買った"}, {Tag::stealth_cue, u"自然に紹介"}, {Tag::stealth_cue, u"別々のアカウント"},
    {Tag::stealth_cue, u"2アカウント"}, {Tag::stealth_cue, u"正体を明かさない"}, {Tag::stealth_cue, u"なりきって"}, {Tag::stealth_cue, u"一人称で"},
    {Tag::stealth_cue, u"実際に通ってみた"}, {Tag::stealth_cue, u"実際に使った"}, {Tag::stealth_cue, u"as if you"}, {Tag::stealth_cue, u"look natural"},
    {Tag::stealth_cue, u"feel organic"}, {Tag::stealth_cue, u"look organic"}, {Tag::stealth_cue, u"profiles"}, {Tag::stealth_cue, u"from each one"},
    {Tag::stealth_cue, u"好意的な"}, {Tag::stealth_cue, u"positive reviews"}, {Tag::stealth_cue, u"予約履歴はこちらで"},
    {Tag::disclosed, u"pr"}, {Tag::disclosed, u"sponsored"}, {Tag::disclosed, u"'sponsored'"}, {Tag::disclosed, u"paid-partnership"},
    {Tag::disclosed, u"広告表示"}, {Tag::disclosed, u"『広告』"}, {Tag::disclosed, u"「広告」"}, {Tag::disclosed, u"提供であること"},
    // The post describes content to produce: the risky words in it are its subject.
    {Tag::topic_frame, u"記事テーマ"}, {Tag::topic_frame, u"テーマ:"}, {Tag::topic_frame, u"テーマ："}, {Tag::topic_frame, u"【テーマ】"},
    {Tag::topic_frame, u"見出し"}, {Tag::topic_frame, u"内容例"}, {Tag::topic_frame, u"項目:"}, {Tag::topic_frame, u"項目："},
    {Tag::topic_frame, u"啓発"}, {Tag::topic_frame, u"防止"}, {Tag::topic_frame, u"手口"}, {Tag::topic_frame, u"対策"},
    {Tag::topic_frame, u"注意喚起"}, {Tag::topic_frame, u"解説記事"}, {Tag::topic_frame, u"比較記事"}, {Tag::topic_frame, u"コラム記事"},
    {Tag::topic_frame, u"ガイド記事"}, {Tag::topic_frame, u"台本"}, {Tag::topic_frame, u"を比較する"}, {Tag::topic_frame, u"避けるべき"},
    {Tag::topic_frame, u"見分け方"}, {Tag::topic_frame, u"危険性"}, {Tag::topic_frame, u"翻訳"}, {Tag::topic_frame, u"和訳"}, {Tag::topic_frame, u"英訳"},
    {Tag::topic_frame, u"explainer"}, {Tag::topic_frame, u"red flags"}, {Tag::topic_frame, u"how to spot"}, {Tag::topic_frame, u"article explaining"},
    {Tag::topic_frame, u"article for"}, {Tag::topic_frame, u"article about"}, {Tag::topic_frame, u"article on"}, {Tag::topic_frame, u"awareness"},
    {Tag::topic_frame, u"translate"}, {Tag::topic_frame, u"privacy policy"}, {Tag::topic_frame, u"word article"}, {Tag::topic_frame, u"word guide"},
    {Tag::topic_frame, u"checklist"}, {Tag::topic_frame, u"scam"}, {Tag::topic_frame, u"scams"},
    {Tag::escrow_done, u"仮払いが完了"}, {Tag::escrow_done, u"仮払い完了"}, {Tag::escrow_done, u"仮払いしました"}, {Tag::escrow_done, u"仮払いいたしました"},
    {Tag::escrow_done, u"仮払いを確認"}, {Tag::escrow_done, u"仮払い済"}, {Tag::escrow_done, u"is funded"}, {Tag::escrow_done, u"funded the milestone"},
    {Tag::escrow_done, u"milestone funded"}, {Tag::escrow_done, u"escrow is funded"}, {Tag::escrow_done, u"have funded"}, {Tag::escrow_done, u"has been funded"},
    {Tag::topic, u"通知"}, {Tag::topic, u"仕組み"}, {Tag::topic, u"連携"}, {Tag::topic, u"gas"}, {Tag::topic, u"自動化"},
    {Tag::topic, u"の情報"}, {Tag::topic, u"収集"}, {Tag::topic, u"スクレイピング"}, {Tag::topic, u"handling"},
    {Tag::negation, u"おりません"}, {Tag::negation, u"行っておりません"}, {Tag::negation, u"しておりません"},
    {Tag::neutral, u"dmへの"}, {Tag::neutral, u"dm返信"}, {Tag::neutral, u"dm対応"}, {Tag::neutral, u"dm封入"}, {Tag::neutral, u"dm発送"},
    {Tag::neutral, u"ダイレクトメール"}, {Tag::neutral, u"line creators market"}, {Tag::neutral, u"creators market"},
    // Consumed so that they are not misread (more).
    {Tag::neutral, u"常駐ソフト"}, {Tag::neutral, u"常駐型"}, {Tag::neutral, u"常駐アプリ"}, {Tag::neutral, u"メモリ常駐"},
    {Tag::neutral, u"常駐プログラム"}, {Tag::neutral, u"常駐プロセス"}, {Tag::neutral, u"保証金とは"}, {Tag::neutral, u"敷金"},
    {Tag::neutral, u"lineスタンプ"}, {Tag::neutral, u"ラインスタンプ"}, {Tag::neutral, u"line stamp"}, {Tag::neutral, u"line stickers"},
    {Tag::neutral, u"online"}, {Tag::neutral, u"deadline"}, {Tag::neutral, u"guideline"}, {Tag::neutral, u"guidelines"},
    {Tag::neutral, u"timeline"}, {Tag::neutral, u"headline"}, {Tag::neutral, u"outline"}, {Tag::neutral, u"signal processing"},
    {Tag::neutral, u"no later than"}, {Tag::neutral, u"no problem"}, {Tag::neutral, u"free trial"}, {Tag::neutral, u"lancers messages"},
    {Tag::neutral, u"crowdworks messages"}, {Tag::neutral, u"platform messages"}, {Tag::neutral, u"message here"},
    {Tag::neutral, u"messages here"}, {Tag::neutral, u"this platform"}, {Tag::neutral, u"through this platform"},
    {Tag::neutral, u"whatsapp business"}, {Tag::neutral, u"whatsapp cloud"}, {Tag::neutral, u"telegram bot"}, {Tag::neutral, u"discord bot"},
    {Tag::neutral, u"line bot"}, {Tag::neutral, u"lineボット"}, {Tag::neutral, u"line公式アカウントの運用"}, {Tag::neutral, u"免許証の番号"},
    {Tag::neutral, u"住所欄"}, {Tag::neutral, u"電話番号欄"}, {Tag::neutral, u"メールアドレス欄"}, {Tag::neutral, u"氏名欄"},
    {Tag::neutral, u"本人確認済み"}, {Tag::neutral, u"本人確認:済"}, {Tag::neutral, u"本人確認書類の提出は不要"},
    {Tag::neutral, u"住所や電話番号"}, {Tag::neutral, u"お問い合わせフォーム"}, {Tag::neutral, u"応募フォーム"},
};

bool is_ascii_letter(char32_t c) { return c >= U'a' && c <= U'z'; }

// "line" must not match inside "online"; short katakana words must not match
// inside longer ones (テスト in コンテスト is consumed by a neutral term instead,
// but ライン in ラインナップ and ラインスタンプ alike is decided here).
bool at_word_boundary(std::u32string_view s, std::size_t begin, std::size_t end, std::u16string_view term) {
  if (is_ascii_letter(term.front()) && begin > 0 && is_ascii_letter(s[begin - 1])) return false;
  if (is_ascii_letter(term.back()) && end < s.size() && is_ascii_letter(s[end])) return false;
  // "0円" must not match inside "9,800円".
  bool digit_first = term.front() >= U'0' && term.front() <= U'9';
  if (digit_first && begin > 0 && ((s[begin - 1] >= U'0' && s[begin - 1] <= U'9') || s[begin - 1] == U',' || s[begin - 1] == U'.'))
    return false;
  return true;
}

constexpr bool all_in_bmp() {
  for (const Term& t : terms)
    for (char16_t c : t.text)
      if (c >= 0xD800 && c <= 0xDFFF) return false;
  return true;
}
static_assert(all_in_bmp(), "a term outside the BMP needs UTF-32 (Term::text)");

// Tags whose katakana terms also match written in hiragana (らいん, てれぐらむ,
// でぃすこーど): spelling a channel in the other kana is a way round filters.
constexpr Tag kana_insensitive_tags[] = {Tag::messenger, Tag::work_tool, Tag::anon_app, Tag::call_tool};

bool kana_insensitive(Tag tag) {
  for (Tag t : kana_insensitive_tags)
    if (t == tag) return true;
  return false;
}

// A katakana term (ー allowed) in hiragana, or empty when the term has other characters.
std::u16string hiragana_of(std::u16string_view term) {
  std::u16string out;
  bool kana = false;
  for (char16_t c : term) {
    if (c >= u'ァ' && c <= u'ヶ') {
      out.push_back(static_cast<char16_t>(c - 0x60));
      kana = true;
    } else if (c == u'ー') {
      out.push_back(c);
    } else {
      return {};
    }
  }
  return kana ? out : std::u16string();
}

// Term ids: 0..size(terms) are the table's rows; the hiragana spellings follow,
// each remembering the row it spells (term_row).
struct Lexicon {
  std::vector<std::u16string> hiragana;   // the extra spellings
  std::vector<std::uint32_t> term_row;    // id -> row of `terms`
  text::PhraseMatcher matcher;
  Lexicon() : matcher(build()) {}

 private:
  std::vector<std::u16string_view> build() {
    std::vector<std::u16string_view> texts;
    for (std::uint32_t i = 0; i < std::size(terms); ++i) {
      texts.push_back(terms[i].text);
      term_row.push_back(i);
    }
    for (std::uint32_t i = 0; i < std::size(terms); ++i)
      if (kana_insensitive(terms[i].tag)) {
        std::u16string h = hiragana_of(terms[i].text);
        if (!h.empty()) hiragana.push_back(std::move(h)), term_row.push_back(i);
      }
    for (const std::u16string& h : hiragana) texts.push_back(h);
    return texts;
  }
};

const Lexicon& lexicon() {
  static const Lexicon built;
  return built;
}

constexpr std::size_t longest_term() {
  std::size_t longest = 0;
  for (const Term& t : terms) longest = std::max(longest, t.text.size());
  return longest;
}
constexpr std::size_t max_term_chars = longest_term();

}  // namespace

std::vector<TermHit> scan_terms(const std::u32string& text) {
  const std::u32string_view s = text;
  const Lexicon& lex = lexicon();
  const text::PhraseMatcher& m = lex.matcher;
  std::vector<TermHit> hits;
  hits.reserve(s.size() / 8);  // about one hit per 9 characters in dense posts: few reallocations
  // Terms starting at a position, shortest first (at most one per length).
  std::uint32_t found[max_term_chars + 1];
  for (std::size_t i = 0; i < s.size();) {
    std::size_t count = 0;
    m.each_at(s, i, [&](std::uint32_t id, std::size_t) { found[count++] = id; });
    // Leftmost-longest: the longest term that also sits at a word boundary.
    std::size_t matched = 0;
    while (count > 0) {
      const Term& term = terms[lex.term_row[found[--count]]];
      if (!at_word_boundary(s, i, i + term.text.size(), term.text)) continue;
      hits.push_back({term.tag, static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(i + term.text.size())});
      matched = term.text.size();
      break;
    }
    i += matched ? matched : 1;
  }
  return hits;
}

}  // namespace gigcheck::risk
