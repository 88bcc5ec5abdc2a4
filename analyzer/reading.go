package analyzer

import (
	"strings"
	"sync"
	"unicode"

	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/ikawaha/kagome/v2/tokenizer"
)

// ReadingName is the bleve analyzer type for the reading field.
const ReadingName = "ja_reading"

// ReadingAnalyzer is the reading view of an Analyzer: the same tokens and
// positions as the main field, each indexed by its reading in katakana
// (自動運転 → ジドウ|ウンテン, テスラ → テスラ, 全固体電池 → ゼンコタイデンチ
// and ゼン|コタイ|デンチ). Kanji variants are folded before segmentation
// (渡邊 → 渡辺, 髙橋 → 高橋) and readings are normalised (NormalizeReading),
// so kana input and spelling variants meet here. Tokens without a known
// reading (Latin words, unknown kanji) have no reading term.
type ReadingAnalyzer struct{ a *Analyzer }

// Reading returns the reading view of a.
func (a *Analyzer) Reading() *ReadingAnalyzer { return &ReadingAnalyzer{a: a} }

// Analyze implements bleve's analysis.Analyzer with reading terms.
func (r *ReadingAnalyzer) Analyze(input []byte) analysis.TokenStream {
	if ts, ok := r.a.pending.take(input); ok {
		return ts
	}
	_, reading := r.a.streams(input, true, borrow)
	return reading
}

// pendingReadings holds reading streams computed by the main Analyze for
// the reading view to take, keyed by the text. It keeps the last few only:
// an entry nobody takes (a query's phrase analysis) just ages out.
type pendingReadings struct {
	mu   sync.Mutex
	m    map[string]analysis.TokenStream
	ring [64]string
	next int
}

func (p *pendingReadings) put(text []byte, ts analysis.TokenStream) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.m == nil {
		p.m = map[string]analysis.TokenStream{}
	}
	key := string(text)
	delete(p.m, p.ring[p.next])
	p.ring[p.next] = key
	p.next = (p.next + 1) % len(p.ring)
	p.m[key] = ts
}

func (p *pendingReadings) take(text []byte) (analysis.TokenStream, bool) {
	p.mu.Lock()
	defer p.mu.Unlock()
	ts, ok := p.m[string(text)]
	if ok {
		delete(p.m, string(text))
	}
	return ts, ok
}

// hasVariants reports whether the reading view folds text differently from
// the main field (kanji variants, ヶ).
func hasVariants(text []byte) bool {
	for _, r := range string(text) {
		if _, ok := kanjiVariants[r]; ok {
			return true
		}
	}
	return false
}

// HasVariants reports whether s contains a kanji variant or ヶ that the
// reading field folds (渡邊, 髙橋, 霞ヶ関).
func HasVariants(s string) bool { return hasVariants([]byte(s)) }

// readingOf returns the normalised reading term of a kagome token: the
// dictionary reading, the reading of the base form for verbs and
// adjectives (速かった → ハヤイ), the joined readings of a user-dictionary
// compound, or the surface itself when it is kana. "" when unknown.
func (a *Analyzer) readingOf(k *tokenizer.Token, pos0 string) string {
	switch {
	case k.Class == tokenizer.USER:
		if ex := k.UserExtra(); ex != nil {
			return NormalizeReading(strings.Join(ex.Readings, ""))
		}
		return ""
	case pos0 == "動詞" || pos0 == "形容詞":
		if base, ok := a.feat.baseForm(k); ok && base != "*" && base != k.Surface {
			return a.baseReading(base)
		}
	case isAllKatakana(k.Surface):
		return NormalizeReading(k.Surface) // a katakana word reads as written
	}
	if k.Class == tokenizer.KNOWN {
		if r, ok := a.feat.readingOf(k); ok && r != "*" && r != "" {
			if _, stem := adverbStem(k.Surface); stem && pos0 == "副詞" {
				return adverbReading(NormalizeReading(r)) // 意外と: イガイ (see adverb.go)
			}
			return NormalizeReading(r)
		}
	}
	if IsKana(k.Surface) {
		return NormalizeReading(k.Surface)
	}
	return ""
}

// baseReading reads a base form on its own, once per distinct form.
func (a *Analyzer) baseReading(base string) string {
	if r, ok := a.readings.Load(base); ok {
		return r.(string)
	}
	var b strings.Builder
	for _, t := range a.k.Analyze(base, tokenizer.Normal) {
		r, ok := t.Reading()
		if !ok || r == "*" {
			if !IsKana(t.Surface) {
				b.Reset()
				break
			}
			r = t.Surface
		}
		b.WriteString(r)
	}
	r := NormalizeReading(b.String())
	a.readings.Store(base, r)
	return r
}

// nounReading returns the token's own reading when it is a verb in the
// continuative form, which Japanese also uses as a noun: 打合せ (verb
// 打合せる) reads ウチアワセ like the noun 打ち合わせ, and 申込み like
// 申し込み. The reading field holds it beside the base form's reading, so
// okurigana variants meet whichever way kagome tagged them (and kana
// typed for the noun, はじまり, meets 始まり). Not a one-kanji verb of the
// ichidan kind used as a verb (verbal: て, た or an auxiliary follows) when
// the dictionary has no noun of it: its continuative is its bare stem, and
// the 信じ of 信じて is no noun (read シンジ, it had made 真司 find 171
// articles that only say 信じる); 付け of 寝かし付け still is.
func (a *Analyzer) nounReading(k *tokenizer.Token, pos0 string, verbal bool) string {
	if pos0 != "動詞" {
		return ""
	}
	if form, ok := a.feat.inflection(k); !ok || !strings.HasPrefix(form, "連用形") {
		return ""
	}
	if verbal && hanCount(k.Surface) == 1 {
		if kind, _ := k.InflectionalType(); strings.HasPrefix(kind, "一段") && len(a.nounReadings(k, false)) == 0 {
			return ""
		}
	}
	if r, ok := a.feat.readingOf(k); ok && r != "*" && r != "" {
		return NormalizeReading(r)
	}
	return ""
}

// hanCount returns how many kanji s has.
func hanCount(s string) int {
	n := 0
	for _, r := range s {
		if unicode.Is(unicode.Han, r) {
			n++
		}
	}
	return n
}

// verbUse reports whether toks[i] is used as a verb: an auxiliary verb or
// the particle て follows it.
func verbUse(toks []tokenizer.Token, i int) bool {
	if i+1 >= len(toks) || toks[i].Position+len(toks[i].Surface) != toks[i+1].Position {
		return false
	}
	next := &toks[i+1]
	pos0, _ := next.FeatureAt(0)
	return pos0 == "助動詞" || next.Surface == "て" || next.Surface == "で"
}
