package analyzer

import (
	"slices"
	"testing"
)

// TestAgeMark: a number of an age's size in brackets written onto a noun
// (a name, its honorific, its role) is marked at its closing bracket; in
// brackets after a particle, a symbol or a space, below ten or with a zero
// before it, it is not.
func TestAgeMark(t *testing.T) {
	a, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, text string
		want       bool
	}{
		{"after an honorific", "長野じゅりあさん（16）が出演", true},
		{"after a full name, half-width", "杉内俊哉(30)、主軸", true},
		{"after a role", "落合博満監督（57）とは", true},
		{"full-width digits", "鈴木博司（４３）が逮捕", true},
		{"after katakana", "ブルース・ウィリス（57）。", true},
		{"below ten: a list's or a part's", "ネットが拓く未来（４）", false},
		{"a year's two digits after a title", "『暴力脱獄』（67）", false},
		{"a zero before it", "ブラッシャー（01）", false},
		{"after a particle", "必要なのは（12）を", false},
		{"after a space", "便利なアプリ （14）", false},
		{"with its counter", "佐藤（16歳）", false},
		{"no closing bracket", "佐藤（16", false},
		{"above any age", "山田（120）", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			toks := a.IndexedTokens(tt.text, false)
			i := slices.IndexFunc(toks, func(k Token) bool { return k.Term == AgeMark })
			if got := i >= 0; got != tt.want {
				t.Fatalf("%q marked %v, want %v (%v)", tt.text, got, tt.want, toks)
			}
			if i > 0 && toks[i].Position != toks[i-1].Position+1 {
				t.Errorf("%q: mark at %d, number at %d, want side by side", tt.text, toks[i].Position, toks[i-1].Position)
			}
		})
	}
}
