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

// nounImperative reports whether toks[i] is a verb that kagome read in
// a form ending in its e-row kana (an imperative 命令ｅ, a hypothetical
// 仮定形, or a suffix's 未然形) where what follows reads it as a noun: a
// particle other than ば, the copula (だ, です), or nothing. These are
// the noun of an ichidan verb in a compound, which kagome takes for a
// form of the godan one (読み聞かせを: 聞かす 命令ｅ; 読み聞かせで:
// 聞かす 仮定形 and で; 読み聞かせだった: 聞か|せ 未然形 and だっ).
func (a *Analyzer) nounImperative(toks []tokenizer.Token, i int) bool {
	form, ok := a.feat.inflection(&toks[i])
	if !ok || (form != "命令ｅ" && form != "仮定形" && form != "未然形") {
		return false
	}
	if i+1 == len(toks) || !adjacent(toks, i) {
		return form == "命令ｅ"
	}
	next := &toks[i+1]
	pos, _ := next.FeatureAt(0)
	switch pos {
	case "助詞":
		return form != "未然形" && next.Surface != "ば"
	case "助動詞":
		base, _ := next.FeatureAt(6)
		return base == "だ" || base == "です"
	}
	return false
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
