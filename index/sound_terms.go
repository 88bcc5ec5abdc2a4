package index

import (
	"strings"
	"unicode/utf8"

	"sagasu/analyzer"
)

// The sound terms an article indexes (see sound.go): "SKELETON=word" for
// its Latin and katakana words, a name of two Latin words or a dotted
// katakana name as one.

// soundTerms returns the fieldSound terms of an article: its distinct
// Latin words of three or more letters with a vowel (not abbreviations:
// NHK, PQC) and katakana words of three or more characters.
func soundTerms(a *Article) []string {
	var out []string
	seen := map[string]bool{}
	add := func(word string, skels ...string) bool {
		for _, k := range skels {
			if len(k) < minSoundClasses {
				continue
			}
			t := k + "=" + word
			if !seen[t] {
				seen[t] = true
				out = append(out, t)
			}
		}
		return len(out) < maxSoundPerArticle
	}
	for _, text := range []string{a.Title, a.Body} {
		for _, w := range soundWords(text) {
			var ok bool
			if isLower(w[0]) {
				ok = add(w, latinSkeletons(w)...) // (a pair with its space: see latinSkeletonBy)
			} else {
				// As written (パスキー, not the term パスキ): a query
				// analyses it as the article's text was.
				ok = add(w, kanaSkeleton(w))
			}
			if !ok {
				return out
			}
		}
	}
	return out
}

// soundWords returns the runs of Latin letters (3 to maxAkaLatin, with a
// vowel) and of katakana (3 to maxAkaKana runes) in text, folded (only
// the runs are: folding a whole body was half the cost). A name of
// katakana runs joined by middle dots (ティム・クック) is also one word,
// without the dots, as a reader types it in Latin letters (tim cook, one
// word by sound: its halves alone are too short to tell).
func soundWords(text string) []string {
	var out, pairs []string
	var name strings.Builder // the katakana runs of a dotted name so far
	dotted := false
	prev, prevEnd := "", -1 // the last Latin run and where it ended
	flush := func() {
		if w := name.String(); dotted && utf8.RuneCountInString(w) <= maxAkaKana {
			out = append(out, w)
		}
		name.Reset()
		dotted = false
	}
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		class := soundClass(r)
		if class == 0 {
			if !isNameDot(r) || name.Len() == 0 || !nextIsKatakana(text[i+size:]) {
				flush()
			}
			i += size
			continue
		}
		j := i + size
		for j < len(text) {
			r, size := utf8.DecodeRuneInString(text[j:])
			if soundClass(r) != class {
				break
			}
			j += size
		}
		w := analyzer.Fold(text[i:j])
		dot := class == 'K' && name.Len() > 0 && isNameDot(lastRune(text[:i]))
		if class == 'L' {
			if p := latinPairWord(prev, w); p != "" && i == prevEnd+1 && text[prevEnd] == ' ' {
				pairs = append(pairs, p)
			}
			prev, prevEnd = w, j
		}
		i = j
		if class == 'K' {
			if !dot {
				flush()
			}
			dotted = dotted || dot
			name.WriteString(w)
		} else {
			flush()
		}
		switch n := utf8.RuneCountInString(w); {
		case class == 'L' && n >= 3 && n <= maxAkaLatin && strings.ContainsAny(w, "aeiouy"),
			class == 'K' && n >= 3 && n <= maxAkaKana && !strings.HasPrefix(w, "ー"):
			out = append(out, w)
		}
	}
	flush()
	return append(out, pairs...) // (after the words: an article's sound terms are bounded)
}

// latinPairWord returns two Latin words an article writes side by side
// with a space (Panther Lake, kobo Touch) as one word of the sound field,
// "panther lake": a reader types the name as one katakana word
// (パンサーレイク), which sounds like neither word alone. "" when either
// is shorter than two letters or has no vowel, or both are too long.
func latinPairWord(a, b string) string {
	if len(a) < 2 || len(b) < 2 || len(a)+len(b) > maxAkaLatin || !strings.ContainsAny(a, "aeiouy") || !strings.ContainsAny(b, "aeiouy") {
		return ""
	}
	return a + " " + b
}

// isNameDot reports whether r is the middle dot between the words of a
// katakana name, full or half width.
func isNameDot(r rune) bool { return r == '・' || r == '･' }

// nextIsKatakana reports whether s starts with katakana.
func nextIsKatakana(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return soundClass(r) == 'K'
}

func lastRune(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}

// soundClass is 'L' for a Latin letter, 'K' for katakana (ー included),
// full or half width, and 0 for anything else.
func soundClass(r rune) byte {
	switch {
	case 'a' <= r && r <= 'z', 'A' <= r && r <= 'Z', 'ａ' <= r && r <= 'ｚ', 'Ａ' <= r && r <= 'Ｚ':
		return 'L'
	case 'ァ' <= r && r <= 'ヺ', r == 'ー', 'ｦ' <= r && r <= 'ﾟ':
		return 'K'
	}
	return 0
}
