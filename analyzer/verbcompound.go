package analyzer

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/ikawaha/kagome/v2/tokenizer"
)

// Compound verbs used as nouns. A verb's continuative (連用形) written
// onto another verb or its noun is one word to a reader (読み聞かせ,
// 食べ歩き, 見比べ), but where the dictionary does not hold it whole
// kagome reads it as its verbs (読み|聞か|せ: 読む and 聞く, the causative
// せ dropped; 食べ|歩き: 食べる and 歩き), so neither the word as typed
// in kana (よみきかせ) nor the suggestions ever saw it. The whole run is
// also indexed as one term at the position of its first token, read as
// its tokens are said (ヨミキカセ), when it ends as a noun does: in a
// continuative or a noun, not in a verb's other forms (読み聞かせる keeps
// its verbs only), so the term is the noun readers type.

// maxVerbCompoundRunes bounds the runs joined: two verbs and an ending.
const maxVerbCompoundRunes = 8

// verbCompound returns the end (exclusive) of the run of toks that
// starts at i with a verb's continuative written with kanji, followed at
// once by a verb or common noun that starts with kanji and ends in kana
// (聞か, 歩き), and the auxiliary endings written onto that verb (せ,
// させ), when the run ends in a continuative or a noun (or an imperative
// a particle follows: see nounImperative); any other return is i.
func (a *Analyzer) verbCompound(toks []tokenizer.Token, i int) int {
	if i+1 >= len(toks) || !a.continuative(&toks[i]) || !startsWithHan(toks[i].Surface) {
		return i
	}
	next := &toks[i+1]
	if !adjacent(toks, i) || !startsWithHan(next.Surface) || !endsWithHiragana(next.Surface) {
		return i
	}
	pos, _ := next.FeatureAt(0)
	pos1, _ := next.FeatureAt(1)
	j := i + 2
	switch {
	case pos == "名詞" && pos1 == "一般":
	case pos == "動詞" && pos1 == "自立":
		for j < len(toks) && adjacent(toks, j-1) && isVerbSuffix(&toks[j]) {
			j++
		}
		if !a.continuative(&toks[j-1]) && !a.nounImperative(toks, j-1) {
			return i
		}
	default:
		return i
	}
	n := 0
	for k := i; k < j; k++ {
		n += utf8.RuneCountInString(toks[k].Surface)
	}
	if n > maxVerbCompoundRunes {
		return i
	}
	return j
}

// continuative reports whether k is a verb that stands on its own, or
// an auxiliary ending of one, in its continuative form.
func (a *Analyzer) continuative(k *tokenizer.Token) bool {
	if pos, _ := k.FeatureAt(0); pos != "動詞" {
		return false
	}
	form, ok := a.feat.inflection(k)
	return ok && strings.HasPrefix(form, "連用形")
}

// nounImperative reports whether toks[i] is a verb kagome read as an
// imperative (命令ｅ) where a particle or nothing follows it: the noun
// of an ichidan verb in a compound, which kagome takes for the godan one
// (読み聞かせを: 聞かす, 聞かせ).
func (a *Analyzer) nounImperative(toks []tokenizer.Token, i int) bool {
	if form, ok := a.feat.inflection(&toks[i]); !ok || form != "命令ｅ" {
		return false
	}
	if i+1 == len(toks) || !adjacent(toks, i) {
		return true
	}
	pos, _ := toks[i+1].FeatureAt(0)
	return pos == "助詞"
}

// isVerbSuffix reports whether k is an ending kagome cuts from a verb
// (せ, させ, れ, られ).
func isVerbSuffix(k *tokenizer.Token) bool {
	pos, _ := k.FeatureAt(0)
	pos1, _ := k.FeatureAt(1)
	return pos == "動詞" && pos1 == "接尾"
}

// adjacent reports whether toks[i+1] starts where toks[i] ends.
func adjacent(toks []tokenizer.Token, i int) bool {
	return toks[i].Position+len(toks[i].Surface) == toks[i+1].Position
}

func startsWithHan(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.Is(unicode.Han, r)
}

func endsWithHiragana(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(s)
	return isHiragana(r)
}

// verbCompoundMorph joins a run verbCompound found into one term, read
// as each token is said (ヨミ|キカ|セ), not as its base forms.
func (a *Analyzer) verbCompoundMorph(run []tokenizer.Token, chunk int, mp *mapper, pos, rpos int, readings bool) morph {
	m := joinedMorph(run, chunk, mp, pos, rpos)
	if readings {
		var r strings.Builder
		for i := range run {
			said, ok := a.feat.readingOf(&run[i])
			if !ok || said == "" || said == "*" {
				return m
			}
			r.WriteString(said)
		}
		m.reading = NormalizeReading(r.String())
	}
	return m
}
