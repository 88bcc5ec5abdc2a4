package index

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"
)

// readerFixtures are written for TestReaderQueries: the way readers write
// names, numbers, questions and unconverted input, against the way
// articles write them.
var readerFixtures = []Article{
	{ID: "cruise", Title: "トム・クルーズが来日", Body: "俳優のトム・クルーズが新作の宣伝で来日した。", Published: day("2026-04-01")},
	{ID: "bolt", Title: "ウサイン・ボルトが優勝", Body: "陸上のウサイン・ボルトが百メートルで優勝した。", Published: day("2026-04-02")},
	{ID: "enough", Title: "準備の進め方", Body: "準備には十分な時間をかけたい。", Published: day("2026-04-03")},
	{ID: "ios6", Title: "iOS 6の新機能", Body: "アップルはiOS 6を公開した。", Published: day("2026-04-04")},
	{ID: "ios5", Title: "iOS5の不具合", Body: "iOS5で6件の不具合が見つかった。", Published: day("2026-04-05")},
	{ID: "fan", Title: "扇風機の新製品", Body: "羽根のない扇風機が発売された。", Published: day("2026-04-06")},
	{ID: "nadeshiko", Title: "なでしこジャパンが勝利", Body: "なでしこジャパンが決勝に進んだ。", Published: day("2026-04-07")},
	{ID: "facebook", Title: "フェイスブックが上場", Body: "フェイスブックの株価が注目された。", Published: day("2026-04-08")},
	{ID: "skytree", Title: "東京スカイツリーが開業", Body: "東京スカイツリーに多くの人が訪れた。", Published: day("2026-04-09")},
	{ID: "souvenir", Title: "お土産の人気ランキング", Body: "旅行のお土産を選ぶ。", Published: day("2026-04-10")},
	{ID: "wifi", Title: "無料Wi-Fiを拡大", Body: "駅で使える無料Wi-Fiが広がる。", Published: day("2026-04-11")},
	{ID: "violin", Title: "ヴァイオリンの演奏会", Body: "ヴァイオリンの名手が来日した。", Published: day("2026-04-12")},
	{ID: "uun", Title: "うーん、迷う", Body: "うーん、どうしようか。", Published: day("2026-04-13")},
	{ID: "cake", Title: "ケーキの新作", Body: "季節のケーキが並ぶ。", Published: day("2026-04-14")},
	{ID: "mikitani", Title: "三木谷浩史氏が講演", Body: "楽天の三木谷浩史会長が講演した。", Published: day("2026-04-15")},
	{ID: "sawa", Title: "澤穂希選手が引退会見", Body: "サッカー女子の澤穂希選手が会見した。", Published: day("2026-04-16")},
	{ID: "saito", Title: "斎藤佑樹投手が先発", Body: "斎藤佑樹投手が六回まで投げた。", Published: day("2026-04-17")},
	{ID: "savings", Title: "家計簿の付け方", Body: "お金が自然に貯まる、三つの方法を紹介する。", Published: day("2026-04-18")},
	{ID: "toyoda", Title: "新型車を発表", Body: "社長の豊田章男氏が登壇した。", Published: day("2026-04-19")},
	{ID: "sh07d", Title: "ドコモ、AQUOS PHONE SH-07Dを発表", Body: "防水のSH-07DとUSB-Cの充電器。", Published: day("2026-04-22")},
	{ID: "memopri-intro", Title: "パナソニック、MEMOPRI（メモプリ）を発表", Body: "写真を印刷するMEMOPRI（メモプリ）が登場。", Published: day("2026-04-23")},
	{ID: "memopri-latin", Title: "MEMOPRI Vの新色", Body: "MEMOPRI Vに白が加わった。", Published: day("2026-04-24")},
	{ID: "memopri-kana", Title: "メモプリの評判", Body: "メモプリを一週間使ってみた。", Published: day("2026-04-25")},
	{ID: "honda", Title: "本田圭佑選手が移籍", Body: "サッカーの本田圭佑選手が新しいクラブに移籍した。", Published: day("2026-04-26")},
	{ID: "hanyu", Title: "羽生結弦選手の演技", Body: "フィギュアスケートの羽生結弦選手が演技した。", Published: day("2026-04-27")},
	{ID: "ohtani", Title: "大谷翔平選手が本塁打", Body: "エンゼルスの大谷翔平選手が第10号を放った。", Published: day("2026-04-28")},
	{ID: "fujii", Title: "藤井聡太七段が勝利", Body: "将棋の藤井聡太七段が勝った。", Published: day("2026-04-29")},
	{ID: "takei", Title: "武井咲が主演", Body: "女優の武井咲が主演するドラマ。", Published: day("2026-04-30")},
	{ID: "vita", Title: "PS Vitaの新作ゲーム", Body: "PS Vita向けの新作が出る。", Published: day("2026-05-01")},
	{ID: "iphone", Title: "iPhoneの電池", Body: "iPhoneの電池を長持ちさせる。", Published: day("2026-05-02")},
	{ID: "ando", Title: "安藤美姫が優勝", Body: "フィギュアスケートの安藤美姫が優勝した。", Published: day("2026-05-03")},
	{ID: "back", Title: "俳優の後ろ姿が話題に", Body: "映画の後ろ姿の場面が話題になった。", Published: day("2026-04-21")},
	{ID: "hoshino", Title: "ほしのあき、13歳差の結婚", Body: "ほしのあき、婚約指輪を公開した。", Published: day("2026-04-20")},
	{ID: "quantum", Title: "量子コンピュータの新記録", Body: "量子ビットの数で新記録を出した。", Published: day("2026-05-04")},
	{ID: "openai", Title: "OpenAI、新モデルを発表", Body: "OpenAIは新しいモデルを公開した。", Published: day("2026-05-06")},
	{ID: "radio", Title: "ソニー、手回し充電ラジオICF-B03を発売", Body: "ICF-B03はスマホも充電できる。", Published: day("2026-05-07")},
	{ID: "nikotama", Title: "漫画『にこたま』を読んだ", Body: "『にこたま』は同棲する二人の物語。", Published: day("2026-05-08")},
	{ID: "fuel", Title: "航空燃料の供給量を5倍に", Body: "空港の貯蔵量を増やす。", Published: day("2026-05-05")},
	{ID: "pqc", Title: "NIST、ML-KEMを標準に", Body: "耐量子暗号のML-KEMが正式な標準となった。", Published: day("2026-05-09")},
	{ID: "chip", Title: "2nmの半導体を量産へ", Body: "最先端の2nmプロセスで試作した。", Published: day("2026-05-10")},
	{ID: "ssb", Title: "全固体電池の試作ライン", Body: "新しい全固体電池を試作した。", Published: day("2026-05-11")},
	{ID: "price", Title: "新型スマホの価格が判明", Body: "新型スマホの価格は12万円となる。", Published: day("2026-05-11")},
	{ID: "starship", Title: "SpaceXのStarshipが試験飛行", Body: "大型ロケットStarshipの試験飛行が成功した。", Published: day("2026-05-12")},
	{ID: "deepseek", Title: "ディープシークが新モデル", Body: "中国のディープシークが推論モデルを公開した。", Published: day("2026-05-13")},
	{ID: "tel", Title: "東京エレクトロン、見通しを据え置き", Body: "半導体製造装置の東京エレクトロンは通期の見通しを据え置いた。", Published: day("2026-05-14")},
	{ID: "osaka", Title: "大阪で空飛ぶクルマ", Body: "大阪の会場でデモ飛行があった。", Published: day("2026-05-15")},
	{ID: "slope", Title: "坂の多い街", Body: "坂を上ると海が見える。", Published: day("2026-05-16")},
	{ID: "son", Title: "孫正義氏が講演", Body: "ソフトバンクグループの孫正義会長が講演した。", Published: day("2026-05-17")},
	{ID: "gloss", Title: "小鳥遊翔真（たかなし・しょうま）が先発", Body: "小鳥遊翔真投手が七回まで投げた。", Published: day("2026-05-18")},
	{ID: "town", Title: "厚岸町(あっけしちょう)の牡蠣", Body: "厚岸町の牡蠣が旬を迎えた。", Published: day("2026-05-19")},
	{ID: "olympic", Title: "オリンピックの開会式", Body: "冬季オリンピックが開幕した。", Published: day("2026-05-20")},
	{ID: "worldcup", Title: "ワールドカップ予選が開幕", Body: "サッカーのワールドカップ予選が始まった。", Published: day("2026-05-21")},
	{ID: "fruit", Title: "果物（りんご・みかん）の値段", Body: "果物の値段が上がった。", Published: day("2026-05-22")},
	{ID: "fruit2", Title: "果物の輸入が増加", Body: "果物の輸入が増えた。", Published: day("2026-05-23")},
	{ID: "firmware", Title: "ファームウェアを更新", Body: "ルーターのファームウェアに不具合が見つかった。", Published: day("2026-05-14")},
	{ID: "passkey", Title: "パスキーに対応", Body: "ログインにパスキーを使える。", Published: day("2026-05-19")},
	{ID: "snap-kana", Title: "スナップドラゴンの新型", Body: "新しいスナップドラゴンを搭載した。", Published: day("2026-05-15")},
	{ID: "snap-latin", Title: "Snapdragonが新設計", Body: "最新のSnapdragonは省電力になった。", Published: day("2026-05-16")},
	{ID: "riscv-joined", Title: "RISCV入門", Body: "RISCVの命令を学ぶ。", Published: day("2026-05-17")},
	{ID: "riscv", Title: "RISC-Vの採用広がる", Body: "RISC-Vのプロセッサーが増えている。", Published: day("2026-05-18")},
	{ID: "shortage", Title: "工場の人手が足りない", Body: "工場では半導体不足が続いている。", Published: day("2026-05-20")},
	{ID: "smartlaw", Title: "スマホ新法が全面施行", Body: "スマホ新法により、アプリストアの競争が促される。", Published: day("2026-05-22")},
	{ID: "display", Title: "有機ELディスプレーの新工場", Body: "大型のディスプレーを量産する。", Published: day("2026-05-23")},
	{ID: "win10", Title: "ウィンドウズ10のサポート終了", Body: "ウィンドウズ10のサポートが終わる。", Published: day("2026-05-24")},
	{ID: "robotaxi", Title: "ロボタクシーの運行開始", Body: "ロボタクシーが街を走る。", Published: day("2026-05-25")},
	{ID: "mars", Title: "火星の衛星探査機が完成", Body: "火星の衛星を調べる探査機が完成した。", Published: day("2026-05-26")},
	{ID: "switch", Title: "新型ゲーム機が発売", Body: "任天堂のニンテンドースイッチ2が店頭に並んだ。", Published: day("2026-05-21")},
	{ID: "agency", Title: "研究機関が調査", Body: "公的な研究機関が調べた。", Published: day("2026-05-27")},
	{ID: "fair", Title: "公正な取引", Body: "市場の公正を守る体制を構成する。", Published: day("2026-05-27")},
	{ID: "mhi", Title: "三菱重工業が受注", Body: "三菱重工業は新型の発電設備を受注した。", Published: day("2026-05-31")},
	{ID: "effort", Title: "省エネの取り組み", Body: "工場で省エネの取り組みを進める。", Published: day("2026-05-28")},
	{ID: "tidy", Title: "部屋をきれいに保つ", Body: "きれいな部屋は気持ちがいい。", Published: day("2026-05-29")},
	{ID: "ransom", Title: "ランサムウェア被害で出荷停止", Body: "物流会社がランサムウェアの被害を受けた。", Published: day("2026-06-09")},
	{ID: "random", Title: "ランダムな回路で計算", Body: "ランダムな回路を使った。", Published: day("2026-06-10")},
	{ID: "meta", Title: "Meta、新しいモデルを公開", Body: "Metaは新しい言語モデルを公開した。", Published: day("2026-06-07")},
	{ID: "java", Title: "Javaの有償サポート", Body: "Oracleは Java の料金体系を改めた。", Published: day("2026-06-08")},
	{ID: "setsuden", Title: "夏の節電対策", Body: "エアコンの設定温度を上げて節電する。", Published: day("2026-06-06")},
	{ID: "twitter", Title: "ツイッターで話題に", Body: "ツイッターの投稿が広がった。", Published: day("2026-06-01")},
	{ID: "lucky", Title: "ツイてる一日", Body: "今日はツイてる。", Published: day("2026-06-02")},
	{ID: "twin", Title: "ツインクーラーの新型", Body: "ツインクーラーで静かになった。", Published: day("2026-06-03")},
	{ID: "zaccheroni", Title: "ザッケローニ監督が会見", Body: "ザッケローニ監督が語った。", Published: day("2026-06-04")},
	{ID: "screen", Title: "Screen Offで画面を消す", Body: "アプリScreen Offが便利。", Published: day("2026-06-05")},
	{ID: "maas", Title: "MaaSアプリが広がる", Body: "MaaSはMobility as a Serviceの略。", Published: day("2026-06-07")},
	{ID: "raas", Title: "Ransomwareの新しい手口", Body: "攻撃の道具がServiceとして売られている。", Published: day("2026-06-08")},
	{ID: "polaris", Title: "ポラリス・ドーンが帰還", Body: "民間人のポラリス・ドーン計画。", Published: day("2026-06-09")},
	{ID: "tone", Title: "声のトーンを変える", Body: "トーンを調整するアプリ。", Published: day("2026-06-10")},
	{ID: "books", Title: "おすすめの本とまとめ", Body: "今月のおすすめをまとめた。", Published: day("2026-06-06")},
	{ID: "ps5", Title: "PS5を値上げ", Body: "ソニーはプレイステーション5（PS5）の価格を上げる。", Published: day("2026-05-30")},
}

func TestReaderQueries(t *testing.T) {
	ix := mustOpen(t)
	mustPut(t, ix, readerFixtures...)
	tests := []struct {
		name string
		q    string
		want []string // exactly these
	}{
		{"name written without the middle dot", "トムクルーズ", []string{"cruise"}},
		{"katakana without its ッ, not the fragments an edit away", "ツイター", []string{"twitter"}},
		{"the IME's other kanji for the sound, its first one read alone otherwise", "節伝", []string{"setsuden"}},
		{"a short name in katakana, written in Latin by the articles", "メタ", []string{"meta"}},
		{"katakana kagome splits alone, inside a longer word, not a word an edit away", "ランサム", []string{"ransom"}},
		{"ジャ and バ spelt ja and va", "ジャバ", []string{"java"}},
		{"katakana name without its ー, not a Latin name that sounds alike", "ザッケロニ", []string{"zaccheroni"}},
		{"name with the middle dot", "トム・クルーズ", []string{"cruise"}},
		{"misspelt name with the middle dot", "トム・クルース", []string{"cruise"}},
		{"surname of a dotted name", "ボルト", []string{"bolt"}},
		{"name with a space", "ウサイン ボルト", []string{"bolt"}},
		{"word kept whole in the article", "十分", []string{"enough"}},
		{"name kagome splits at a numeral", "三木谷", []string{"mikitani"}},
		{"model number", "iOS 6", []string{"ios6"}},
		{"model number written together", "iOS6", []string{"ios6"}},
		{"question with an intent word", "扇風機のおすすめ", []string{"fan"}},
		{"a request: tell me", "扇風機のおすすめを教えて", []string{"fan"}},
		{"kana of a loanword run together is not read voiced", "ぽらりすどーん", []string{"polaris"}},
		{"English words of grammar beside others", "Ransomware as a Service", []string{"raas"}},
		{"an English phrase as typed", "\"Mobility as a Service\"", []string{"maas"}},
		{"an intent word typed apart in kana", "扇風機 おすすめ", []string{"fan"}},
		{"an intent word typed apart, the prefix in kana", "扇風機 お勧め", []string{"fan"}},
		{"an intent word typed apart: a summary", "扇風機 まとめ", []string{"fan"}},
		{"a question that counts", "大谷翔平の本塁打は何本", []string{"ohtani"}},
		{"romaji before conversion", "nadeshiko", []string{"nadeshiko"}},
		{"romaji ending in a single n", "nadeshikojapan", []string{"nadeshiko"}},
		{"romaji with a doubled vowel for ー", "sukaitsurii", []string{"skytree"}},
		{"loanword spelled another way", "フェースブック", []string{"facebook"}},
		{"hiragana with a long vowel at the end", "すかいつりー", []string{"skytree"}},
		{"hiragana for a word with the honorific お", "おみやげ", []string{"souvenir"}},
		{"minus sign for a hyphen", "wi−fi", []string{"wifi"}},
		{"ヴ and バ", "バイオリン", []string{"violin"}},
		{"kana kagome cannot read is no lone ー", "けーき", []string{"cake"}},
		{"a name in kana, read another way than kagome reads it", "さわほまれ", []string{"sawa"}},
		{"a given name in kana", "さいとうゆうき", []string{"saito"}},
		{"one word of several in kana, apart in the article", "お金がたまる方法", []string{"savings"}},
		{"model number written without its hyphen", "sh07d", []string{"sh07d"}},
		{"model number with its hyphen, full width", "ＳＨ－０７Ｄ", []string{"sh07d"}},
		{"a brand in katakana, as other articles write it in Latin", "メモプリ", []string{"memopri-intro", "memopri-latin", "memopri-kana"}},
		{"a brand in Latin, as other articles write it in katakana", "ｍｅｍｏｐｒｉ", []string{"memopri-intro", "memopri-latin", "memopri-kana"}},
		{"a given name read the way names are", "ほんだけいすけ", []string{"honda"}},
		{"a given name with a voiced ending", "はにゅうゆづる", []string{"hanyu"}},
		{"a surname read another way than kagome reads it", "おおたにしょうへい", []string{"ohtani"}},
		{"a given name of two name kanji", "ふじいそうた", []string{"fujii"}},
		{"a given name of one kanji", "たけいえみ", []string{"takei"}},
		{"a given name alone", "けいすけ", []string{"honda"}},
		{"a given name kagome took for a common noun", "あんどうみき", []string{"ando"}},
		{"two Latin words run together", "ＰＳＶｉｔａ", []string{"vita"}},
		{"a loanword in hiragana, its synonym in Latin", "あいふぉん", []string{"iphone"}},
		{"a word no article writes so, by its reading", "後姿", []string{"back"}},
		{"a full name in kana, not what kagome guesses of it", "とよだあきお", []string{"toyoda"}},
		{"a word in kana, not a name with the honorific 氏", "りょうし", []string{"quantum", "pqc"}},
		{"a surname in kana with the honorific 氏", "みきたにし", []string{"mikitani"}},
		{"two Latin words that articles write as one", "open ai", []string{"openai"}},
		{"a model number typed without its hyphen", "icfb03", []string{"radio"}},
		{"a title in hiragana that kagome reads as words and particles", "にこたま", []string{"nikotama"}},
		{"a Latin word typed without its hyphen", "usbc", []string{"sh07d"}},
		{"the same, with a word after them", "Open AI 新モデル", []string{"openai"}},
		{"a hyphenated name typed without its hyphen", "mlkem", []string{"pqc"}},
		{"a hyphenated name typed as two words", "ML KEM", []string{"pqc"}},
		{"a hyphenated word the articles keep whole, typed without it", "wifi", []string{"wifi"}},
		{"a place typed the English way, its long vowels left out", "tokyo", []string{"skytree", "tel"}},
		{"a place typed the English way, not an honorific お and a word", "osaka", []string{"osaka"}},
		{"a Latin word that sounds like a word inside a compound", "electron", []string{"tel"}},
		{"a name the dictionary reads as common words, in kana", "そんまさよし", []string{"son"}},
		{"the same name in kanji", "孫正義", []string{"son"}},
		{"a name by the reading an article glosses it with", "たかなし", []string{"gloss"}},
		{"the given name of a glossed reading", "しょうま", []string{"gloss"}},
		{"the whole glossed reading", "たかなししょうま", []string{"gloss"}},
		{"a place by its glossed reading", "あっけしちょう", []string{"town"}},
		{"an English plural for a loanword katakana writes in the singular", "olympics", []string{"olympic"}},
		{"two English words for one loanword in katakana", "world cup", []string{"worldcup"}},
		{"kana in parentheses after an ordinary word is no reading of it", "みかん", []string{"fruit"}},
		{"a unit in katakana, as articles write it in Latin", "2ナノ", []string{"chip"}},
		{"a question about a price", "新型スマホ いくら", []string{"price"}},
		{"a Latin name in katakana, the pair stated nowhere", "スターシップ", []string{"starship"}},
		{"a Latin name in hiragana, the pair stated nowhere", "すたーしっぷ", []string{"starship"}},
		{"a katakana name in Latin, the pair stated nowhere", "DeepSeek", []string{"deepseek"}},
		{"a katakana word in Latin with a silent r", "firmware", []string{"firmware"}},
		{"a katakana word ending in ー, in Latin", "passkey", []string{"passkey"}},
		{"a misspelt katakana word inside a longer word", "量子コンピュター", []string{"quantum"}},
		{"a compound ending in a long vowel, written without it in the article", "量子コンピューター", []string{"quantum"}},
		{"a katakana word no article has is not its pieces", "ビットコイン", nil},
		{"a katakana name one article has, the others in Latin", "スナップドラゴン", []string{"snap-kana", "snap-latin"}},
		{"a Latin word one article has, the others with a hyphen", "riscv", []string{"riscv-joined", "riscv"}},
		{"a word typed twice", "量子 量子", []string{"quantum", "pqc"}},
		{"a misspelt katakana word typed twice", "量子コンピュター 量子コンピュター", []string{"quantum"}},
		{"a word and a compound that holds it", "量子コンピュータ 量子", []string{"quantum"}},
		{"a word twice, a phrase and a word", `"量子" 量子 -暗号`, []string{"quantum"}},
		{"kana of a compound whose second word is read voiced", "はんどうたいぶそく", []string{"shortage"}},
		{"a katakana word inside an unknown longer one", "スイッチ", []string{"switch"}},
		{"the same, with its number", "スイッチ2", []string{"switch"}},
		{"a loanword with エイ, written with ー in the article", "ディスプレイ", []string{"display"}},
		{"a word and a particle typed apart", "スマホ新法 の", []string{"smartlaw"}},
		{"a word and とは typed apart", "スマホ新法 とは", []string{"smartlaw"}},
		{"a word and って typed apart", "スナップドラゴン って", []string{"snap-kana", "snap-latin"}},
		{"a word and について typed apart", "ロボタクシー について", []string{"robotaxi"}},
		{"a word and a question typed apart", "スマホ新法 ってなに", []string{"smartlaw"}},
		{"a word and なに typed apart", "スマホ新法 なに", []string{"smartlaw"}},
		{"a question in kana right after a word", "スマホ新法ってなに", []string{"smartlaw"}},
		{"a word and a symbol", "スマホ新法 ！", []string{"smartlaw"}},
		{"a word and an emoji", "スマホ新法 😀", []string{"smartlaw"}},
		{"a unit written out, as a word the synonyms keep whole", "2ナノメートル", []string{"chip"}},
		{"a compound's longer spelling, a synonym", "ロボットタクシー", []string{"robotaxi"}},
		{"a dictionary compound no article has whole, by its parts", "火星探査", []string{"mars"}},
		{"a name and its number, in the other script", "Windows 10", []string{"win10"}},
		{"a question whose verb the article does not use", "スマホ新法で何が変わる", []string{"smartlaw"}},
		{"a question framed with a noun the article does not use", "なぜスマホ新法が必要なのか", []string{"smartlaw"}},
		{"a kanji word no article has is no other word of its reading", "期間", nil},
		{"nor one that shares a kanji with it", "校正", nil},
		{"a kanji word the article writes with okurigana", "取組", []string{"effort"}},
		{"a kanji word the article writes in kana", "綺麗", []string{"tidy"}},
		{"kana typed before conversion with a number onto it", "ぷれすて5", []string{"ps5"}},
		{"a company's name as readers shorten it", "三菱重工", []string{"mhi"}},
		{"the start of a word the dictionary keeps whole", "重工", []string{"mhi"}},
		{"a word and which typed apart", "スマホ新法 どれ", []string{"smartlaw"}},
		{"a question asking what kind", "スマホ新法ってどんなもの", []string{"smartlaw"}},
		{"the same, typed apart", "スナップドラゴン どんな", []string{"snap-kana", "snap-latin"}},
		{"a verb that only adds an aspect to the one before", "スマホ新法が全面施行されてる", []string{"smartlaw"}},
		{"a question with how", "スマホ新法 どうやって", []string{"smartlaw"}},
		{"a word and what a reader wants to know of it", "スマホ新法の仕組み", []string{"smartlaw"}},
		{"kana for the start of a compound", "ぜんこたい", []string{"ssb"}},
		{"romaji for the start of a compound", "zenkotai", []string{"ssb"}},
		{"kana for the part a reader knows", "たいりょうし", []string{"pqc"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := mustSearch(t, ix, Request{Query: tt.q})
			if got := ids(res); !sameSet(got, tt.want) || res.Relaxed {
				t.Errorf("Search(%q) = %v (relaxed %v), want %v", tt.q, got, res.Relaxed, tt.want)
			}
		})
	}
}

// TestModelNumberBeforeParticle: a name's number with a particle after it
// is still the name's (iOS 6の不具合 is no iOS5 article with 6件 in it).
func TestModelNumberBeforeParticle(t *testing.T) {
	ix := mustOpen(t)
	mustPut(t, ix, readerFixtures...)
	if res := mustSearch(t, ix, Request{Query: "iOS 6の不具合"}); !res.Relaxed && slices.Contains(ids(res), "ios5") {
		t.Errorf("iOS 6の不具合 = %v, not relaxed; ios5 has iOS5 and a 6 elsewhere", ids(res))
	}
	if res := mustSearch(t, ix, Request{Query: "iOS 6の新機能"}); res.Relaxed || !slices.Equal(ids(res), []string{"ios6"}) {
		t.Errorf("iOS 6の新機能 = %v (relaxed %v), want ios6", ids(res), res.Relaxed)
	}
}

// TestGluedLatinWordRequired: a Latin word typed right after katakana
// (スマホQWZX) is a word the articles must have; the match by reading,
// which has no Latin words, had found every article with the katakana
// alone as a strict match (and export had written them all).
func TestGluedLatinWordRequired(t *testing.T) {
	ix := mustOpen(t)
	mustPut(t, ix, readerFixtures...)
	for _, q := range []string{"ツインクーラーQWZX", "ザッケローニabc", "QWZXザッケローニ"} {
		if res := mustSearch(t, ix, Request{Query: q}); len(res.Hits) > 0 && !res.Relaxed {
			t.Errorf("Search(%q) = %v, not relaxed; no article has its Latin word", q, ids(res))
		}
	}
	// The abbreviation of a company's form is no word of its own
	// (パナソニックHD is パナソニックホールディングス).
	mustPut(t, ix, Article{ID: "pana", Title: "電池の量産", Body: "パナソニックホールディングス傘下の会社が量産を始めた。", Published: day("2026-06-06")})
	if res := mustSearch(t, ix, Request{Query: "パナソニックHD"}); !slices.Contains(ids(res), "pana") || res.Relaxed {
		t.Errorf("Search(パナソニックHD) = %v (relaxed %v), want pana among them", ids(res), res.Relaxed)
	}
}

func TestLoneExclusionOfNothing(t *testing.T) {
	ix := mustOpen(t)
	mustPut(t, ix, readerFixtures...)
	// の analyses to nothing: excluding it excludes nothing.
	if res := mustSearch(t, ix, Request{Query: "-の", PerPage: 100}); res.Total != uint64(len(readerFixtures)) {
		t.Errorf("-の: total %d, want every article (%d)", res.Total, len(readerFixtures))
	}
	// A lone particle is no word to look for; nor is syntax alone.
	for _, q := range []string{"の", "(", "-", `"`, "()"} {
		if res := mustSearch(t, ix, Request{Query: q}); res.Total != 0 {
			t.Errorf("%s: %v", q, ids(res))
		}
	}
	// An intent word alone is still required.
	if res := mustSearch(t, ix, Request{Query: "新製品"}); !slices.Equal(ids(res), []string{"fan"}) {
		t.Errorf("新製品: %v", ids(res))
	}
}

// TestOptionalWordInTitle: an optional word in a title counts no more
// than in a body, so it does not lift an article that has the required
// word only in passing above those about it.
func TestOptionalWordInTitle(t *testing.T) {
	ix := mustOpen(t)
	arts := []Article{
		{ID: "app", Title: "ニュースアプリの使い方", Body: "アプリの使い方を紹介する。記事の保存や共有の使い方も解説する。記事はFacebookでも共有できる。", Published: day("2026-05-01")},
		{ID: "fb", Title: "Facebookに新しい機能", Body: "Facebookは投稿を予約できる機能を加えた。", Published: day("2026-05-02")},
	}
	for i := range 8 { // Facebook in passing, as in the share buttons of many articles
		arts = append(arts, Article{ID: fmt.Sprintf("share-%d", i), Title: fmt.Sprintf("週末の話題 その%d", i), Body: "この記事をFacebookで共有する。", Published: day("2026-05-03")})
	}
	mustPut(t, ix, arts...)
	if res := mustSearch(t, ix, Request{Query: "Facebook 使い方"}); len(res.Hits) < 2 || res.Hits[0].ID != "fb" {
		t.Errorf("Facebook 使い方: %v, want the article about Facebook first", ids(res))
	}
}

// TestTypedKanaGuessesAddNothing: the pieces kagome makes of kana typed
// before conversion (じ|どう|うん|て|ん) are no words the reader asked for;
// どう, an intent word elsewhere, must not raise articles that have it.
func TestTypedKanaGuessesAddNothing(t *testing.T) {
	ix := mustOpen(t)
	mustPut(t, ix, readerFixtures...)
	tc := &readerCounter{ctx: t.Context(), ix: ix.b}
	defer tc.close()
	tq, err := (&compiler{an: ix.an, syn: ix.syn, tc: tc}).compile("じどううんてん")
	if err != nil {
		t.Fatal(err)
	}
	if len(tq.should) != 0 {
		js, _ := json.Marshal(tq.should)
		t.Errorf("score bonuses for typed kana: %s", js)
	}
}

// TestExclusionOfSynonym: excluding a word excludes its synonyms (ロボ
// for -ロボット), and whatever else the word finds.
func TestExclusionOfSynonym(t *testing.T) {
	ix := mustOpen(t)
	mustPut(t, ix,
		Article{ID: "fsd", Title: "テスラがロボタクシーを開始", Body: "テスラはロボタクシーの営業を始めた。", Published: day("2026-05-01")},
		Article{ID: "bot", Title: "テスラの人型ロボ", Body: "テスラは工場で人型ロボを使う。", Published: day("2026-05-02")},
		Article{ID: "ev", Title: "テスラの新型EV", Body: "テスラが新型を発表した。", Published: day("2026-05-03")},
	)
	want := []string{"ev"}
	if !slices.Contains(ids(mustSearch(t, ix, Request{Query: "ロボット"})), "fsd") {
		want = append(want, "fsd")
	}
	if got := ids(mustSearch(t, ix, Request{Query: "テスラ -ロボット"})); !sameSet(got, want) {
		t.Errorf("テスラ -ロボット = %v, want %v (bot says ロボ, a synonym)", got, want)
	}
}

// TestExclusionsKept: a minus stays an exclusion however the query around
// it is broken, and excluding what the query asks for finds nothing, not
// a relaxed search for its parts.
func TestExclusionsKept(t *testing.T) {
	ix := mustOpen(t)
	mustPut(t, ix,
		Article{ID: "qc", Title: "量子コンピュータの新記録", Body: "量子ビットの数で新記録。", Published: day("2026-05-01")},
		Article{ID: "pqc", Title: "量子暗号の実証", Body: "量子暗号で通信した。", Published: day("2026-05-02")},
		Article{ID: "crypto", Title: "暗号の歴史", Body: "暗号の仕組みを学ぶ。", Published: day("2026-05-03")},
	)
	tests := []struct {
		name, q string
		want    []string
	}{
		{"unclosed group", "量子 -(暗号", []string{"qc"}},
		{"unclosed phrase", `量子 -"暗号`, []string{"qc"}},
		{"field scope", "量子 title:-暗号", []string{"qc"}},
		{"the phrase asked for and excluded", `"量子 暗号" -"量子 暗号"`, nil},
		{"the word asked for and excluded, with another", "量子 暗号 -暗号", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := mustSearch(t, ix, Request{Query: tt.q})
			if got := ids(res); !sameSet(got, tt.want) || res.Relaxed {
				t.Errorf("Search(%q) = %v (relaxed %v), want %v", tt.q, got, res.Relaxed, tt.want)
			}
		})
	}
	// Balanced groups nested too deep are an error, not words: read as
	// words, -(-(-(量子))) would lose its double negations.
	for _, q := range []string{"量子 -(((((((((暗号)))))))))", strings.Repeat("-(", 10) + "量子" + strings.Repeat(")", 10)} {
		if _, err := ix.Search(context.Background(), Request{Query: q}); !errors.Is(err, ErrInvalidRequest) {
			t.Errorf("Search(%q) = %v, want ErrInvalidRequest", q, err)
		}
	}
}

// TestDataAmountInGiga: a data amount in ギガ, as phone plans are spoken
// of (30ギガ for 30GB), and the unit written out, which kagome reads as one
// counter after a number (30ギガバイト) where the synonyms have it alone as
// ギガ|バイト: both had found nothing.
func TestDataAmountInGiga(t *testing.T) {
	ix := mustOpen(t)
	mustPut(t, ix,
		Article{ID: "gb30", Title: "ahamo、データ容量を30GBに増量", Body: "料金は据え置き、データ容量を30GBに増やす。", Published: day("2026-05-01")},
		Article{ID: "giga30", Title: "月30ギガまで使える新プラン", Body: "月30ギガまでなら定額で使える。", Published: day("2026-05-02")},
		Article{ID: "gbps", Title: "100Gbpsの光回線を提供", Body: "通信速度は最大100Gbps。", Published: day("2026-05-03")},
	)
	tests := []struct {
		name, q string
		want    []string
	}{
		{"a data amount in ギガ, as articles write GB", "30ギガ", []string{"gb30", "giga30"}},
		{"a data amount in GB finds ギガ too", "30GB", []string{"gb30", "giga30"}},
		{"the unit written out, read whole after a number", "30ギガバイト", []string{"gb30", "giga30"}},
		{"a name and its data amount in ギガ", "ahamo 30ギガ", []string{"gb30"}},
		{"a data rate stays a data rate", "ギガビット", []string{"gbps"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := mustSearch(t, ix, Request{Query: tt.q})
			if got := ids(res); !sameSet(got, tt.want) || res.Relaxed {
				t.Errorf("Search(%q) = %v (relaxed %v), want %v", tt.q, got, res.Relaxed, tt.want)
			}
		})
	}
}

// TestNegativeTemperature: a minus before degrees is the temperature's
// sign (-269℃ had excluded the one article on it), and ℃ is 度, not the
// letter c (5℃ had found C++); before a year a minus still excludes.
func TestNegativeTemperature(t *testing.T) {
	ix := mustOpen(t)
	mustPut(t, ix,
		Article{ID: "helium", Title: "液体ヘリウムで冷やす量子コンピューター", Body: "チップを−269℃まで冷やして動かす。", Published: day("2026-05-04")},
		Article{ID: "winter", Title: "北海道で氷点下5度", Body: "朝の気温は-5度まで下がった。", Published: day("2026-05-05")},
		Article{ID: "results", Title: "2026年の決算", Body: "2026年3月期は増益だった。", Published: day("2026-05-06")},
		Article{ID: "results2", Title: "決算の見通し", Body: "来期の決算は増益の見込み。", Published: day("2026-05-07")},
		Article{ID: "cpp", Title: "C++の入門書5冊", Body: "C言語とC++を学ぶ。", Published: day("2026-05-08")},
		Article{ID: "fridge", Title: "冷蔵庫は5℃前後", Body: "野菜室は5°Cに保つ。", Published: day("2026-05-09")},
	)
	tests := []struct {
		name, q string
		want    []string
	}{
		{"a temperature below zero", "-269℃", []string{"helium"}},
		{"the same with a word before it, in full width", "量子コンピューター −２６９℃", []string{"helium"}},
		{"degrees in kanji", "-5度", []string{"winter", "fridge"}},
		{"degrees Celsius find 度 and °C, not the letter c", "5℃", []string{"winter", "fridge"}},
		{"a minus before Celsius", "-5℃", []string{"winter", "fridge"}},
		{"a year after a minus is still excluded", "決算 -2026年", []string{"results2"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := mustSearch(t, ix, Request{Query: tt.q})
			if got := ids(res); !sameSet(got, tt.want) || res.Relaxed {
				t.Errorf("Search(%q) = %v (relaxed %v), want %v", tt.q, got, res.Relaxed, tt.want)
			}
		})
	}
}

// TestLatinNameForKatakanaName: a Latin name of two words that one
// article writes in katakana, where several have either word in Latin
// and none both (thomas horn had relaxed to those), and a th at the start
// read as T (thomas トーマス).
func TestLatinNameForKatakanaName(t *testing.T) {
	ix := mustOpen(t)
	mustPut(t, ix,
		Article{ID: "horn", Title: "天才少年トーマス・ホーン「日本のマンガは読まない」", Body: "主人公を演じたトーマス・ホーンは日本食が好きだという。", Published: day("2026-05-06")},
		Article{ID: "thomas1", Title: "Thomas社が新製品", Body: "Thomasが新しい部品を発表した。", Published: day("2026-05-07")},
		Article{ID: "thomas2", Title: "機関車Thomasの玩具", Body: "Thomasの玩具が人気だ。", Published: day("2026-05-08")},
		Article{ID: "hornlatin", Title: "hornの音色", Body: "hornを吹く楽団。", Published: day("2026-05-09")},
	)
	tests := []struct {
		name, q string
		want    []string
	}{
		{"a Latin name of two words one article writes in katakana", "thomas horn", []string{"horn"}},
		{"the same typed with capitals", "Thomas Horn", []string{"horn"}},
		{"the same in katakana", "トーマス ホーン", []string{"horn"}},
		{"the first name alone finds both scripts", "thomas", []string{"horn", "thomas1", "thomas2"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := mustSearch(t, ix, Request{Query: tt.q})
			if got := ids(res); !sameSet(got, tt.want) || res.Relaxed {
				t.Errorf("Search(%q) = %v (relaxed %v), want %v", tt.q, got, res.Relaxed, tt.want)
			}
		})
	}
}

// TestLetterNameAfterLetters: a letter's name in kana after letters, as a
// reader who heard a model's name types it (えいちてぃーしー じぇい for
// HTC J), is the letter; alone it stays a word (ジェイ of a name).
func TestLetterNameAfterLetters(t *testing.T) {
	ix := mustOpen(t)
	mustPut(t, ix,
		Article{ID: "htcj", Title: "au向けスマートフォン「HTC J ISW13HT」を発表", Body: "HTC Jは国内専用のモデルだ。", Published: day("2026-05-10")},
		Article{ID: "htcone", Title: "HTC One Xを発表", Body: "HTCの新しいモデル。", Published: day("2026-05-11")},
		Article{ID: "jay", Title: "ジェイロックと契約", Body: "ジェイは事務所の名前だ。", Published: day("2026-05-12")},
	)
	tests := []struct {
		name, q string
		want    []string
	}{
		{"letters and a letter, all in hiragana", "えいちてぃーしー じぇい", []string{"htcj"}},
		{"the same in katakana", "エイチティーシー ジェイ", []string{"htcj"}},
		{"a Latin name and a letter in kana", "htc じぇい", []string{"htcj"}},
		{"the name as articles write it", "HTC J", []string{"htcj"}},
		{"a letter's name alone is a word", "じぇい", []string{"jay"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := mustSearch(t, ix, Request{Query: tt.q})
			if got := ids(res); !sameSet(got, tt.want) || res.Relaxed {
				t.Errorf("Search(%q) = %v (relaxed %v), want %v", tt.q, got, res.Relaxed, tt.want)
			}
		})
	}
}
