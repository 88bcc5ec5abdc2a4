package index

import (
	"slices"
	"testing"
)

// TestSuggestInflected: a verb or adjective typed whole, converted, in
// kana or romaji, in its dictionary form or with its endings, offers the
// word the index holds for it, first; not for a prefix of it, nor for a
// noun whose first kana kagome reads as one (しぶや, おもて), and a noun read
// alike stays a word of its own (しのぶ beside 忍ぶ).
func TestSuggestInflected(t *testing.T) {
	suggest := suggesterOver(t, "v",
		"副業で月に5万円稼ぐ方法。", "週末だけで稼ぐ仕事。", "広告で稼いだお金。",
		"詐欺師に騙された話。", "巧妙な手口で人を騙す。", "騙されないための心得。",
		"人前で話すのは恥ずかしい。", "恥ずかしかった失敗談。", "恥ずかしくて言えない。",
		"会場が盛り上がる。", "試合は大いに盛り上がった。", "盛り上がらない宴会。",
		"重い荷物を運ぶ。", "責任が重い。", "重くて持てない。",
		"渋谷の新しい店。", "渋谷で買い物。", "渋谷駅の周辺。", "渋い色の服。", "渋い演技。", "渋くて苦いお茶。",
		"表参道のカフェ。", "表参道で待ち合わせ。", "表参道の並木道。",
		"人目を忍ぶ恋。", "寒さを忍ぶ。", "昔を忍ぶ。",
		"女優しのぶの新作。", "しのぶが主演。", "しのぶの舞台。",
		"火星の探査。", "火星に着陸。", "家政婦の仕事。", "家政婦を雇う。", "仮説を立てる。", "仮説の検証。",
	)
	for _, tt := range []struct {
		name, q, first string
	}{
		{"converted whole", "稼ぐ", "稼ぐ"},
		{"kana whole", "かせぐ", "稼ぐ"}, // not 火星, 家政婦 of its first kana
		{"romaji whole", "kasegu", "稼ぐ"},
		{"converted with endings", "騙された", "騙す"},
		{"kana with endings", "だまされる", "騙す"},
		{"romaji with endings", "damasareru", "騙す"},
		{"kana with the ending begun", "だまされ", "騙す"},
		{"adjective converted", "恥ずかしい", "恥ずかしい"},
		{"adjective past in kana", "はずかしかった", "恥ずかしい"},
		{"adjective in romaji", "hazukashii", "恥ずかしい"},
		{"converted whole before pieces", "盛り上がる", "盛り上がる"}, // not 盛り上 and a word of がる
		{"kana past", "もりあがった", "盛り上がる"},
		{"adjective read alike", "おもい", "重い"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if got := suggest(tt.q); len(got) == 0 || got[0].Text != tt.first {
				t.Errorf("Suggest(%q) = %v, want %s first", tt.q, texts(got), tt.first)
			}
		})
	}
	has := func(got []Suggestion, want string) bool {
		return slices.ContainsFunc(got, func(s Suggestion) bool { return s.Text == want })
	}
	for _, tt := range []struct {
		name, q, unwanted string
	}{
		{"a kana begun", "か", "稼ぐ"},
		{"two kana begun", "かせ", "稼ぐ"},
		{"a noun read as an adjective's stem and a particle", "しぶや", "渋い"},
		{"a noun read as an adjective's stem and て", "おもて", "重い"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if got := suggest(tt.q); has(got, tt.unwanted) {
				t.Errorf("Suggest(%q) = %v, want no %s", tt.q, texts(got), tt.unwanted)
			}
		})
	}
	for _, tt := range []struct {
		name, q, want string
	}{
		{"a name read as a verb stays a name", "しの", "しのぶ"},
		{"a noun begun", "しぶや", "渋谷"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if got := suggest(tt.q); !has(got, tt.want) {
				t.Errorf("Suggest(%q) = %v, want %s among them", tt.q, texts(got), tt.want)
			}
		})
	}
}

// TestSuggestInflectedReadShort: a verb written with kanji and read with
// fewer than three kana (泣く, 見る), typed converted, whole or with its
// endings, offers the word, as a longer one does; its reading typed in
// kana (なく, みる), often the start of another word (ミルク), and its
// kanji alone (見, of 見た目) do not, and a verb read alike (鳴く) stays a
// word of its own. They had emptied the box.
func TestSuggestInflectedReadShort(t *testing.T) {
	suggest := suggesterOver(t, "s",
		"映画を見て泣いた。", "思わず泣く場面。", "泣いて笑った一日。",
		"鳥が鳴く朝。", "猫が鳴いている。", "虫の鳴く声。",
		"星空を見る。", "景色を見た。", "夢を見る。",
		"見た目が大事。", "見た目の印象。", "見た目で選ぶ。",
		"ミルクを飲む。", "ミルクの味。", "ホットミルク。",
	)
	has := func(got []Suggestion, want string) bool {
		return slices.ContainsFunc(got, func(s Suggestion) bool { return s.Text == want })
	}
	for _, tt := range []struct {
		name, q, first string
	}{
		{"converted whole", "泣く", "泣く"},
		{"converted with endings", "泣いた", "泣く"},
		{"converted with the te form", "泣いて", "泣く"},
		{"its stem converted", "泣い", "泣く"},
		{"a verb read alike", "鳴く", "鳴く"},
		{"a verb of one kanji", "見る", "見る"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if got := suggest(tt.q); len(got) == 0 || got[0].Text != tt.first {
				t.Errorf("Suggest(%q) = %v, want %s first", tt.q, texts(got), tt.first)
			}
		})
	}
	for _, tt := range []struct {
		name, q, unwanted string
	}{
		{"its reading in kana", "なく", "泣く"},
		{"a reading that starts another word", "みる", "見る"},
		{"its kanji alone", "見", "見る"},
		{"not merged with the verb read alike", "泣く", "鳴く"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if got := suggest(tt.q); has(got, tt.unwanted) {
				t.Errorf("Suggest(%q) = %v, want no %s", tt.q, texts(got), tt.unwanted)
			}
		})
	}
}
