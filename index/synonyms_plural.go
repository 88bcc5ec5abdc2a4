package index

import (
	"strings"

	"sagasu/analyzer"
)

// English plurals of the glossary's words. The glossary lists many of its
// English words with their plurals (battery, batteries), but not all
// (rumor, deadline, certification), and a reader types either: rumors
// found ラモス by sound, not the 噂 the glossary gives rumor. Each key of
// a one-way entry written in Latin letters is also a key in its regular
// English plural, the plural of its last word (heat pump: heat pumps),
// unless another line has that plural or the plural has a sense of its
// own (news is no plural of new, glasses of glass).

// ownSensePlurals are plurals whose meaning is not the singular's many:
// glasses are spectacles, goods merchandise, customs the border's office.
var ownSensePlurals = map[string]bool{
	"news": true, "glasses": true, "goods": true, "arms": true, "customs": true,
	"means": true, "minutes": true, "savings": true, "securities": true,
	"spirits": true, "manners": true, "quarters": true, "grounds": true,
	"premises": true, "forces": true, "works": true, "damages": true,
	"earnings": true, "belongings": true, "proceeds": true, "remains": true,
	"clothes": true, "odds": true, "headquarters": true, "specs": true,
}

// englishPlural returns the regular plural of a word of Latin letters, ""
// when it has none to give: a word shorter than three letters, one not
// all lower-case letters (an acronym, a model), or one that already ends
// as a plural does.
func englishPlural(word string) string {
	if len(word) < 3 || strings.ContainsFunc(word, func(r rune) bool { return r < 'a' || r > 'z' }) {
		return ""
	}
	switch {
	case strings.HasSuffix(word, "ss"), strings.HasSuffix(word, "x"), strings.HasSuffix(word, "z"),
		strings.HasSuffix(word, "ch"), strings.HasSuffix(word, "sh"):
		return word + "es"
	case strings.HasSuffix(word, "s"):
		return "" // a plural already (robotics, news), or us or is
	case strings.HasSuffix(word, "y") && !strings.ContainsAny(word[len(word)-2:len(word)-1], "aeiou"):
		return word[:len(word)-1] + "ies"
	}
	return word + "s"
}

// pluralText returns an entry's text with its last word in the plural, ""
// when the entry is not English words or its last word has no plural to
// give here.
func pluralText(text string) string {
	f := strings.ToLower(analyzer.Fold(text))
	if strings.ContainsFunc(f, func(r rune) bool { return !(r >= 'a' && r <= 'z' || r == ' ' || r == '-') }) {
		return ""
	}
	cut := strings.LastIndexAny(f, " -") + 1
	p := englishPlural(f[cut:])
	if p == "" || ownSensePlurals[p] {
		return ""
	}
	return f[:cut] + p
}

// addPlurals makes each English key of a one-way group also a key in its
// plural, where no group has that plural as a key already.
func (s *synonyms) addPlurals(an *analyzer.Analyzer) {
	for g, group := range s.groups {
		if !oneWayGroup(group) {
			continue
		}
		for _, e := range group {
			if e.target {
				continue
			}
			p := pluralText(e.text)
			if p == "" {
				continue
			}
			terms := an.Terms(p)
			if len(terms) == 0 {
				continue
			}
			k := termKey(terms)
			if _, taken := s.byKey[k]; taken {
				continue
			}
			s.byKey[k] = g
			s.maxLen = max(s.maxLen, len(terms))
		}
	}
}

// oneWayGroup reports whether a group came from a one-way entry (a => b).
func oneWayGroup(group []synonym) bool {
	for _, e := range group {
		if e.target {
			return true
		}
	}
	return false
}
