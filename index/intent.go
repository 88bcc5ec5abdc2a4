package index

import (
	"math"
	"regexp"
	"slices"
	"strings"
	"unicode"

	"sagasu/analyzer"
)

// Readers write questions into the search box: スマホのバッテリーを長持ちさせる
// 方法, 電子書籍リーダーの比較, 上司に怒られた時の対処法. The words that say
// what the reader wants (方法, 比較, 対処法) or that only tie the sentence
// together (時) seldom occur in the article that answers the question, so
// requiring them, as every other word is required, leaves the reader with
// nothing or with the one article that happens to use them. Such words are
// optional: they add to the score of articles that have them, and the
// other words are required. A query made only of them (おすすめ) still
// requires them.

// intentWords are what a reader wants to know, as the analyzer folds them;
// two-token words (使い|方, 対処|法) are matched joined.
var intentWords = map[string]bool{
	"方法": true, "やり方": true, "仕方": true, "使い方": true, "選び方": true, "作り方": true,
	"探し方": true, "見つけ方": true, "始め方": true, "書き方": true, "考え方": true,
	"おすすめ": true, "オススメ": true, "お勧め": true, "お薦め": true, "比較": true, "違い": true,
	"対処法": true, "対策": true, "解決法": true, "解決策": true, "解消法": true, "原因": true,
	"理由": true, "意味": true, "特徴": true, "種類": true, "一覧": true, "まとめ": true, "コツ": true,
	"注意点": true, "メリット": true, "デメリット": true, "口コミ": true, "評判": true, "感想": true, "体験談": true, "経験談": true,
	"とは": true, "どう": true, "なぜ": true, "何": true, "なに": true, "いつ": true, "どれ": true,
	"いくら": true, "値段": true, "誰": true, "発売日": true, "最新": true, "ニュース": true,
	"情報": true, "仕組み": true, "レビュー": true, "評価": true, "解説": true, "由来": true,
	"あらすじ": true, "ネタバレ": true, "公開日": true, "攻略": true,
	"わかりやすく": true, "分かりやすく": true, "わかりやすい": true, "分かりやすい": true,
	"どんな": true, "どの": true, "どこ": true, "どっち": true, "どちら": true, "どうして": true,
}

// degreeWords say how much of what follows a reader means (一番薄い,
// 最も速い): optional, as an article says it otherwise (最薄, 世界で
// 一番, 薄さ5mm); required, 一番 had left 折りたたみスマホ 一番薄い to
// the one roundup that says both.
var degreeWords = map[string]bool{
	"一番": true, "いちばん": true, "最も": true, "もっとも": true, "とても": true, "かなり": true,
	// And the words a reader stresses with as they would speak
	// (男性が本当に好きな手料理: 本当に had been required, and the article
	// on the dish, which never says it, ranked 11th).
	"本当に": true, "ほんとう": true, "ホント": true, "ほんと": true, "ほんとに": true, "マジ": true,
	"すごく": true, "凄く": true, "すっごく": true, "めっちゃ": true, "めちゃくちゃ": true,
}

// queryFunctionWords are English words of grammar, optional beside other
// words as particles are (Ransomware as a Service had required as and a,
// and found the one article on Mobility as a Service). Not it nor us,
// which readers type for IT and the US.
var queryFunctionWords = map[string]bool{
	"a": true, "an": true, "the": true, "of": true, "as": true, "to": true, "in": true, "at": true,
	"by": true, "for": true, "with": true, "from": true, "and": true, "is": true, "are": true,
}

// requestVerbs ask for what the words before them name (…を教えて,
// …について知りたい): optional at the end of a query, not before other
// words (知る権利, 教える仕事).
var requestVerbs = map[string]bool{"教える": true, "知る": true}

// optionalWeight weighs an optional word as much in the title as in the
// body, and half a body match of a required word: counted three times in
// a title, as a required word is, 使い方 and おすすめ put 「Peachyアプリの
// 使い方」 above the Facebook articles for Facebook 使い方, and 「おすすめの
// スマートフォン」 about Android phones above the iPhone articles for
// iPhone おすすめ, on livedoor; and once a body's length is weighed
// against the bodies' average (fieldlengths.go), an optional word said
// twice in a short body did as much.
var optionalWeight = weight{0.5, 0.5}

// questionWords make a query a question, whose general verbs say how the
// reader put it rather than what the article says: スマホ新法で何が変わる is
// answered by an article on what スマホ新法 requires, which may never write
// 変わる. (Other verbs stay required: ブラジャーはどうやって捨てれば is
// about throwing away; requiring no verb of a question lost it on
// livedoor.)
var questionWords = map[string]bool{
	"何": true, "なに": true, "どう": true, "なぜ": true, "いつ": true, "どれ": true, "誰": true, "いくら": true,
	"どこ": true, "どの": true, "どんな": true, "どうして": true, "だれ": true, "どちら": true,
	// …の理由 and …の原因 ask なぜ (配膳ロボットが増えた理由).
	"理由": true, "原因": true,
	// AとBの違い and Aの比較 ask how they differ, which the article on
	// each answers too (iPhone AirとiPhone 17 Proの違いは had listed only
	// the roundup that names both).
	"違い": true, "比較": true,
}

// isQuestion reports whether toks ask a question: one of questionWords
// is among them (ロボタクシーは日本でいつ始まる).
func isQuestion(toks []analyzer.Token) bool {
	return slices.ContainsFunc(toks, func(t analyzer.Token) bool { return questionWords[t.Term] || questionWords[t.Surface] })
}

// droppedQuestionWords are question words the analyzer drops with the
// other demonstratives (こそあど), so a query's text is looked at for them.
var droppedQuestionWords = []string{"どこ", "どれ", "どの"}

// askingWhen matches いつ, which the analyzer drops too, asked (締め切りは
// いつ, アップデートいつ, いつから): not いつも, いつか, nor a name (いつき).
var askingWhen = regexp.MustCompile(`いつ(?:$|から|[^もかきくぞ])`)

// askingWhenAlone matches a word of hiragana that asks when (いつ typed
// apart, はいつ, いつまで): such words are kagome's guesses (ついつい), so
// only these.
var askingWhenAlone = regexp.MustCompile(`^(?:は|が|って)?いつ(?:から|まで|ごろ|頃|なの|です)?$`)

// asksWhich reports whether text has one of droppedQuestionWords, or asks
// when; a word of hiragana only when it is いつ.
func asksWhich(text string) bool {
	if hiraganaRun(text) {
		return askingWhenAlone.MatchString(text)
	}
	return askingWhen.MatchString(text) || slices.ContainsFunc(droppedQuestionWords, func(w string) bool { return strings.Contains(text, w) })
}

// asksYesNo reports whether text, one word of a query, and toks, its
// tokens, ask a question without a question word: it ends in a question
// mark (GPT-5は無料で使える？) or in the particle か after a verb or an
// adjective (使えるか, 速いのか, 使えるかな; not 静か, whose か is the word's).
func asksYesNo(text string, toks []analyzer.Token) bool {
	if rest := strings.TrimRight(text, "?"); rest != text {
		return strings.TrimSpace(rest) != ""
	}
	for i := len(toks) - 1; i > 0; i-- {
		t := toks[i]
		if strings.HasPrefix(t.POS, "記号") || (t.Surface == "な" || t.Surface == "ね") && toks[i-1].Surface == "か" {
			continue // (使えるかな)
		}
		return (t.Surface == "か" || t.Surface == "かな") && strings.HasPrefix(t.POS, "助詞") && strings.Contains(t.POS, "終助詞")
	}
	return false
}

// asksAbout reports whether toks, the tokens of one word of a query, end
// in the particle は after a noun: a question with its predicate left out
// (節電に効果的な家電は, 結婚できない男の特徴は, 違いは), which the articles
// answer without every word of it. Not とは, which asks what the word is
// (see asksWhat).
func asksAbout(toks []analyzer.Token) bool {
	for i := len(toks) - 1; i > 0; i-- {
		t := toks[i]
		if strings.HasPrefix(t.POS, "記号") {
			continue
		}
		prev := toks[i-1]
		return t.Surface == "は" && strings.HasPrefix(t.POS, "助詞,係助詞") && strings.HasPrefix(prev.POS, "名詞") && prev.End == t.Start
	}
	return false
}

// questionVerbs are the general verbs of questions, by base form, and
// the nouns a question is framed with (なぜ耐量子暗号が必要なのか is answered
// by articles on why the move is urgent, which may never write 必要).
var questionVerbs = map[string]bool{
	"変わる": true, "違う": true, "できる": true, "出来る": true, "使える": true, "分かる": true,
	"わかる": true, "起きる": true, "起こる": true, "決まる": true, "変える": true, "終わる": true,
	"始まる": true, "始める": true, "実現": true, "進む": true, "やる": true,
	"行く": true, "いく": true, "来る": true, "くる": true, "向かう": true, "知る": true,
	"必要": true, "可能": true, "重要": true, "大丈夫": true, "本当": true,
}

// optionalTokens reports, for each token, whether it is optional: an
// intent word, a dependent noun (名詞,非自立: 時, 方) or a dependent verb
// among several other words (動詞,非自立: てる, ちゃう), or a general verb
// of a question, when some other token of the query is a word to require.
func optionalTokens(toks []analyzer.Token) []bool {
	return optionalTokensOf(toks, plainVerbs(toks))
}

// optionalTokensOf is optionalTokens with the verbs of toks given (see
// plainVerbs): a sentence cut into pieces knows its kana verbs only from
// the whole (see kanaVerbAfterParticle).
func optionalTokensOf(toks []analyzer.Token, verbs []bool) []bool {
	opt := make([]bool, len(toks))
	question, others, words, adverbs := isQuestion(toks), 0, 0, 0
	for i, t := range toks {
		if !strings.HasPrefix(t.POS, "動詞,非自立") && !strings.HasPrefix(t.POS, "名詞,非自立") && !intentWords[t.Term] && !degreeWords[t.Surface] {
			others++
			if !verbs[i] {
				words++
			}
			if kanaAdverb(t) {
				adverbs++
			}
		}
	}
	for i, t := range toks {
		switch {
		case intentWords[t.Term] || intentWords[t.Surface] || degreeWords[t.Surface]:
			opt[i] = true
		case i+1 < len(toks) && toks[i+1].Start == t.End && intentWords[t.Surface+toks[i+1].Surface]:
			opt[i], opt[i+1] = true, true
		case strings.HasPrefix(t.POS, "名詞,非自立") || strings.HasPrefix(t.POS, "形容詞,接尾") || strings.HasPrefix(t.POS, "形容詞,非自立"):
			// (And an adjective that only shades the word before: 夏っぽい,
			// 使いやすい.)
			opt[i] = true
		case strings.HasPrefix(t.POS, "動詞,非自立") && others > 2:
			// A verb that only adds an aspect to the one before (出てる,
			// もらっちゃった, してくれる) in a sentence of other words; beside
			// one word it is how the article put it (優勝しちゃう).
			opt[i] = true
		case question && questionVerbs[t.Term]:
			opt[i] = true
		case kanaAdverb(t) && words-adverbs >= 2:
			// An adverb of kana beside two words or more says how the
			// reader put the sentence (すぐ開く, もうやってる), as its
			// verb does: the article says 素早く or nothing (最近使った
			// ファイルをすぐ開く方法 had required すぐ and missed the
			// column on opening recent files). Not one of kanji, which
			// says what happens (0と1を同時に持つ: the explainer's title
			// writes 同時に).
			opt[i] = true
		case verbs[i] && words >= 2:
			// A verb or an adjective beside two words or more says how
			// the reader put it, which the article seldom does as well
			// (東京国際映画祭でグランプリを取った映画: the article says
			// 受賞; 新しいギャラクシー, 最新): it ranks, as the analyzer
			// counts no verb a content word.
			opt[i] = true
		case requestVerbs[t.Term] && i > 0 && !slices.ContainsFunc(toks[i+1:], func(u analyzer.Token) bool { return u.Term != "" && u.Class != "part" && u.Class != "shingle" }):
			opt[i] = true
		case i > 0 && (toks[i-1].Surface == "何" || toks[i-1].Surface == "なん") && toks[i-1].End == t.Start && isSingleKanji(t.Term):
			opt[i] = true // what a question counts (何勝, 何人, 何回): the answer has a number
		case nameSuffix(toks, i) || kindSuffix(toks, i):
			opt[i] = true
		}
	}
	for _, o := range opt {
		if !o {
			return opt
		}
	}
	return make([]bool, len(toks)) // nothing else to require
}

// kanaAdverb reports whether t is an adverb written in hiragana (すぐ,
// もう, ちゃんと).
func kanaAdverb(t analyzer.Token) bool {
	return strings.HasPrefix(t.POS, "副詞") && isHiragana(t.Surface)
}

// plainVerbs reports, for each token, whether it is a verb or an
// adjective of its own written with kanji (取っ, 話す, 使える, 新しい, 出 of
// 出たく): not one of kana, which kagome guesses at in a reader's kana
// (すいっち; but see kanaVerbAfterParticle), nor a kanji written onto kanji
// before it that kagome guesses is one (重 of 川重, read 重い), nor a noun
// of a verb (発表, 打ち上げ).
func plainVerbs(toks []analyzer.Token) []bool {
	out := make([]bool, len(toks))
	for i, t := range toks {
		if !strings.HasPrefix(t.POS, "動詞,自立") && !strings.HasPrefix(t.POS, "形容詞,自立") || !strings.ContainsFunc(t.Surface, isHan) {
			continue
		}
		if i > 0 && !t.Okurigana() {
			p := toks[i-1]
			if p.End == t.Start && p.Position+1 == t.Position && !strings.ContainsFunc(p.Surface, isHiraganaLetter) {
				continue
			}
		}
		out[i] = true
	}
	return out
}

// compoundIntentShare is the share of the articles with a noun that must
// write an intent word onto it for the two to be one word: on livedoor,
// 個人情報 is in 96 of the 422 articles with 個人, 位置情報 33 of 221,
// ウイルス対策 11 of 45 (情報 and 対策 are what the reader looks for
// there, not what they want to know of it), but 映画情報 36 of 1,223 and
// スマホ比較 none: a reader asking about films and phones.
const compoundIntentShare = 0.1

// compoundIntents requires the intent words of optional that end a
// compound the articles write (see compoundIntentShare).
func (c *compiler) compoundIntents(toks []analyzer.Token, optional []bool) {
	rc, ok := c.tc.(*readerCounter)
	if !ok {
		return
	}
	for i := 1; i < len(toks); i++ {
		t, prev := toks[i], toks[i-1]
		if !optional[i] || optional[i-1] || prev.End != t.Start || !intentWords[t.Term] && !intentWords[t.Surface] ||
			!strings.HasPrefix(prev.POS, "名詞") || !strings.ContainsFunc(t.Surface, isHan) {
			continue
		}
		q := termsPhrase([]string{prev.Term, t.Term}, exact(1))
		if n := c.counted(rc, prev.Term+"\x00"+t.Term, "\x00compound", q); n > 0 && n < math.MaxUint64 && float64(n) >= compoundIntentShare*float64(c.df(prev.Term)) {
			optional[i] = false
		}
	}
	for i, t := range toks {
		// An intent word written onto the noun after it is part of the
		// reader's word (比較サイト, 攻略本, 最新版, まとめ読み), not what
		// they want to know of it: required, as the noun is.
		j := slices.IndexFunc(toks[i+1:], func(u analyzer.Token) bool { return u.Start == t.End && u.Position > t.Position })
		if j < 0 || !optional[i] || optional[i+1+j] || !intentWords[t.Term] && !intentWords[t.Surface] ||
			!strings.HasPrefix(t.POS, "名詞") || strings.HasPrefix(t.POS, "名詞,代名詞") {
			continue // (no question word: 何人, どこ行く)
		}
		next := toks[i+1+j]
		if strings.HasPrefix(next.POS, "名詞,接尾") || !recommendWords[t.Term] && (strings.HasPrefix(next.POS, "名詞") || verbNoun(next) != "") {
			optional[i] = false
		}
	}
}

// recommendWords are the intent words that ask for the best of what
// follows (おすすめアプリ, 最新スマホ): optional before a noun, which the
// articles recommending one need not write onto them, but not before a
// suffix (最新版).
var recommendWords = map[string]bool{"おすすめ": true, "オススメ": true, "お勧め": true, "お薦め": true, "最新": true}

// kanaVerbAfterParticle reports whether toks[i] is a verb written in
// hiragana right after one dropped particle that follows a word with
// kanji, katakana or Latin letters (掃除をやめたら, 部下がやる): a verb of the
// reader's sentence, as one in kanji is (掃除を止めたら), not kagome's
// guess at kana typed for a word, which follows no such word (すいっちを
// かう: いっち is kana too). 年末の掃除をやめたら楽になった had required
// やめる, which the column on giving the cleaning up never says, and found
// one other article; 止めたら found it first. A sentence's verbs are
// optional beside two words or more (see optionalTokens).
func kanaVerbAfterParticle(toks []analyzer.Token, i int) bool {
	if i == 0 {
		return false
	}
	t, p := toks[i], toks[i-1]
	if !strings.HasPrefix(t.POS, "動詞,自立") || t.Term == "" || !isHiragana(t.Surface) ||
		p.Term == "" || p.End >= t.Start || p.Position+2 != t.Position {
		return false
	}
	return strings.ContainsFunc(p.Surface, func(r rune) bool {
		return isHan(r) || isKatakanaLetter(r) || unicode.IsLetter(r) && r < 0x250
	})
}

// kanaVerbStarts returns the byte offsets at which toks, the indexed
// tokens of one word typed, have a verb in kana after a particle (see
// kanaVerbAfterParticle).
func kanaVerbStarts(toks []analyzer.Token) map[int]bool {
	var at map[int]bool
	for i, t := range toks {
		if kanaVerbAfterParticle(toks, i) {
			if at == nil {
				at = map[int]bool{}
			}
			at[t.Start] = true
		}
	}
	return at
}
