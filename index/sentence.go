package index

import (
	"strings"

	"sagasu/analyzer"
)

// A sentence typed without spaces (アサヒビールがサイバー攻撃を受けた) is
// the words between its particles, as when a reader types them apart: each
// word keeps what a word alone has (a katakana name's halves, a name's
// joined form standing for its parts, its own reading, tag and proximity
// bonus), where the units of one long word had only their bare terms, and
// a relaxed search ranked the article with all but one word below others
// (アサヒグループ's article 4th, 1st when typed with spaces).

// maxSentenceWords: a longer run of words is a pasted passage, searched
// as one word (each word of a sentence brings its own alternatives).
const maxSentenceWords = 8

// sentenceWords returns the words of text between its particles and
// symbols, or nil when text is no sentence of two or more words: kana
// typed before conversion, or a word without particles.
// A piece of hiragana alone (なった, なぜ) stays with the word before it,
// as typed: read apart it would be kana to look up by reading.
func sentenceWords(text string, all []analyzer.Token) []string {
	if analyzer.IsKana(text) || strings.ContainsAny(text, " \u3000") ||
		!strings.ContainsFunc(text, func(r rune) bool { return isHan(r) || isKatakanaLetter(r) }) {
		// (Nor letters and digits between kana, b1い12い2いいba: a word
		// each would only multiply the alternatives looked up.)
		return nil
	}
	type span struct{ start, end int }
	var spans []span
	open := false
	for _, t := range all {
		if t.Class == "part" || t.Class == "shingle" {
			continue
		}
		if strings.HasPrefix(t.POS, "助詞") && !strings.HasPrefix(t.POS, "助詞,接続助詞") || strings.HasPrefix(t.POS, "記号") {
			// (Not the て of 教えて: the verb without it reads as the
			// noun 教え.)
			open = false
			continue
		}
		if !open {
			spans = append(spans, span{t.Start, t.End})
			open = true
			continue
		}
		spans[len(spans)-1].end = t.End
	}
	var words []span
	for _, s := range spans {
		kana := typedKana(text[s.start:s.end])
		switch {
		case kana && len(words) > 0:
			words[len(words)-1].end = s.end
		case len(words) > 0 && typedKana(text[words[len(words)-1].start:words[len(words)-1].end]):
			// (A sentence that starts with kana: その, あの.)
			words[len(words)-1].end = s.end
		default:
			words = append(words, s)
		}
	}
	if len(words) < 2 || len(words) > maxSentenceWords {
		return nil
	}
	out := make([]string, len(words))
	for i, w := range words {
		out[i] = text[w.start:w.end]
	}
	return out
}
