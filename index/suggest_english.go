package index

import (
	"strings"

	"sagasu/analyzer"
)

// English typed into the search box. A reader who types the English for a
// topic (semic…) is offered the Japanese word the articles use for it
// (半導体), as the search finds them through the English glossary: the
// English keys of each one-way entry become keys of its targets'
// suggestions. So do the Latin names of a synonym group that no article
// writes in Latin letters (docomo, facebook: ドコモ, フェイスブック), and the
// readings of its katakana names no article writes (ディープシーク:
// DeepSeek). Only
// words already suggested get keys; the lists add no words.

// minEnglishKey is the fewest letters of an English key typed before its
// targets are suggested: shorter, an English prefix is more often a name
// being typed (nvi… of NVIDIA).
const minEnglishKey = 5

// minNameKey is the same for a Latin name no article writes: doc is
// docomo's ドコモ (which had offered 同庁), sony ソニー (挿入).
const minNameKey = 3

// minKanaNameKey is the same for the reading of a katakana name no
// article writes.
const minKanaNameKey = 3

// englishKeys adds the English keys of the one-way entries to the term
// entries that are their targets, and the Latin names no article writes
// to the entries of the other words of their group.
func (b *sugBuilder) englishKeys(syn *synonyms) {
	if syn == nil {
		return
	}
	byWord := map[string][]int32{}
	for i, e := range b.entries {
		if e.kind == kindTerm {
			w := analyzer.WordTerm(e.text)
			byWord[w] = append(byWord[w], int32(i))
		}
	}
	for _, group := range syn.groups {
		var keys []string
		var entries []int32
		names := false // keys are Latin names of the entries' group
		for _, s := range group {
			if !s.target {
				keys = append(keys, analyzer.Fold(s.text))
			} else {
				entries = append(entries, byWord[analyzer.WordTerm(s.text)]...)
			}
		}
		if len(keys) == len(group) {
			// A synonym group, both ways: its words are suggested as
			// they are, and a Latin one no article writes as the others.
			unwritten, written := []string(nil), []int32(nil)
			var kana []string // katakana names no article writes
			for _, s := range group {
				if es := byWord[analyzer.WordTerm(s.text)]; len(es) > 0 {
					written = append(written, es...)
				} else if isLatinWord(strings.ReplaceAll(analyzer.Fold(s.text), " ", "")) {
					unwritten = append(unwritten, analyzer.Fold(s.text))
				} else if katakanaName(s.text) {
					kana = append(kana, s.text)
				}
			}
			if len(written) == 0 {
				continue
			}
			keys, entries, names = unwritten, written, true
			for _, k := range kana {
				// By its reading, from its third kana: でぃーぷし is
				// DeepSeek, which no article writes ディープシーク.
				r := []rune(analyzer.ReadingPrefix(analyzer.Fold(k)))
				for n := minKanaNameKey; n <= len(r) && n <= suggestKeyRunes; n++ {
					for _, e := range entries {
						b.exactKey(string(r[:n]), e)
					}
				}
			}
		}
		for _, k := range keys {
			least := minEnglishKey
			if names {
				least = minNameKey
			}
			typed := englishTyping(k, least)
			if typed == nil && names && k != "" && len(k) <= suggestKeyRunes {
				// A name shorter than that, typed whole.
				typed = []string{k}
			}
			for _, e := range entries {
				for _, t := range typed {
					b.exactKey(t, e)
				}
			}
			if !names && len(entries) > 0 {
				if b.english == nil {
					b.english = map[string]bool{}
				}
				for _, t := range typed {
					b.english[t] = true
				}
			}
		}
	}
}

// englishTyping returns what the suggestion box holds while a reader
// types an English key, from its least-th letter: the words
// before the one being typed run together, as Suggest joins them, and
// that one follows a space (large language mo is "largelanguage mo"). nil
// for a key that is not ASCII letters, digits, spaces and marks.
func englishTyping(key string, least int) []string {
	for i := 0; i < len(key); i++ {
		if key[i] >= 0x80 {
			return nil
		}
	}
	words := strings.Fields(key)
	var out []string
	letters := 0
	for j, w := range words {
		before := strings.Join(words[:j], "")
		if j > 0 {
			before += " "
		}
		for n := 1; n <= len(w); n++ {
			if letters+n < least {
				continue
			}
			if t := before + w[:n]; len(t) <= suggestKeyRunes { // (ASCII: bytes are runes)
				out = append(out, t)
			}
		}
		letters += len(w)
	}
	return out
}
