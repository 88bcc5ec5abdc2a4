package analyzer

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/ikawaha/kagome/v2/tokenizer"
)

// A Run is two or more nouns written side by side in a text, with nothing
// between them (周波|数, ギガ|ワット, 積水|化学|工業, 不|具合): the word a
// reader sees where kagome read several. Related articles show a shared
// word by its run when the other article has the run too.
type Run []RunToken

// Words is what TermsAndContent notes of a text's words beside its terms.
type Words struct {
	Runs []Run
	// Inflected holds the terms of verbs and adjectives (by their base
	// form: 基づく, 新しい), which say how a text is written more than
	// what it is about.
	Inflected map[string]bool
	// Names holds the terms of proper nouns (names of people, places
	// and organisations: アイスペース, 任天堂), which say what a text is
	// about more than its ordinary words.
	Names map[string]bool
}

// RunToken is one token of a Run: its main-field term ("" when it is not
// indexed) and its surface as written.
type RunToken struct {
	Term, Surface string
}

// maxRunTokens bounds a run; a longer one is cut into runs of this length.
const maxRunTokens = 8

// runCollector builds runs from walk's morphs, which come in text order
// (parts of compounds and joined runs are skipped: they cover the tokens
// themselves).
type runCollector struct {
	words *Words
	text  string
	cur   Run
	end   int // byte offset where the current run ends
}

func (c *runCollector) add(m *morph) {
	if m.part || m.shingle {
		return
	}
	if m.tok != nil && m.term != "" {
		if pos0, _ := m.tok.FeatureAt(0); pos0 == "動詞" || pos0 == "形容詞" {
			if c.words.Inflected == nil {
				c.words.Inflected = map[string]bool{}
			}
			c.words.Inflected[m.term] = true
		}
		if pos1, _ := m.tok.FeatureAt(1); pos1 == "固有名詞" && utf8.RuneCountInString(m.term) > 1 && !personOrPlace(m.tok) {
			if c.words.Names == nil {
				c.words.Names = map[string]bool{}
			}
			c.words.Names[m.term] = true
		}
	}
	if !runWord(m) || len(c.cur) > 0 && m.start != c.end || len(c.cur) == maxRunTokens {
		c.flush()
	}
	if runWord(m) {
		c.cur = append(c.cur, RunToken{Term: m.term, Surface: c.text[m.start:m.end]})
		c.end = m.end
	}
}

func (c *runCollector) flush() {
	if len(c.cur) >= 2 {
		c.words.Runs = append(c.words.Runs, c.cur)
	}
	c.cur = nil
}

// runWord reports whether a token may stand in a run: a noun (not a
// formal noun or a pronoun), a prefix, a number, or the ノ of a name, not
// in hiragana alone.
func runWord(m *morph) bool {
	if m.tok == nil || !strings.ContainsFunc(m.surface, func(r rune) bool { return !isHiragana(r) }) ||
		strings.ContainsFunc(m.surface, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		return false // (IPA reads the ASCII ( and % as nouns)
	}
	if m.number {
		return true
	}
	pos0, _ := m.tok.FeatureAt(0)
	pos1, _ := m.tok.FeatureAt(1)
	switch pos0 {
	case "接頭詞":
		return true
	case "記号":
		// The ノ and ヶ of names, which IPA reads as symbols (ヤマ|ノ|運輸).
		return m.surface == "ノ" || m.surface == "ヶ" || m.surface == "ヵ"
	case "名詞":
		return pos1 != "非自立" && pos1 != "代名詞"
	}
	return false
}

// personOrPlace reports whether a proper noun names a person or a place,
// which articles of every kind mention.
func personOrPlace(k *tokenizer.Token) bool {
	pos2, _ := k.FeatureAt(2)
	return pos2 == "人名" || pos2 == "地域"
}
