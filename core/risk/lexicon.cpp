#include "core/risk/lexicon.h"

#include <algorithm>
#include <string_view>

#include "core/text/normalize.h"

namespace gigcheck::risk {

namespace {

struct Term {
  Tag tag;
  std::u32string_view text;  // normalized form: lower-case ASCII, full-width kana
};

// Every word the detectors know, by meaning. Written in normalized form
// (core/text/normalize.h): ＬＩＮＥ, ﾗｲﾝ and L I N E all arrive as "line"/"ライン".
constexpr Term terms[] = {
    // Personal channels outside the platform.
    {Tag::messenger, U"line"}, {Tag::messenger, U"ライン"}, {Tag::messenger, U"公式line"},
    {Tag::messenger, U"公式ライン"}, {Tag::messenger, U"line@"}, {Tag::messenger, U"lineアカウント"},
    {Tag::messenger, U"telegram"}, {Tag::messenger, U"テレグラム"}, {Tag::messenger, U"whatsapp"},
    {Tag::messenger, U"instagram"}, {Tag::messenger, U"インスタ"}, {Tag::messenger, U"インスタグラム"},
    {Tag::messenger, U"メール"}, {Tag::messenger, U"メールアドレス"}, {Tag::messenger, U"メアド"},
    {Tag::messenger, U"e-mail"}, {Tag::messenger, U"email"}, {Tag::messenger, U"gmail"},
    {Tag::messenger, U"個人アドレス"}, {Tag::messenger, U"携帯"}, {Tag::messenger, U"snsのdm"},
    {Tag::messenger, U"dm"}, {Tag::messenger, U"カカオ"}, {Tag::messenger, U"外部ツール"},
    {Tag::messenger, U"外部のツール"}, {Tag::messenger, U"外部サイト"}, {Tag::messenger, U"連絡先"},
    {Tag::messenger, U"オープンチャット"}, {Tag::messenger, U"グループチャット"},
    // Work chat tools: fine after the contract.
    {Tag::work_tool, U"chatwork"}, {Tag::work_tool, U"チャットワーク"}, {Tag::work_tool, U"slack"},
    {Tag::work_tool, U"スラック"}, {Tag::work_tool, U"discord"}, {Tag::work_tool, U"ディスコード"},
    {Tag::work_tool, U"skype"}, {Tag::work_tool, U"スカイプ"},
    // Moving the conversation there.
    {Tag::contact_action, U"追加"}, {Tag::contact_action, U"登録"}, {Tag::contact_action, U"友だち"},
    {Tag::contact_action, U"友達"}, {Tag::contact_action, U"連絡"}, {Tag::contact_action, U"やり取り"},
    {Tag::contact_action, U"やりとり"}, {Tag::contact_action, U"移行"}, {Tag::contact_action, U"移動"},
    {Tag::contact_action, U"移って"}, {Tag::contact_action, U"qr"}, {Tag::contact_action, U"招待"},
    {Tag::contact_action, U"教えて"}, {Tag::contact_action, U"送って"}, {Tag::contact_action, U"送ります"},
    {Tag::contact_action, U"お送り"}, {Tag::contact_action, U"送付"}, {Tag::contact_action, U"交換"},
    {Tag::contact_action, U"詳細"}, {Tag::contact_action, U"詳しく"}, {Tag::contact_action, U"直接"},
    {Tag::contact_action, U"参加"}, {Tag::contact_action, U"申請"}, {Tag::contact_action, U"案内"},
    {Tag::contact_action, U"id"}, {Tag::contact_action, U"返信"}, {Tag::contact_action, U"お問い合わせ"},
    {Tag::contact_action, U"問い合わせ"}, {Tag::contact_action, U"メッセージください"},
    // Calls and interviews.
    {Tag::call_tool, U"zoom"}, {Tag::call_tool, U"ズーム"}, {Tag::call_tool, U"google meet"},
    {Tag::call_tool, U"googlemeet"}, {Tag::call_tool, U"meet"}, {Tag::call_tool, U"teams"},
    {Tag::call_tool, U"電話"}, {Tag::call_tool, U"通話"}, {Tag::call_tool, U"ビデオ通話"},
    {Tag::call_tool, U"web会議"}, {Tag::call_tool, U"オンライン会議"},
    {Tag::interview, U"面談"}, {Tag::interview, U"面接"}, {Tag::interview, U"web面談"},
    {Tag::interview, U"オンライン面談"}, {Tag::interview, U"顔合わせ"}, {Tag::interview, U"説明会"},
    {Tag::interview, U"オンライン面接"}, {Tag::interview, U"web面接"}, {Tag::interview, U"カジュアル面談"},
    {Tag::meeting, U"打ち合わせ"}, {Tag::meeting, U"打合せ"}, {Tag::meeting, U"ミーティング"},
    {Tag::meeting, U"オンラインミーティング"}, {Tag::meeting, U"お話し"}, {Tag::meeting, U"お話を"},
    {Tag::meeting, U"ヒアリング"}, {Tag::meeting, U"話しましょう"}, {Tag::meeting, U"お話できれば"},
    // Tools as the subject of the work.
    {Tag::work_subject, U"lineスタンプ"}, {Tag::work_subject, U"スタンプ"}, {Tag::work_subject, U"広告"},
    {Tag::work_subject, U"運用"}, {Tag::work_subject, U"配信"}, {Tag::work_subject, U"構築"},
    {Tag::work_subject, U"開設"}, {Tag::work_subject, U"集客"}, {Tag::work_subject, U"分析"},
    {Tag::work_subject, U"リッチメニュー"}, {Tag::work_subject, U"マンガ"}, {Tag::work_subject, U"漫画"},
    {Tag::work_subject, U"文字起こし"}, {Tag::work_subject, U"書き起こし"}, {Tag::work_subject, U"テープ起こし"},
    {Tag::work_subject, U"議事録"}, {Tag::work_subject, U"録画"}, {Tag::work_subject, U"録音"},
    {Tag::work_subject, U"音声データ"}, {Tag::work_subject, U"音声ファイル"}, {Tag::work_subject, U"動画編集"},
    {Tag::work_subject, U"メルマガ"}, {Tag::work_subject, U"メールマガジン"}, {Tag::work_subject, U"メール対応"},
    {Tag::work_subject, U"メール配信"}, {Tag::work_subject, U"ステップ配信"}, {Tag::work_subject, U"lステップ"},
    {Tag::work_subject, U"投稿"}, {Tag::work_subject, U"フォロワー"}, {Tag::work_subject, U"リール"},
    {Tag::work_subject, U"サーバーの運営"}, {Tag::work_subject, U"bot"}, {Tag::work_subject, U"ボット"},
    {Tag::work_subject, U"クリエイターズマーケット"}, {Tag::work_subject, U"使い方"}, {Tag::work_subject, U"マニュアル作成"},
    {Tag::work_subject, U"電話代行"}, {Tag::work_subject, U"電話対応"}, {Tag::work_subject, U"テレアポ"},
    {Tag::work_subject, U"コールセンター"}, {Tag::work_subject, U"営業電話"}, {Tag::work_subject, U"架電"},
    {Tag::work_subject, U"字幕"}, {Tag::work_subject, U"翻訳"},
    // Payment outside the platform (a signal at any stage).
    {Tag::pay_outside, U"直接振込"}, {Tag::pay_outside, U"直接お振込"}, {Tag::pay_outside, U"直接お振り込み"},
    {Tag::pay_outside, U"直接振り込み"}, {Tag::pay_outside, U"直接契約"}, {Tag::pay_outside, U"直接取引"},
    {Tag::pay_outside, U"直接のお取引"}, {Tag::pay_outside, U"直接お支払い"}, {Tag::pay_outside, U"直接支払"},
    {Tag::pay_outside, U"手数料がかからない"}, {Tag::pay_outside, U"手数料を節約"}, {Tag::pay_outside, U"手数料がもったいない"},
    {Tag::pay_outside, U"手数料分"}, {Tag::pay_outside, U"サイト外"}, {Tag::pay_outside, U"サイトを通さず"},
    {Tag::pay_outside, U"システムを通さず"}, {Tag::pay_outside, U"クラウドワークスを通さず"},
    {Tag::pay_outside, U"ランサーズを通さず"}, {Tag::pay_outside, U"プラットフォーム外"},
    {Tag::pay_outside, U"paypayで"}, {Tag::pay_outside, U"paypalで"}, {Tag::pay_outside, U"銀行振込で"},
    {Tag::pay_outside, U"手渡し"}, {Tag::pay_outside, U"外部で契約"}, {Tag::pay_outside, U"外部でお支払い"},
    // When.
    {Tag::after_contract, U"契約後"}, {Tag::after_contract, U"ご契約後"}, {Tag::after_contract, U"契約締結後"},
    {Tag::after_contract, U"契約してから"}, {Tag::after_contract, U"契約成立後"}, {Tag::after_contract, U"仮払い後"},
    {Tag::after_contract, U"仮払い確認後"}, {Tag::after_contract, U"仮払いの確認後"}, {Tag::after_contract, U"仮払い完了後"},
    {Tag::after_contract, U"契約が成立した"}, {Tag::after_contract, U"正式契約後"}, {Tag::after_contract, U"契約後は"},
    {Tag::before_contract, U"契約前"}, {Tag::before_contract, U"契約の前"}, {Tag::before_contract, U"仮払い前"},
    {Tag::before_contract, U"仮払いの前"}, {Tag::before_contract, U"採用前"}, {Tag::before_contract, U"正式依頼前"},
    {Tag::before_contract, U"契約をする前"}, {Tag::before_contract, U"契約する前"}, {Tag::before_contract, U"契約に先立"},
    {Tag::before_contract, U"ご契約前"}, {Tag::before_contract, U"契約締結前"},
    // Negation and warnings: a sentence that rules something out is not a signal.
    {Tag::negation, U"行いません"}, {Tag::negation, U"おこないません"}, {Tag::negation, U"いたしません"},
    {Tag::negation, U"致しません"}, {Tag::negation, U"しません"}, {Tag::negation, U"ありません"},
    {Tag::negation, U"禁止"}, {Tag::negation, U"お断り"}, {Tag::negation, U"ご遠慮"}, {Tag::negation, U"控え"},
    {Tag::negation, U"不要"}, {Tag::negation, U"なし"}, {Tag::negation, U"無し"}, {Tag::negation, U"不可"},
    {Tag::negation, U"ng"}, {Tag::negation, U"しないで"}, {Tag::negation, U"一切"}, {Tag::negation, U"ございません"},
    {Tag::negation, U"いただきません"}, {Tag::negation, U"頂きません"},
    {Tag::negation, U"求めません"}, {Tag::negation, U"伺いません"}, {Tag::negation, U"お聞きしません"},
    {Tag::negation, U"しておりません"}, {Tag::negation, U"応じないで"}, {Tag::negation, U"応じません"},
    {Tag::negation, U"ことはなく"}, {Tag::negation, U"こともなく"}, {Tag::negation, U"ことなく"},
    {Tag::negation, U"ませんでした"}, {Tag::negation, U"なかった"}, {Tag::negation, U"ないよう"},
    {Tag::negation, U"必要はありません"}, {Tag::negation, U"できません"}, {Tag::negation, U"いません"},
    {Tag::conditional, U"ませんか"}, {Tag::conditional, U"しませんか"}, {Tag::conditional, U"いただけませんか"},
    {Tag::conditional, U"できませんか"}, {Tag::conditional, U"しないと"}, {Tag::conditional, U"ないと"}, {Tag::conditional, U"なければ"},
    {Tag::conditional, U"しなければ"}, {Tag::conditional, U"ない場合"}, {Tag::conditional, U"ないなら"},
    {Tag::free, U"無料"}, {Tag::free, U"0円"}, {Tag::free, U"かかりません"}, {Tag::free, U"負担なし"},
    {Tag::free, U"ゼロ"}, {Tag::free, U"一切不要"},
    {Tag::remote, U"完全在宅"}, {Tag::remote, U"フルリモート"}, {Tag::remote, U"リモート"}, {Tag::remote, U"在宅"},
    {Tag::remote, U"remote"},
    {Tag::warning, U"詐欺"}, {Tag::warning, U"ご注意"}, {Tag::warning, U"注意"}, {Tag::warning, U"規約違反"},
    {Tag::warning, U"規約で禁止"}, {Tag::warning, U"誘導"}, {Tag::warning, U"通報"}, {Tag::warning, U"悪質"},
    {Tag::warning, U"怪しい"}, {Tag::warning, U"被害"}, {Tag::warning, U"という"}, {Tag::warning, U"といった"}, {Tag::warning, U"などと"},
    {Tag::warning, U"と言われ"}, {Tag::warning, U"のような誘い"}, {Tag::warning, U"気をつけ"}, {Tag::warning, U"気を付け"},
    // Work before escrow.
    {Tag::test_work, U"テスト"}, {Tag::test_work, U"テストライティング"}, {Tag::test_work, U"テスト記事"},
    {Tag::test_work, U"テスト作業"}, {Tag::test_work, U"テスト納品"}, {Tag::test_work, U"お試し"},
    {Tag::test_work, U"トライアル"}, {Tag::test_work, U"試し書き"}, {Tag::test_work, U"サンプル"},
    {Tag::test_work, U"課題"}, {Tag::test_work, U"テスト課題"}, {Tag::test_work, U"テストデザイン"},
    {Tag::unpaid, U"無報酬"}, {Tag::unpaid, U"無償"}, {Tag::unpaid, U"報酬なし"}, {Tag::unpaid, U"報酬はなし"},
    {Tag::unpaid, U"報酬は発生しません"}, {Tag::unpaid, U"報酬は出ません"}, {Tag::unpaid, U"報酬はお支払いできません"},
    {Tag::unpaid, U"報酬はありません"}, {Tag::unpaid, U"ボランティア"}, {Tag::unpaid, U"無料で"},
    {Tag::unpaid, U"報酬0円"}, {Tag::unpaid, U"ノーギャラ"}, {Tag::unpaid, U"タダで"},
    {Tag::unpaid, U"お支払いはありません"}, {Tag::unpaid, U"支払いは発生しません"},
    {Tag::paid, U"有償"}, {Tag::paid, U"報酬あり"}, {Tag::paid, U"報酬をお支払い"}, {Tag::paid, U"報酬が発生"},
    {Tag::paid, U"報酬は発生します"}, {Tag::paid, U"謝礼"}, {Tag::paid, U"有料"}, {Tag::paid, U"報酬をお支払いします"},
    {Tag::paid, U"お支払いします"}, {Tag::paid, U"報酬をお渡し"}, {Tag::paid, U"の報酬"},
    {Tag::deliverable, U"作業"}, {Tag::deliverable, U"執筆"}, {Tag::deliverable, U"制作"}, {Tag::deliverable, U"作成"},
    {Tag::deliverable, U"納品"}, {Tag::deliverable, U"書いて"}, {Tag::deliverable, U"記事"},
    {Tag::deliverable, U"デザイン案"}, {Tag::deliverable, U"ラフ"}, {Tag::deliverable, U"原稿"},
    {Tag::deliverable, U"着手"}, {Tag::deliverable, U"作業開始"},
    {Tag::after_delivery, U"納品後"}, {Tag::after_delivery, U"提出後"}, {Tag::after_delivery, U"作業後"},
    {Tag::after_delivery, U"完成後"}, {Tag::after_delivery, U"執筆後"}, {Tag::after_delivery, U"納品確認後"},
    {Tag::after_delivery, U"完成次第"}, {Tag::after_delivery, U"納品してから"}, {Tag::after_delivery, U"提出してから"},
    {Tag::after_delivery, U"書いてから"}, {Tag::after_delivery, U"記事確認後"}, {Tag::after_delivery, U"納品いただいた後"},
    {Tag::after_delivery, U"納品物を確認してから"}, {Tag::after_delivery, U"内容を確認してから"},
    {Tag::escrow, U"仮払いを行"}, {Tag::escrow, U"仮払いをし"}, {Tag::escrow, U"仮払いします"},
    {Tag::escrow, U"仮払いいたします"}, {Tag::escrow, U"仮払い致します"}, {Tag::escrow, U"仮払い手続"},
    {Tag::escrow, U"仮払いさせて"}, {Tag::escrow, U"契約を結"}, {Tag::escrow, U"契約します"},
    {Tag::escrow, U"契約いたします"}, {Tag::escrow, U"契約させて"}, {Tag::escrow, U"契約締結"},
    {Tag::escrow, U"契約を締結"}, {Tag::escrow, U"本契約"}, {Tag::escrow, U"正式契約"},
    {Tag::escrow, U"発注します"}, {Tag::escrow, U"発注いたします"}, {Tag::escrow, U"正式に依頼"},
    {Tag::escrow, U"正式にご依頼"}, {Tag::escrow, U"契約とさせて"}, {Tag::escrow, U"契約を"},
    {Tag::escrow, U"契約に進"}, {Tag::escrow, U"契約へ"},
    {Tag::work_first, U"先に納品"}, {Tag::work_first, U"先に作業"}, {Tag::work_first, U"作業を先に"},
    {Tag::work_first, U"先行して作業"}, {Tag::work_first, U"仮払いなしで"}, {Tag::work_first, U"仮払いは行いません"},
    {Tag::work_first, U"仮払いはしません"}, {Tag::work_first, U"仮払いはいたしません"}, {Tag::work_first, U"仮払いができない"},
    {Tag::work_first, U"先に記事"}, {Tag::work_first, U"先に1記事"}, {Tag::work_first, U"先に書いて"},
    {Tag::work_first, U"仮払いは後日"}, {Tag::work_first, U"仮払いが遅れ"}, {Tag::work_first, U"仮払いは少し待って"},
    {Tag::work_first, U"仮払いは納品後"}, {Tag::work_first, U"仮払いは納品の後"}, {Tag::work_first, U"仮払いは作業後"},
    {Tag::work_first, U"仮払いは完成後"}, {Tag::work_first, U"仮払いは記事確認後"}, {Tag::work_first, U"契約は納品後"},
    {Tag::work_first, U"契約は記事確認後"}, {Tag::work_first, U"契約はテスト後"}, {Tag::work_first, U"仮払いはテスト後"},
    {Tag::work_first, U"仮払いは確認後"}, {Tag::work_first, U"仮払い前に作業"}, {Tag::work_first, U"仮払いの前に作業"},
    {Tag::work_first, U"仮払い前ですが"}, {Tag::work_first, U"仮払いを待たずに"}, {Tag::work_first, U"契約を待たずに"},
    {Tag::client_pays, U"弊社負担"}, {Tag::client_pays, U"当方負担"}, {Tag::client_pays, U"こちらで負担"},
    {Tag::client_pays, U"こちら負担"}, {Tag::client_pays, U"弊社で負担"}, {Tag::client_pays, U"当方で負担"},
    {Tag::client_pays, U"支給"}, {Tag::client_pays, U"貸与"}, {Tag::client_pays, U"ご用意します"},
    {Tag::client_pays, U"こちらで用意"}, {Tag::client_pays, U"弊社で用意"}, {Tag::client_pays, U"お渡しします"},
    {Tag::client_pays, U"こちらでご用意"}, {Tag::client_pays, U"提供します"},
    {Tag::high_pay_claim, U"高報酬"}, {Tag::high_pay_claim, U"高単価"}, {Tag::high_pay_claim, U"高収入"},
    {Tag::high_pay_claim, U"大きく稼"}, {Tag::high_pay_claim, U"がっつり稼"},
    // Personal information.
    {Tag::personal_item, U"住所"}, {Tag::personal_item, U"ご住所"}, {Tag::personal_item, U"生年月日"},
    {Tag::personal_item, U"身分証"}, {Tag::personal_item, U"身分証明書"}, {Tag::personal_item, U"本人確認書類"},
    {Tag::personal_item, U"免許証"}, {Tag::personal_item, U"運転免許証"}, {Tag::personal_item, U"マイナンバー"},
    {Tag::personal_item, U"保険証"}, {Tag::personal_item, U"パスポート"}, {Tag::personal_item, U"顔写真"},
    {Tag::personal_item, U"口座番号"}, {Tag::personal_item, U"銀行口座"}, {Tag::personal_item, U"口座情報"},
    {Tag::personal_item, U"振込先"}, {Tag::personal_item, U"キャッシュカード"}, {Tag::personal_item, U"電話番号"},
    {Tag::personal_item, U"携帯番号"}, {Tag::personal_item, U"本名"}, {Tag::personal_item, U"自宅"},
    {Tag::personal_item, U"暗証番号"}, {Tag::personal_item, U"クレジットカード"},
    {Tag::request, U"提出"},
    {Tag::request, U"記載"}, {Tag::request, U"記入"}, {Tag::request, U"お知らせ"}, {Tag::request, U"添付"},
    {Tag::request, U"必須"}, {Tag::request, U"伺"}, {Tag::request, U"確認させて"}, {Tag::request, U"ご登録"},
    {Tag::request, U"明記"}, {Tag::request, U"撮影して"}, {Tag::request, U"写真を送"}, {Tag::request, U"ご提示"},
    {Tag::request, U"頂戴"}, {Tag::request, U"お願い"},
    {Tag::data_subject, U"入力"}, {Tag::data_subject, U"データ"}, {Tag::data_subject, U"リスト"},
    {Tag::data_subject, U"名簿"}, {Tag::data_subject, U"顧客"}, {Tag::data_subject, U"転記"},
    {Tag::data_subject, U"住所録"}, {Tag::data_subject, U"宛名"}, {Tag::data_subject, U"発送"},
    {Tag::data_subject, U"店舗の"}, {Tag::data_subject, U"会社の"}, {Tag::data_subject, U"企業の"},
    {Tag::data_subject, U"施設の"}, {Tag::data_subject, U"物件"}, {Tag::data_subject, U"所在地"},
    // Fees the worker pays.
    {Tag::fee, U"教材費"}, {Tag::fee, U"登録料"}, {Tag::fee, U"初期費用"}, {Tag::fee, U"入会金"},
    {Tag::fee, U"加入料"}, {Tag::fee, U"受講料"}, {Tag::fee, U"研修費"}, {Tag::fee, U"保証金"},
    {Tag::fee, U"マニュアル代"}, {Tag::fee, U"ツール代"}, {Tag::fee, U"テキスト代"}, {Tag::fee, U"参加費"},
    {Tag::fee, U"月額費用"}, {Tag::fee, U"会費"}, {Tag::fee, U"サポート費"}, {Tag::fee, U"自己投資"},
    {Tag::fee, U"初期投資"}, {Tag::fee, U"講座代"}, {Tag::fee, U"コンサル費"}, {Tag::fee, U"システム利用料"},
    {Tag::fee, U"登録費"}, {Tag::fee, U"事務手数料"}, {Tag::fee, U"研修費用"}, {Tag::fee, U"教材代"},
    {Tag::purchase_object, U"マニュアル"}, {Tag::purchase_object, U"教材"}, {Tag::purchase_object, U"ツール"},
    {Tag::purchase_object, U"ノウハウ"}, {Tag::purchase_object, U"講座"}, {Tag::purchase_object, U"商材"},
    {Tag::purchase_object, U"パッケージ"}, {Tag::purchase_object, U"コンサル"}, {Tag::purchase_object, U"サロン"},
    {Tag::purchase_verb, U"購入"}, {Tag::purchase_verb, U"買って"}, {Tag::purchase_verb, U"買い取"},
    {Tag::purchase_verb, U"代金"}, {Tag::purchase_verb, U"ご負担"}, {Tag::purchase_verb, U"自己負担"},
    {Tag::purchase_verb, U"お振込"}, {Tag::purchase_verb, U"入金"}, {Tag::purchase_verb, U"お支払いいただ"},
    {Tag::purchase_verb, U"お支払い頂"}, {Tag::purchase_verb, U"費用がかかります"},
    // On-site work.
    {Tag::onsite, U"常駐"}, {Tag::onsite, U"半常駐"}, {Tag::onsite, U"出社"}, {Tag::onsite, U"出勤"},
    {Tag::onsite, U"通勤"}, {Tag::onsite, U"来社"}, {Tag::onsite, U"勤務地"}, {Tag::onsite, U"事務所に来"},
    {Tag::onsite, U"オフィスに来"}, {Tag::onsite, U"オフィスで作業"}, {Tag::onsite, U"オフィスでの勤務"},
    {Tag::onsite, U"店舗での勤務"}, {Tag::onsite, U"現地での作業"}, {Tag::onsite, U"弊社オフィスにて"},
    {Tag::onsite, U"オフィス勤務"}, {Tag::onsite, U"事務所にて"}, {Tag::onsite, U"交通費支給"},
    // Mass hiring.
    {Tag::mass_hiring, U"大量募集"}, {Tag::mass_hiring, U"大量採用"}, {Tag::mass_hiring, U"何名でも"},
    {Tag::mass_hiring, U"何人でも"}, {Tag::mass_hiring, U"人数制限なし"}, {Tag::mass_hiring, U"人数制限はありません"},
    {Tag::mass_hiring, U"募集人数無制限"}, {Tag::mass_hiring, U"応募者全員"}, {Tag::mass_hiring, U"全員採用"},
    {Tag::mass_hiring, U"上限なし"},
    // Too good to be true.
    {Tag::easy_promise, U"誰でも簡単"}, {Tag::easy_promise, U"誰でもできる"}, {Tag::easy_promise, U"誰でも稼げる"},
    {Tag::easy_promise, U"誰にでもできる"}, {Tag::easy_promise, U"スマホだけ"}, {Tag::easy_promise, U"スマホ1台"},
    {Tag::easy_promise, U"スマホひとつ"}, {Tag::easy_promise, U"スマホ一台"}, {Tag::easy_promise, U"不労所得"},
    {Tag::easy_promise, U"確実に稼げる"}, {Tag::easy_promise, U"絶対に稼げる"}, {Tag::easy_promise, U"すぐに稼げる"},
    {Tag::easy_promise, U"簡単に稼げる"}, {Tag::easy_promise, U"楽して"},
    {Tag::easy_promise, U"今後さらに高単価"}, {Tag::easy_promise, U"1日5分"}, {Tag::easy_promise, U"1日10分"},
    {Tag::easy_promise, U"1日30分"}, {Tag::easy_promise, U"放置で"}, {Tag::easy_promise, U"寝ながら"},
    {Tag::easy_promise, U"コピペだけ"}, {Tag::easy_promise, U"コピペで"}, {Tag::easy_promise, U"ポチポチ"},
    {Tag::easy_promise, U"タップするだけ"}, {Tag::easy_promise, U"即日で稼"}, {Tag::easy_promise, U"誰でも高収入"},
    {Tag::easy_promise, U"完全放置"}, {Tag::easy_promise, U"ノルマなしで月"}, {Tag::easy_promise, U"リスクなし"},
    {Tag::beginner, U"未経験"}, {Tag::beginner, U"初心者"}, {Tag::beginner, U"スキマ時間"}, {Tag::beginner, U"隙間時間"},
    {Tag::beginner, U"すきま時間"}, {Tag::beginner, U"主婦"}, {Tag::beginner, U"学生"}, {Tag::beginner, U"副業"},
    {Tag::beginner, U"簡単"},
    // Vague on purpose.
    {Tag::vague_defer, U"詳細は契約後"}, {Tag::vague_defer, U"詳しくは契約後"}, {Tag::vague_defer, U"詳細は採用後"},
    {Tag::vague_defer, U"詳細は後ほど"},
    {Tag::vague_defer, U"詳細は追って"}, {Tag::vague_defer, U"詳細は個別"}, {Tag::vague_defer, U"内容は契約後"},
    {Tag::vague_defer, U"仕事内容は契約後"}, {Tag::vague_defer, U"詳細はお問い合わせ"},
    {Tag::vague_defer, U"詳細はご応募"}, {Tag::vague_defer, U"詳細は応募者"}, {Tag::vague_defer, U"内容はお伝え"},
    {Tag::vague_defer, U"詳しい内容は契約"}, {Tag::vague_defer, U"作業内容は採用"},
    {Tag::vague_defer, U"業務内容は契約"}, {Tag::vague_defer, U"詳細は選考"},
    // Slow replies announced.
    {Tag::slow_reply, U"返信は週"}, {Tag::slow_reply, U"返信が遅れ"}, {Tag::slow_reply, U"返信に数日"},
    {Tag::slow_reply, U"連絡は週末のみ"}, {Tag::slow_reply, U"返信は土日"}, {Tag::slow_reply, U"返事が遅くなり"},
    {Tag::slow_reply, U"返信が遅くなり"}, {Tag::slow_reply, U"返信は遅め"}, {Tag::slow_reply, U"1週間ほどお待ち"},
    {Tag::slow_reply, U"返信には1週間"}, {Tag::slow_reply, U"返信まで数日"}, {Tag::slow_reply, U"返信は不定期"},
    {Tag::slow_reply, U"連絡が遅く"}, {Tag::slow_reply, U"確認は週に"}, {Tag::slow_reply, U"メッセージの確認は週"},
    // Reviews.
    {Tag::review_negative, U"返事が遅"}, {Tag::review_negative, U"返信が遅"}, {Tag::review_negative, U"連絡が取れ"},
    {Tag::review_negative, U"連絡がつか"}, {Tag::review_negative, U"連絡が途絶"}, {Tag::review_negative, U"音信不通"},
    {Tag::review_negative, U"支払いが遅"}, {Tag::review_negative, U"支払われ"}, {Tag::review_negative, U"未払い"},
    {Tag::review_negative, U"検収が遅"}, {Tag::review_negative, U"検収されな"}, {Tag::review_negative, U"一方的"},
    {Tag::review_negative, U"高圧的"}, {Tag::review_negative, U"失礼"}, {Tag::review_negative, U"二度と"},
    {Tag::review_negative, U"おすすめできません"}, {Tag::review_negative, U"お勧めできません"},
    {Tag::review_negative, U"オススメできません"}, {Tag::review_negative, U"不誠実"}, {Tag::review_negative, U"トラブル"},
    {Tag::review_negative, U"修正依頼が多"}, {Tag::review_negative, U"無理な"}, {Tag::review_negative, U"残念"},
    {Tag::review_negative, U"対応が遅"}, {Tag::review_negative, U"返事がない"}, {Tag::review_negative, U"返信がない"},
    {Tag::review_negative, U"返信がなく"}, {Tag::review_negative, U"返事がなく"}, {Tag::review_negative, U"レスが遅"},
    {Tag::review_negative, U"連絡なし"}, {Tag::review_negative, U"理不尽"}, {Tag::review_negative, U"途中で連絡"},
    {Tag::review_negative, U"仕様変更が多"}, {Tag::review_negative, U"追加の作業を無償"}, {Tag::review_negative, U"既読無視"},
    {Tag::review_negative, U"放置され"}, {Tag::review_negative, U"説明と違"}, {Tag::review_negative, U"募集内容と違"},
    {Tag::review_positive, U"丁寧"}, {Tag::review_positive, U"返事が早"}, {Tag::review_positive, U"返信が早"},
    {Tag::review_positive, U"返信も早"}, {Tag::review_positive, U"返事も早"}, {Tag::review_positive, U"迅速"},
    {Tag::review_positive, U"スムーズ"}, {Tag::review_positive, U"気持ちよく"}, {Tag::review_positive, U"安心して"},
    {Tag::review_positive, U"分かりやすい"}, {Tag::review_positive, U"わかりやすい"}, {Tag::review_positive, U"的確"},
    {Tag::review_positive, U"親切"}, {Tag::review_positive, U"またお願い"}, {Tag::review_positive, U"ぜひまた"},
    {Tag::review_positive, U"素晴らしい"}, {Tag::review_positive, U"感謝"}, {Tag::review_positive, U"信頼"},
    {Tag::review_positive, U"誠実"}, {Tag::review_positive, U"やりやすかった"}, {Tag::review_positive, U"明確"},
    // What a concrete post states.
    {Tag::deadline_word, U"納期"}, {Tag::deadline_word, U"締切"}, {Tag::deadline_word, U"締め切り"},
    {Tag::deadline_word, U"〆切"}, {Tag::deadline_word, U"期限"}, {Tag::deadline_word, U"日まで"},
    {Tag::deadline_word, U"月末"}, {Tag::deadline_word, U"週間以内"}, {Tag::deadline_word, U"日以内"},
    {Tag::deadline_word, U"毎週"}, {Tag::deadline_word, U"毎月"}, {Tag::deadline_word, U"期間"},
    {Tag::deadline_word, U"スケジュール"}, {Tag::deadline_word, U"deadline"}, {Tag::deadline_word, U"週に"},
    {Tag::deadline_word, U"月に"}, {Tag::deadline_word, U"稼働"}, {Tag::deadline_word, U"due"},
    {Tag::format_word, U"納品形式"}, {Tag::format_word, U"納品方法"}, {Tag::format_word, U"word"},
    {Tag::format_word, U"ワード"}, {Tag::format_word, U"excel"}, {Tag::format_word, U"エクセル"},
    {Tag::format_word, U"スプレッドシート"}, {Tag::format_word, U"googleドキュメント"}, {Tag::format_word, U"ドキュメント"},
    {Tag::format_word, U"wordpress"}, {Tag::format_word, U"ワードプレス"}, {Tag::format_word, U"png"},
    {Tag::format_word, U"jpg"}, {Tag::format_word, U"psd"}, {Tag::format_word, U"mp4"}, {Tag::format_word, U"ai形式"},
    {Tag::format_word, U"ファイル"}, {Tag::format_word, U"文字"}, {Tag::format_word, U"形式"},
    {Tag::format_word, U"テキスト"}, {Tag::format_word, U"データで"}, {Tag::format_word, U"納品物"},
    {Tag::format_word, U"format"}, {Tag::format_word, U"github"},
    {Tag::task_word, U"作業内容"}, {Tag::task_word, U"業務内容"}, {Tag::task_word, U"依頼内容"},
    {Tag::task_word, U"仕事内容"}, {Tag::task_word, U"具体的"}, {Tag::task_word, U"執筆"},
    {Tag::task_word, U"入力作業"}, {Tag::task_word, U"編集"}, {Tag::task_word, U"デザイン"},
    {Tag::task_word, U"開発"}, {Tag::task_word, U"撮影"}, {Tag::task_word, U"調査"}, {Tag::task_word, U"リサーチ"},
    {Tag::task_word, U"実装"}, {Tag::task_word, U"校正"}, {Tag::task_word, U"添削"}, {Tag::task_word, U"イラスト"},
    {Tag::task_word, U"ロゴ"}, {Tag::task_word, U"バナー"}, {Tag::task_word, U"コーディング"},
    {Tag::task_word, U"ライティング"}, {Tag::task_word, U"記事作成"}, {Tag::task_word, U"レビュー"},
    {Tag::task_word, U"translation"}, {Tag::task_word, U"writing"}, {Tag::task_word, U"design"},
    {Tag::task_word, U"develop"}, {Tag::task_word, U"transcribe"}, {Tag::task_word, U"transcription"},
    {Tag::task_word, U"アンケート"}, {Tag::task_word, U"translate"}, {Tag::task_word, U"proofread"},
    {Tag::task_word, U"edit"}, {Tag::task_word, U"editing"}, {Tag::task_word, U"write"},
    {Tag::task_word, U"更新"}, {Tag::task_word, U"修正"}, {Tag::task_word, U"入稿"},
    {Tag::deadline_word, U"within"}, {Tag::deadline_word, U"days"}, {Tag::deadline_word, U"weeks"},
    {Tag::format_word, U"spreadsheet"}, {Tag::format_word, U"google docs"}, {Tag::format_word, U"docx"},
    {Tag::format_word, U"pdf"}, {Tag::format_word, U"canva"}, {Tag::format_word, U"figma"},
    // Consumed so that they are not misread.
    {Tag::neutral, U"電話番号確認"}, {Tag::neutral, U"電話番号認証"}, {Tag::neutral, U"本人確認済"},
    {Tag::neutral, U"本人確認"}, {Tag::neutral, U"メッセージ機能"}, {Tag::neutral, U"オンライン"},
    {Tag::neutral, U"ガイドライン"}, {Tag::neutral, U"ラインナップ"}, {Tag::neutral, U"アンダーライン"},
    {Tag::neutral, U"ライン作業"}, {Tag::neutral, U"メイン"}, {Tag::neutral, U"注意事項"}, {Tag::neutral, U"注意点"},
    {Tag::neutral, U"コンテスト"}, {Tag::neutral, U"プロテスト"}, {Tag::neutral, U"テストケース"},
    {Tag::neutral, U"テストコード"}, {Tag::neutral, U"単体テスト"}, {Tag::neutral, U"ユーザーテスト"},
    {Tag::neutral, U"テスト自動化"}, {Tag::neutral, U"テスト仕様"}, {Tag::neutral, U"ウェブテスト"},
    {Tag::neutral, U"電話番号の入力"}, {Tag::neutral, U"問い合わせフォーム"}, {Tag::neutral, U"契約終了"},
    {Tag::neutral, U"契約完了"}, {Tag::neutral, U"契約満了"}, {Tag::neutral, U"面接対策"}, {Tag::neutral, U"面接官"},
    {Tag::neutral, U"面接練習"}, {Tag::neutral, U"継続契約"}, {Tag::neutral, U"契約更新"},
};

bool is_ascii_letter(char32_t c) { return c >= U'a' && c <= U'z'; }

// "line" must not match inside "online"; short katakana words must not match
// inside longer ones (テスト in コンテスト is consumed by a neutral term instead,
// but ライン in ラインナップ and ラインスタンプ alike is decided here).
bool at_word_boundary(std::u32string_view s, std::size_t begin, std::size_t end, std::u32string_view term) {
  if (is_ascii_letter(term.front()) && begin > 0 && is_ascii_letter(s[begin - 1])) return false;
  if (is_ascii_letter(term.back()) && end < s.size() && is_ascii_letter(s[end])) return false;
  // "0円" must not match inside "9,800円".
  bool digit_first = term.front() >= U'0' && term.front() <= U'9';
  if (digit_first && begin > 0 && ((s[begin - 1] >= U'0' && s[begin - 1] <= U'9') || s[begin - 1] == U',' || s[begin - 1] == U'.'))
    return false;
  return true;
}

constexpr std::size_t total_term_chars() {
  std::size_t total = 0;
  for (const Term& t : terms) total += t.text.size();
  return total;
}
// Trie node indices fit in 16 bits (Trie::root_child), as there is at most one node per character.
static_assert(total_term_chars() < 0x10000);

// The term table as a trie, built once: one walk from a position finds every
// term that starts there, instead of comparing each term of a first-character
// bucket in turn. The first step, taken at every position of the text, reads
// a table by code point; later steps look the edge (node, character) up in a
// hash table.
struct Trie {
  static constexpr std::int16_t no_term = -1;
  std::vector<std::int16_t> term_at{no_term};  // per node: the first table row whose text ends there
  std::vector<std::uint16_t> root_child;       // by code point (BMP); 0: no term starts with it
  struct Edge {
    std::uint32_t node = 0;
    char32_t c = 0;
    std::uint32_t child = 0;  // 0: empty slot (the root is nobody's child)
  };
  std::vector<Edge> edges;  // open addressing, a power of two in size, at most half full
  unsigned hash_shift = 0;

  Trie() : root_child(0x10000, 0), edges(edge_slots()), hash_shift(32 - log2(edges.size())) {
    for (std::size_t t = 0; t < std::size(terms); ++t) {
      std::uint32_t at = 0;
      for (char32_t c : terms[t].text) {
        std::uint32_t next = child(at, c);
        if (next == 0) {
          next = static_cast<std::uint32_t>(term_at.size());
          term_at.push_back(no_term);
          add_edge(at, c, next);
        }
        at = next;
      }
      if (term_at[at] == no_term) term_at[at] = static_cast<std::int16_t>(t);  // duplicates: the first row wins
    }
  }

  // The child of `node` for `c`, or 0 when there is none.
  std::uint32_t child(std::uint32_t node, char32_t c) const {
    if (node == 0 && c < 0x10000) return root_child[c];
    for (std::size_t h = slot(node, c);; h = (h + 1) & (edges.size() - 1)) {
      const Edge& e = edges[h];
      if (e.child == 0 || (e.node == node && e.c == c)) return e.child;
    }
  }

 private:
  static std::size_t edge_slots() {
    std::size_t slots = 1;
    while (slots < 2 * total_term_chars()) slots *= 2;
    return slots;
  }
  static unsigned log2(std::size_t n) {
    unsigned bits = 0;
    while ((std::size_t{1} << bits) < n) ++bits;
    return bits;
  }
  std::size_t slot(std::uint32_t node, char32_t c) const {
    return static_cast<std::uint32_t>((node * 0x9E3779B1u) ^ (c * 0x85EBCA77u)) * 0x9E3779B1u >> hash_shift;
  }
  void add_edge(std::uint32_t node, char32_t c, std::uint32_t next) {
    if (node == 0 && c < 0x10000) {
      root_child[c] = static_cast<std::uint16_t>(next);
      return;
    }
    std::size_t h = slot(node, c);
    while (edges[h].child != 0) h = (h + 1) & (edges.size() - 1);
    edges[h] = {node, c, next};
  }
};

const Trie& trie() {
  static const Trie built;
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
  const std::u32string_view s = text;  // a view: no per-access checks in the loop
  const Trie& t = trie();
  std::vector<TermHit> hits;
  hits.reserve(s.size() / 8);  // about one hit per 9 characters in dense posts: few reallocations
  // Terms starting at a position, shortest first (at most one per length).
  std::int16_t found[max_term_chars + 1];
  for (std::size_t i = 0; i < s.size();) {
    std::size_t count = 0;
    for (std::size_t k = i, node = 0; k < s.size() && (node = t.child(static_cast<std::uint32_t>(node), s[k])) != 0; ++k)
      if (t.term_at[node] != Trie::no_term) found[count++] = t.term_at[node];
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
