package index

import (
	"slices"
	"testing"
)

func TestKanaThenLetters(t *testing.T) {
	for _, tt := range []struct {
		name, text, kana, latin string
	}{
		{"katakana onto letters", "マイクロled", "マイクロ", "led"},
		{"hiragana onto letters", "まいくろled", "マイクロ", "led"},
		{"a long vowel inside", "ハーモニーos", "ハーモニー", "os"},
		{"one kana", "マsql", "", ""},
		{"one letter", "マイクロs", "", ""},
		{"a digit", "ピクセル10", "", ""},
		{"letters and a digit", "ハイパーos2", "", ""},
		{"a long vowel first", "ーマイled", "", ""},
		{"kanji", "電子led", "", ""},
		{"letters first", "ledテレビ", "", ""},
		{"letters only", "microled", "", ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			kana, latin, ok := kanaThenLetters(tt.text)
			if ok != (tt.kana != "") || kana != tt.kana || latin != tt.latin {
				t.Errorf("kanaThenLetters(%q) = %q, %q, %v; want %q, %q", tt.text, kana, latin, ok, tt.kana, tt.latin)
			}
		})
	}
}

func TestCompoundSkeletons(t *testing.T) {
	for _, tt := range []struct {
		name, kana, latin, want string
	}{
		{"a class shared at the seam once", "マイクロ", "led", "MKRT"},
		{"a long vowel", "ハーモニー", "os", "HMNS"},
		{"a short head", "マイ", "sql", "MSKR"},
		{"too short to tell", "ワン", "ui", ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			got := compoundSkeletons(tt.kana, tt.latin)
			if tt.want == "" && len(got) > 0 || tt.want != "" && !slices.Contains(got, tt.want) {
				t.Errorf("compoundSkeletons(%q, %q) = %v, want %q", tt.kana, tt.latin, got, tt.want)
			}
		})
	}
}

func TestCompoundOf(t *testing.T) {
	for _, tt := range []struct {
		name, word, kana, latin string
		want                    bool
	}{
		{"a head that sounds as the kana", "microled", "マイクロ", "led", true},
		{"a long vowel in the kana", "harmonyos", "ハーモニー", "os", true},
		{"a short head", "mysql", "マイ", "sql", true},
		{"the letters alone", "led", "マイクロ", "led", false},
		{"another head", "coloros", "ハーモニー", "os", false},
		{"other letters", "microsd", "マイクロ", "led", false},
		{"a head without a vowel", "mkled", "マイク", "led", false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if got := compoundOf(tt.word, tt.kana, tt.latin); got != tt.want {
				t.Errorf("compoundOf(%q, %q, %q) = %v, want %v", tt.word, tt.kana, tt.latin, got, tt.want)
			}
		})
	}
}

// TestKanaLatinCompound: a name typed half in kana, half in Latin letters
// finds the articles that write it as one Latin word, glossed nowhere;
// kana beside letters it makes no such word with stays as it was.
func TestKanaLatinCompound(t *testing.T) {
	ix := mustOpen(t)
	mustPut(t, ix,
		Article{ID: "microled", Title: "MicroLEDのテレビを発売", Body: "サムスンはMicroLEDを使う大型テレビを発売した。", Published: day("2026-04-01")},
		Article{ID: "harmony", Title: "HarmonyOSの新版", Body: "ファーウェイはHarmonyOSの新版を公開した。", Published: day("2026-04-02")},
		Article{ID: "coloros", Title: "ColorOSの新版", Body: "OPPOはColorOSの新版を公開した。", Published: day("2026-04-03")},
		Article{ID: "mysql", Title: "MySQLの新版", Body: "オラクルはデータベースのMySQLを更新した。", Published: day("2026-04-04")},
		Article{ID: "chat", Title: "ChatGPTの新機能", Body: "OpenAIはChatGPTに新しい機能を加えた。", Published: day("2026-04-05")},
	)
	for _, tt := range []struct {
		name, q string
		want    []string
	}{
		{"katakana onto letters", "マイクロLED", []string{"microled"}},
		{"hiragana onto letters", "まいくろLED", []string{"microled"}},
		{"and another word", "マイクロLED テレビ", []string{"microled"}},
		{"a long vowel", "ハーモニーOS", []string{"harmony"}},
		{"a short head", "マイSQL", []string{"mysql"}},
		{"a name the synonyms have", "ちゃっとGPT", []string{"chat"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if got := ids(mustSearch(t, ix, Request{Query: tt.q})); !slices.Equal(got, tt.want) {
				t.Errorf("Search(%q) = %v, want %v", tt.q, got, tt.want)
			}
		})
	}
}
