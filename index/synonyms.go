package index

import (
	"bufio"
	"fmt"
	"slices"
	"strings"

	"sagasu/analyzer"
)

// synonyms holds query-time synonym groups keyed by their analysed terms,
// so a multi-token entry (人工知能 → 人工|知能 without a user entry,
// スマートフォン) matches as a sequence of terms. Expansion happens at query
// time, which works for any number of tokens (bleve's own synonyms keep
// only single-token terms) and needs no reindex when the list changes.
type synonyms struct {
	byKey map[string]int // joined terms of an entry -> group
	// byWhole holds the entries of kana or kanji that the analyzer cuts
	// in two or more terms alone, by those terms run together: kagome
	// reads such a word whole in some places (ギガ|バイト alone, one
	// counter ギガバイト after a number: 30ギガバイト).
	byWhole map[string]int
	groups  [][]synonym
	maxLen  int // longest entry, in terms
}

type synonym struct {
	text   string   // as written in the list
	terms  []string // as the analyzer indexes it
	target bool     // on the right of a one-way entry
}

// maxJoinedSynonym is the most query terms that may join into one entry.
const maxJoinedSynonym = 3

func termKey(terms []string) string { return strings.Join(terms, "\x00") }

// parseSynonyms reads comma-separated groups, one per line; a line that
// starts with # is a comment (# inside an entry is part of it: C#). A
// line "a, b => c, d" is one way: a and b search for c and d (not for
// each other), which are not keys themselves (an English glossary's
// semiconductor => 半導体). Entries that analyse to no terms are errors,
// as are keys that appear in two lines and lines with two arrows. Each
// source is a list's name and text, read in order into one set; the
// English keys of one-way entries then also match their plurals
// (synonyms_plural.go).
func parseSynonyms(an *analyzer.Analyzer, sources ...[2]string) (*synonyms, error) {
	s := &synonyms{byKey: map[string]int{}, byWhole: map[string]int{}}
	for _, src := range sources {
		if err := s.parse(an, src[0], src[1]); err != nil {
			return nil, err
		}
	}
	s.addPlurals(an)
	return s, nil
}

// parse adds the groups of one list to s.
func (s *synonyms) parse(an *analyzer.Analyzer, name, text string) error {
	sc := bufio.NewScanner(strings.NewReader(text))
	line := 0
	for sc.Scan() {
		line++
		l := strings.TrimSpace(sc.Text())
		if l == "" || strings.HasPrefix(l, "#") {
			continue
		}
		keys, targets, oneWay := strings.Cut(l, "=>")
		if strings.Contains(targets, "=>") {
			return fmt.Errorf("index: %s line %d: a one-way entry has one =>", name, line)
		}
		var group []synonym
		add := func(list string, key bool) error {
			for _, e := range strings.Split(list, ",") {
				e = strings.TrimSpace(e)
				if e == "" {
					continue
				}
				terms := an.Terms(e)
				if len(terms) == 0 {
					return fmt.Errorf("index: %s line %d: %q has no searchable words", name, line, e)
				}
				k := termKey(terms)
				if i := slices.IndexFunc(group, func(o synonym) bool { return termKey(o.terms) == k }); !key && i >= 0 {
					group[i].target = true // a key and a target (TPP, CPTPP => 環太平洋経済連携協定, TPP)
					continue
				}
				if key {
					if g, dup := s.byKey[k]; dup && g != len(s.groups) {
						return fmt.Errorf("index: %s line %d: %q is already in the group of %q", name, line, e, s.groups[g][0].text)
					}
					s.byKey[k] = len(s.groups)
					s.maxLen = max(s.maxLen, len(terms))
					if whole := strings.Join(terms, ""); len(terms) > 1 && !strings.ContainsFunc(whole, isASCIIAlnum) {
						if _, taken := s.byWhole[whole]; !taken {
							s.byWhole[whole] = len(s.groups)
						}
					}
				}
				group = append(group, synonym{text: e, terms: terms, target: !key})
			}
			return nil
		}
		if err := add(keys, true); err != nil {
			return err
		}
		if oneWay {
			n := len(group)
			if err := add(targets, false); err != nil {
				return err
			}
			if n == 0 || len(group) == n {
				return fmt.Errorf("index: %s line %d: a one-way entry needs terms on both sides of =>", name, line)
			}
		}
		if len(group) < 2 {
			return fmt.Errorf("index: %s line %d: a group needs two or more terms", name, line)
		}
		s.groups = append(s.groups, group)
	}
	return sc.Err()
}

// match finds the longest entry starting at terms[i]; it returns the end of
// the match and the other entries of its group, or i when nothing matches.
//
// An entry kept whole as one term (ナノメートル, an unknown word alone)
// also matches the terms that join into it (2ナノメートル is 2|ナノ|メートル
// in a query); its own term is then among the others, since the articles
// may hold it whole. The others of a one-way entry are its targets.
func (s *synonyms) match(terms []string, i int) (end int, others []synonym) {
	for j := min(len(terms), i+max(s.maxLen, maxJoinedSynonym)); j > i; j-- {
		key := termKey(terms[i:j])
		g, ok := s.byKey[key]
		if !ok && j-i > 1 {
			g, ok = s.byKey[strings.Join(terms[i:j], "")]
		}
		if !ok && j-i == 1 {
			// (An entry the analyzer cuts alone, read whole here:
			// 30ギガバイト's counter is the GB group's ギガ|バイト.)
			g, ok = s.byWhole[key]
		}
		if !ok {
			continue
		}
		oneWay := oneWayGroup(s.groups[g])
		for _, e := range s.groups[g] {
			if termKey(e.terms) != key && (e.target || !oneWay) {
				others = append(others, e)
			}
		}
		return j, others
	}
	return i, nil
}

// across returns the group of an entry that first, a term, and rest, the
// text typed after it, name whole once first is written as another entry
// of its own group: 任天堂|スイッチ is ニンテンドースイッチ (Nintendo Switch),
// apple|ウォッチ アップルウォッチ, a name typed half in one script or
// spelling and half in another, or apart where the entry is one word
// (ニンテンドー スイッチ: ニンテンド|スイッチ, as a query's two words are
// analysed, is no key). nil when none is.
func (c *compiler) across(first, rest string) []synonym {
	s := c.syn
	g, ok := s.byKey[first]
	if !ok || rest == "" {
		return nil
	}
	for _, e := range s.groups[g] {
		if e.target {
			continue
		}
		terms := c.terms(joinWords(e.text, rest))
		end, _ := s.match(terms, 0)
		if end == 0 || end < len(terms) {
			continue
		}
		g2, ok := s.byKey[termKey(terms)]
		if !ok {
			g2, ok = s.byKey[strings.Join(terms, "")]
		}
		if ok && g2 != g && !slices.ContainsFunc(s.groups[g2], func(o synonym) bool { return o.target }) {
			return s.groups[g2]
		}
	}
	return nil
}
