package index

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2/search/query"

	"sagasu/analyzer"
)

// A reader who types a word in kana before converting it writes it beside
// words already converted: ぽけもん攻略, すまほ充電, てすらの株価,
// トヨタのぜんこたいでんち. Read as part of the sentence, the kana is cut
// by the dictionary into fragments and particles (ぽ|け|もん, すま|ほ,
// て|すら), the fragments are no words and are dropped, and the query
// quietly becomes 攻略 alone. Such kana is a word of its own, searched as
// if the reader had typed a space around it: by its reading, as kana
// typed alone is (ぽけもん finds ポケモン).

// minTypedKana is the shortest kana run read as a word typed before
// conversion: two kana are as often grammar (して, では).
const minTypedKana = 3

// kanaParticles are the one-kana particles that tie a kana word to the
// words around it (てすら|の|株価, トヨタ|の|ぜんこたいでんち).
const kanaParticles = "のをがにでともはやへ"

// kanaPieces returns text cut around the runs of hiragana in it that read
// as a word typed before conversion, the particles between them dropped,
// or nil when there are none. A run counts when it begins the text or
// follows a word of katakana or Latin letters after a particle (not
// kanji: 観察された is a verb's ending), is followed by more text when it
// begins it (a query all in kana is read by its reading already), and
// the dictionary can only cut it into fragments: see fragmentedKana.
func kanaPieces(text string, tokens func(string) []analyzer.Token) []string {
	var pieces []string
	from := 0 // the start of the text not yet cut
	for i := 0; i < len(text); {
		r, n := utf8.DecodeRuneInString(text[i:])
		if !kanaRunRune(r) {
			i += n
			continue
		}
		run, end := i, i // where the run of kana starts and ends
		for end < len(text) {
			r, n := utf8.DecodeRuneInString(text[end:])
			if !kanaRunRune(r) {
				break
			}
			end += n
		}
		i = end
		end = prefixAt(text, end, tokens)
		for run > 0 && strings.HasPrefix(text[run:end], "ー") {
			run += len("ー") // the long vowel of the katakana before (サーバーのけーす)
		}
		if run == end {
			continue
		}
		start, stop := run, end
		if start > 0 {
			prev, _ := utf8.DecodeLastRuneInString(text[:start])
			first, n := utf8.DecodeRuneInString(text[start:])
			if isHan(prev) || !strings.ContainsRune(kanaParticles, first) {
				continue
			}
			start += n
		} else if stop == len(text) {
			continue
		}
		if stop < len(text) {
			if last, n := utf8.DecodeLastRuneInString(text[start:stop]); strings.ContainsRune(kanaParticles, last) &&
				utf8.RuneCountInString(text[start:stop-n]) >= minTypedKana {
				stop -= n
			}
		}
		word := text[start:stop]
		if utf8.RuneCountInString(word) < minTypedKana || !fragmentedKana(tokens(word)) {
			continue
		}
		if head := text[from:run]; head != "" {
			pieces = append(pieces, head)
		}
		pieces = append(pieces, word)
		from = end
	}
	if pieces == nil {
		return nil
	}
	if from < len(text) {
		pieces = append(pieces, text[from:])
	}
	return pieces
}

// prefixAt returns where the prefix お or ご at the end of a run of kana
// that ends at end starts, when kanji follow and the dictionary reads the
// prefix and the kanji as one word (お腹 of ぽっこりお腹, ご飯 of
// ふわふわご飯): the prefix is the noun's, not the kana word's, which
// ぽっこりお had been, found nowhere, and 腹 a word of its own. end
// otherwise.
func prefixAt(text string, end int, tokens func(string) []analyzer.Token) int {
	at := end - len("お")
	if at <= 0 || end >= len(text) || text[at:end] != "お" && text[at:end] != "ご" {
		return end
	}
	if r, _ := utf8.DecodeRuneInString(text[end:]); !isHan(r) {
		return end
	}
	for _, t := range tokens(text) {
		if t.Start == at && t.End > end {
			return at
		}
	}
	return end
}

// kanaRunRune reports whether r belongs to a run of hiragana typed as a
// word: a hiragana letter or the long-vowel mark (らーめん).
func kanaRunRune(r rune) bool { return isHiraganaLetter(r) || r == 'ー' }

// fragmentedKana reports whether the dictionary's reading of a run of
// kana alone is no reading of words: a word it does not know, a particle
// or auxiliary first (て|すら), a piece of one kana that is neither
// (ぽ|け|もん, すま|ほ, ら|っ|こ), or a long-vowel mark, which hiragana
// words do not have (ぐーぐる). Kana the dictionary reads as words
// (かわいい, どうやって, はじめて) stay in the sentence.
func fragmentedKana(toks []analyzer.Token) bool {
	first := true
	for _, t := range toks {
		if t.Class == "part" || t.Class == "shingle" {
			continue
		}
		grammar := strings.HasPrefix(t.POS, "助詞") || strings.HasPrefix(t.POS, "助動詞")
		switch {
		case t.Class == "unknown", first && grammar,
			utf8.RuneCountInString(t.Surface) == 1 && !grammar,
			strings.ContainsRune(t.Surface, 'ー'):
			return true
		}
		first = false
	}
	return false
}

// readsAsKanjiWord reports whether kana reads as a word of kanji the
// articles have (こんかつ: 婚活).
func (c *compiler) readsAsKanjiWord(kana string) bool {
	return c.words != nil && slices.ContainsFunc(c.words(analyzer.ReadingPrefix(kana)), func(w string) bool { return strings.ContainsFunc(w, isHan) })
}

// loanwordAlt returns what finds hiragana with the small vowels only
// loanwords have (うぃずふぉと) as one word: the katakana as some article
// writes it, however the index cut it (a phrase of its bigrams), or the
// Latin word it sounds like (withPhoto); nil when neither finds an
// article. Cut where the words of the articles meet (ウィズ|フォト) and
// read, folded, such kana had found only フォト.
func (c *compiler) loanwordAlt(text string) query.Query {
	if !hiraganaRun(text) || !foreignSound(text) {
		return nil
	}
	if q, ok := c.loanwords[text]; ok {
		return q
	}
	kata := analyzer.ToKatakana(text)
	var qs []query.Query
	if q := bigramQuery(kata); q != nil && c.matches(q) {
		qs = append(qs, q)
	}
	if q := c.latinAlt(kata); q != nil && c.matches(q) {
		qs = append(qs, q)
	}
	var q query.Query
	if len(qs) > 0 {
		q = disjunction(qs)
	}
	if c.loanwords == nil {
		c.loanwords = map[string]query.Query{}
	}
	c.loanwords[text] = q
	return q
}

// kanaRunWords returns kanaWords of text, its pieces read by the
// suggestion data's words and, where that cuts it otherwise, by the
// readings of rarer words the index holds (see kanaWords), unless some
// article writes the kana as typed (ふるいちやすし, a name in hiragana, is
// no ふるいち and やすし).
func (c *compiler) kanaRunWords(text string) []string {
	words := kanaWords(text, c.tokens, c.readsAsArticleWord, nil)
	rare := kanaWords(text, c.tokens, c.readsAsArticleWord, c.readsInIndex)
	if slices.Equal(rare, words) || c.matches(c.phrase(text, exact(1))) {
		return words
	}
	return rare
}

// splitWords returns the words of a word typed as a sentence (see
// sentenceWords) or with kana typed before conversion in it (see
// kanaPieces and kanaWords; kana reports that), or nil.
func (c *compiler) splitWords(text string, all []analyzer.Token) (words []string, kana bool) {
	if words := c.kanaRunWords(text); words != nil {
		if (c.loanwordAlt(text) != nil || c.lettersWordAlt(text) != nil) && !slices.ContainsFunc(words, c.readsAsKanjiWord) {
			// One word (うぃずふぉと is withPhoto, not ウィズ and フォト;
			// ゆーびーてっく UBTech, not the letters ub and テック).
			return nil, false
		}
		return words, true // (こんかつぱーてぃー is 婚活 and パーティー)
	}
	pieces := kanaPieces(text, c.tokens)
	if pieces == nil {
		return sentenceWords(text, all), false
	}
	for _, p := range pieces {
		if s := sentenceWords(p, c.tokens(p)); s != nil {
			words = append(words, s...)
		} else {
			words = append(words, p)
		}
	}
	if len(words) > maxSentenceWords {
		return nil, false
	}
	return words, true
}
