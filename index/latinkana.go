package index

import (
	"cmp"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2/search/query"

	"sagasu/analyzer"
)

// A short name typed in katakana that the articles write only in Latin
// letters (メタ for Meta, ルビー Ruby, ジャバ Java, ニーサ NISA, テム Temu):
// too few consonants for the sound skeletons (sound.go), which would
// match a crowd of words, but spelt out letter by letter in the ways
// English writes those sounds, one of the spellings is a word the
// articles have.

// maxSpelledKana bounds the katakana word spelt out (longer ones have
// skeletons enough), and maxLatinSpellings the spellings looked up.
const (
	maxSpelledKana    = 5
	maxLatinSpellings = 48
)

// latinSpellingAlt matches a katakana word of two to maxSpelledKana
// characters that fewer than rareName articles have by the Latin words
// the articles have that spell its sounds (the commonest two), weighed
// like a sound-alike. nil when the word is no such word or no spelling is
// a word of the articles. With numbered, the word has a number written
// onto it (スイッチ2, a model: Switch 2), and may be common.
func (c *compiler) latinSpellingAlt(text string, numbered bool) query.Query {
	word := analyzer.ToKatakana(analyzer.Fold(text))
	if n := utf8.RuneCountInString(word); n < 2 || n > maxSpelledKana || !katakanaWord(word) || c.tc == nil ||
		c.sounded >= maxSoundWords || !numbered && c.df(analyzer.WordTerm(word)) >= rareName {
		return nil
	}
	c.sounded++ // (counted with the words looked up by sound)
	type found struct {
		term string
		df   uint64
	}
	var best []found
	for _, s := range latinSpellings(word) {
		if df := c.df(s); df > 0 {
			best = append(best, found{s, df})
		}
	}
	if len(best) == 0 {
		return nil
	}
	// The commonest first: ruby before rubi.
	slices.SortStableFunc(best, func(a, b found) int { return cmp.Compare(b.df, a.df) })
	var qs []query.Query
	for _, f := range best[:min(2, len(best))] {
		qs = append(qs, fieldsTerm(f.term, alt(fuzzyBoost)))
	}
	return disjunction(qs)
}

// latinSpellings returns the lower-case Latin spellings of a katakana
// word's sounds, at most maxLatinSpellings: each mora as romaji and the
// letters English uses for it (バ b or v, ラ r or l, ム at the end m),
// ー as nothing or as English draws the vowel out at the end (ルビー ruby,
// ニーサ nisa).
func latinSpellings(kana string) []string {
	rs := []rune(kana)
	out := []string{""}
	for i := 0; i < len(rs); {
		opts, n := moraSpellings(rs, i)
		if opts == nil {
			return nil
		}
		next := make([]string, 0, len(out)*len(opts))
		for _, p := range out {
			for _, o := range opts {
				head := p
				if r, ok := strings.CutPrefix(o, respell); ok {
					if p == "" {
						continue
					}
					head, o = p[:len(p)-1], r
				}
				if len(next) < maxLatinSpellings {
					next = append(next, head+o)
				}
			}
		}
		out, i = next, i+n
	}
	return out
}

// respell marks a spelling that replaces the vowel before it.
const respell = "\x00"

// moraSpellings returns the spellings of the mora at rs[i] and how many
// characters it takes; nil for a character it cannot spell.
func moraSpellings(rs []rune, i int) ([]string, int) {
	last := func(n int) bool { return i+n == len(rs) }
	r := rs[i]
	switch r {
	case 'ー':
		// (An option starting with respell takes the place of the
		// vowel before it.)
		v := ""
		if i > 0 {
			if rom := kanaRomaji[rs[i-1]]; rom != "" {
				v = rom[len(rom)-1:]
			}
		}
		switch v {
		case "i":
			if last(1) {
				return []string{"", respell + "y", respell + "ee"}, 1 // ルビー ruby, コーヒー coffee
			}
			return []string{"", respell + "ee"}, 1 // ニーサ nisa, ジーンズ jeans
		case "a":
			return []string{"", "r", respell + "er"}, 1 // サーバー server, カード card
		case "e", "o":
			return []string{"", "r"}, 1
		case "u":
			return []string{"", respell + "oo"}, 1 // ツール tool
		}
		return []string{""}, 1
	case 'ッ':
		if i+1 < len(rs) {
			if rom := kanaRomaji[rs[i+1]]; rom != "" {
				if rs[i+1] == 'チ' {
					return []string{"", "c", "t"}, 1 // マッチ match, スイッチ switch
				}
				if rom[0] == 'k' {
					return []string{"", "k", "c"}, 1 // クイック quick, チェック check
				}
				return []string{"", rom[:1]}, 1
			}
		}
		return []string{""}, 1
	case 'ン':
		return []string{"n", "m"}, 1
	}
	if i+1 < len(rs) && rs[i+1] == 'イ' {
		// English w after s, t, k before i: スイッチ switch, ツイン twin,
		// クイック quick.
		switch r {
		case 'ス':
			return []string{"sui", "swi"}, 2
		case 'ツ':
			return []string{"tsui", "twi"}, 2
		case 'ク':
			return []string{"kui", "qui", "kwi"}, 2
		}
	}
	if i+1 < len(rs) && strings.ContainsRune("ャュョァィゥェォ", rs[i+1]) {
		if rom, ok := kanaDigraphs[string(rs[i:i+2])]; ok {
			return rom, 2
		}
	}
	rom := kanaRomaji[r]
	if rom == "" {
		return nil, 0
	}
	opts := []string{rom}
	c := rom[:1]
	switch {
	case c == "b":
		opts = append(opts, "v"+rom[1:])
	case c == "r":
		opts = append(opts, "l"+rom[1:])
	case rom == "shi":
		opts = append(opts, "si")
	case rom == "ji":
		opts = append(opts, "gi")
	}
	if last(1) && rom == "chi" {
		opts = append(opts, "ch") // マッチ match
	}
	if last(1) && len(rom) >= 2 && strings.HasSuffix(rom, "u") && rom != "u" {
		// A final consonant English writes bare: テム temu or tem.
		for _, o := range opts {
			opts = append(opts, strings.TrimSuffix(o, "u"))
		}
	}
	return opts, 1
}

// kanaRomaji spells each katakana in Hepburn romaji.
var kanaRomaji = map[rune]string{
	'ア': "a", 'イ': "i", 'ウ': "u", 'エ': "e", 'オ': "o",
	'カ': "ka", 'キ': "ki", 'ク': "ku", 'ケ': "ke", 'コ': "ko",
	'ガ': "ga", 'ギ': "gi", 'グ': "gu", 'ゲ': "ge", 'ゴ': "go",
	'サ': "sa", 'シ': "shi", 'ス': "su", 'セ': "se", 'ソ': "so",
	'ザ': "za", 'ジ': "ji", 'ズ': "zu", 'ゼ': "ze", 'ゾ': "zo",
	'タ': "ta", 'チ': "chi", 'ツ': "tsu", 'テ': "te", 'ト': "to",
	'ダ': "da", 'ヂ': "ji", 'ヅ': "zu", 'デ': "de", 'ド': "do",
	'ナ': "na", 'ニ': "ni", 'ヌ': "nu", 'ネ': "ne", 'ノ': "no",
	'ハ': "ha", 'ヒ': "hi", 'フ': "fu", 'ヘ': "he", 'ホ': "ho",
	'バ': "ba", 'ビ': "bi", 'ブ': "bu", 'ベ': "be", 'ボ': "bo",
	'パ': "pa", 'ピ': "pi", 'プ': "pu", 'ペ': "pe", 'ポ': "po",
	'マ': "ma", 'ミ': "mi", 'ム': "mu", 'メ': "me", 'モ': "mo",
	'ヤ': "ya", 'ユ': "yu", 'ヨ': "yo",
	'ラ': "ra", 'リ': "ri", 'ル': "ru", 'レ': "re", 'ロ': "ro",
	'ワ': "wa", 'ヲ': "o", 'ヴ': "vu",
}

// kanaDigraphs spell a katakana and the small one after it.
var kanaDigraphs = map[string][]string{
	"キャ": {"kya"}, "キュ": {"kyu"}, "キョ": {"kyo"}, "シャ": {"sha"}, "シュ": {"shu"}, "ショ": {"sho"},
	"チャ": {"cha"}, "チュ": {"chu"}, "チョ": {"cho"}, "ジャ": {"ja", "jya"}, "ジュ": {"ju"}, "ジョ": {"jo"},
	"ニャ": {"nya"}, "ヒャ": {"hya"}, "ミャ": {"mya"}, "リャ": {"rya"}, "リュ": {"ryu"}, "リョ": {"ryo"},
	"ギャ": {"gya"}, "ビャ": {"bya"}, "ピャ": {"pya"},
	"ファ": {"fa"}, "フィ": {"fi"}, "フェ": {"fe"}, "フォ": {"fo"},
	"ヴァ": {"va"}, "ヴィ": {"vi"}, "ヴェ": {"ve"}, "ヴォ": {"vo"},
	"ティ": {"ti"}, "ディ": {"di"}, "ウィ": {"wi"}, "ウェ": {"we"}, "ウォ": {"wo"},
	"シェ": {"she"}, "ジェ": {"je"}, "チェ": {"che"}, "トゥ": {"tu"}, "ドゥ": {"du"},
}
