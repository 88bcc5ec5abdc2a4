package index

import (
	"strings"

	"sagasu/analyzer"
)

// A title typed from its first character: a title that starts with kana
// that are no word (もし, なぜ, こんな, あの, まさか) is keyed by them and
// the reading of the words after them too, as a reader who remembers it
// types it (もしどくじょがどらっかー had emptied the box from もしどく on:
// the title was found only from its first word).

// leadKana returns the kana a title starts with before its first word,
// in katakana as readings are, and the index of that word's token; ""
// when the title starts with a word, a prefix of one (お仕事: found with
// the word, see honorificBefore), or anything but kana.
func leadKana(toks []analyzer.Token) (lead string, at int) {
	var b strings.Builder
	end := -1
	for i, t := range toks {
		if t.Class == "shingle" || t.Class == "part" {
			continue
		}
		if end >= 0 && t.Start != end {
			return "", 0 // (something between: a space, a mark)
		}
		if !isHiragana(t.Surface) || t.Term != "" && t.Content {
			if b.Len() == 0 || t.Term == "" || t.Reading == "" {
				return "", 0
			}
			return analyzer.NormalizeReading(b.String()), i
		}
		if b.Len() == 0 && strings.HasPrefix(t.POS, "接頭詞") {
			return "", 0 // (お of お仕事: the word's, see honorificBefore)
		}
		b.WriteString(analyzer.ToKatakana(t.Surface))
		end = t.End
	}
	return "", 0
}

// keyRead makes the title findable by r, a reading from toks[i] on, and,
// when toks[i] is the title's first word after kana that are none (see
// leadKana), by those kana and r.
func (tw *titleWords) keyRead(i int, r string) {
	if r == "" {
		return
	}
	tw.key(r)
	if tw.lead != "" && i == tw.leadAt {
		tw.key(tw.lead + r)
	}
}
