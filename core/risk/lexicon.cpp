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
    {Tag::work_subject, u"投稿"}, {Tag::work_subject, u"フォロワー"}, {Tag::work_subject, u"リール"},
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
    {Tag::task_word, u"ライティング"}, {Tag::task_word, u"記事作成"}, {Tag::task_word, u"レビュー"},
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

// The term table as one matcher, built at first use.
const text::PhraseMatcher& matcher() {
  static const text::PhraseMatcher built = [] {
    std::vector<std::u16string_view> texts;
    texts.reserve(std::size(terms));
    for (const Term& t : terms) texts.push_back(t.text);
    return text::PhraseMatcher(texts);
  }();
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
  const text::PhraseMatcher& m = matcher();
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
      const Term& term = terms[found[--count]];
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
