package index

import (
	"slices"
	"testing"
)

func TestPluralText(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"a plain s", "deadline", "deadlines"},
		{"a consonant and y", "battery", "batteries"},
		{"a vowel and y", "holiday", "holidays"},
		{"ch", "approach", "approaches"},
		{"ss", "process", "processes"},
		{"the last of two words", "heat pump", "heat pumps"},
		{"the last word after a hyphen", "e-book", "e-books"},
		{"capitals folded", "Rumor", "rumors"},
		{"full width folded", "ｒｕｍｏｒ", "rumors"},
		{"a plural already", "robotics", ""},
		{"a plural with a sense of its own", "new", ""},
		{"glasses are no glass", "glass", ""},
		{"too short", "ai", ""},
		{"an acronym with a digit", "co2", ""},
		{"a model number", "gpt-5", ""},
		{"Japanese", "半導体", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := pluralText(tt.text); got != tt.want {
				t.Errorf("pluralText(%q) = %q, want %q", tt.text, got, tt.want)
			}
		})
	}
}

// TestGlossaryPlurals: an English key of the glossary matches in its
// plural too, unless a line has that plural or the entry is two-way.
func TestGlossaryPlurals(t *testing.T) {
	ix := mustOpen(t)
	syn, err := parseSynonyms(ix.an,
		[2]string{"synonyms", "Deadline Records, デッドラインレコード\nstudio, スタジオ"},
		[2]string{"English glossary", "rumor => 噂\nheat pump => ヒートポンプ\nbattery => 電池\nbatteries => 蓄電池\nglass => ガラス"})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, q string
		want    []string // the texts the query's words search besides their own, nil for none
	}{
		{"a singular", "rumor", []string{"噂"}},
		{"its plural", "rumors", []string{"噂"}},
		{"the plural of two words", "heat pumps", []string{"ヒートポンプ"}},
		{"a plural another line has", "batteries", []string{"蓄電池"}},
		{"a plural of its own sense", "glasses", nil},
		{"not the plural of a two-way group", "studios", nil},
		{"a two-way group's name as written", "deadline records", []string{"デッドラインレコード"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			terms := ix.an.Terms(tt.q)
			end, others := syn.match(terms, 0)
			var got []string
			for _, o := range others {
				got = append(got, o.text)
			}
			if tt.want == nil && end != 0 || tt.want != nil && (end != len(terms) || !slices.Equal(got, tt.want)) {
				t.Errorf("match(%q) = %d, %v, want %v", tt.q, end, got, tt.want)
			}
		})
	}
}
