package analyzer_test

import (
	"slices"
	"strings"
	"testing"
)

// TestVerbCompounds: a verb's continuative written onto another verb or
// its noun, where kagome reads the verbs apart, is also indexed whole
// and read as it is said (読み聞かせ: ヨミキカセ), so the word typed in
// kana finds it; a verb's other forms (読み聞かせる) and words of
// kana alone are left as they were.
func TestVerbCompounds(t *testing.T) {
	a := projectAnalyzer(t)
	tests := []struct {
		name, text         string
		term, reading, not string // the joined term and reading, or the start of one that must not be indexed
	}{
		{"verb, verb and causative", "絵本の読み聞かせ", "読み聞かせ", "ヨミキカセ", ""},
		{"read as an imperative before a particle", "読み聞かせをした", "読み聞かせ", "ヨミキカセ", ""},
		{"read as a hypothetical before で and a noun", "寝る前の読み聞かせで子どもが眠る", "読み聞かせ", "ヨミキカセ", ""},
		{"before the copula's past", "毎晩の読み聞かせだった", "読み聞かせ", "ヨミキカセ", ""},
		{"before です", "日課は読み聞かせです", "読み聞かせ", "ヨミキカセ", ""},
		{"a verb's negative", "子供に読み聞かせない", "", "", "読み聞"},
		{"a verb's conditional", "子供に読み聞かせば", "", "", "読み聞"},
		{"verb and noun", "週末の食べ歩き", "食べ歩き", "タベアルキ", ""},
		{"before て", "地酒を飲み比べて", "飲み比べ", "ノミクラベ", ""},
		{"full width and half width alike", "ﾀﾞﾝﾅと食べ歩き", "食べ歩き", "タベアルキ", ""},
		{"a verb's plain form", "子供に読み聞かせる", "", "", "読み聞"},
		{"an emoji after it", "食べ歩き😊", "食べ歩き", "タベアルキ", ""},
		{"a verb written onto kana", "食べ歩きしよう", "食べ歩き", "タベアルキ", ""},
		{"kana only", "よみきかせ", "", "", "よみきか"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := terms(a, tt.text)
			if tt.term != "" && !slices.Contains(got, tt.term) {
				t.Errorf("terms(%q) = %q, want %s among them", tt.text, got, tt.term)
			}
			if tt.not != "" && slices.ContainsFunc(got, func(s string) bool { return strings.HasPrefix(s, tt.not) }) {
				t.Errorf("terms(%q) = %q, want none starting %s", tt.text, got, tt.not)
			}
			if tt.reading != "" {
				checkReadingTerms(t, a, tt.text, []string{tt.reading}, nil)
			}
		})
	}
}
