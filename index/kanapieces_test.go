package index

import (
	"slices"
	"testing"
)

func TestKanaPieces(t *testing.T) {
	ix := mustOpen(t)
	tests := []struct {
		name, text string
		want       []string
	}{
		{"a name in kana before a word", "ぽけもん攻略", []string{"ぽけもん", "攻略"}},
		{"a loanword in kana", "すまほ充電", []string{"すまほ", "充電"}},
		{"its particle dropped", "てすらの株価", []string{"てすら", "株価"}},
		{"a long vowel", "らーめん屋", []string{"らーめん", "屋"}},
		{"after a katakana word and a particle", "トヨタのぜんこたいでんち", []string{"トヨタ", "ぜんこたいでんち"}},
		{"after a Latin word", "iphoneのけーす", []string{"iphone", "けーす"}},
		{"after a long vowel", "サーバーのけーす", []string{"サーバー", "けーす"}},
		{"a compound read as fragments", "じどううんてんの事故", []string{"じどううんてん", "事故"}},
		{"before a noun with its prefix", "ぽっこりお腹", []string{"ぽっこり", "お腹"}},
		{"kana the dictionary reads as words", "かわいい猫", nil},
		{"a verb's ending", "観察された", nil},
		{"grammar after katakana", "シェアされたアプリ", nil},
		{"a known word", "ねこ動画", nil},
		{"how, in kana", "どうやって充電", nil},
		{"all kana", "すまほ", nil},
		{"too short", "すま充電", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := kanaPieces(tt.text, ix.an.Tokens); !slices.Equal(got, tt.want) {
				t.Errorf("kanaPieces(%q) = %q, want %q", tt.text, got, tt.want)
				for _, tk := range ix.an.Tokens(tt.text) {
					t.Logf("%s %s %s", tk.Surface, tk.POS, tk.Class)
				}
			}
		})
	}
}

// TestKanaTypedBesideWords: kana typed before conversion beside a
// converted word finds what the two typed apart find, and is never
// dropped from the query unsaid: when no article has it, the search is
// relaxed, as for any word no article has.
func TestKanaTypedBesideWords(t *testing.T) {
	ix := mustOpen(t)
	mustPut(t, ix,
		Article{ID: "pkmn", Title: "ポケモン新作の攻略ガイド", Body: "ポケモンの新作を攻略する。", Published: day("2026-05-01")},
		Article{ID: "golf", Title: "ゴルフ場の攻略法", Body: "難しいコースを攻略する。", Published: day("2026-05-02")},
		Article{ID: "phone", Title: "スマホの充電を速くする", Body: "スマホを急速充電する方法。", Published: day("2026-05-03")},
		Article{ID: "car", Title: "電気自動車の充電設備", Body: "充電スタンドが増える。", Published: day("2026-05-04")},
		Article{ID: "belly", Title: "ポッコリお腹を解消する体操", Body: "ポッコリお腹が気になる人に。", Published: day("2026-05-05")},
		Article{ID: "belly-supplement", Title: "夏までに", Body: "ポッコリお腹にはサプリより運動。", Published: day("2026-05-06")},
		Article{ID: "hungry", Title: "お腹が空いた", Body: "お腹が鳴った。サプリを飲んだ。", Published: day("2026-05-07")},
	)
	tests := []struct {
		q       string
		want    []string
		relaxed bool
	}{
		{"ぽけもん攻略", []string{"pkmn"}, false},
		{"すまほの充電", []string{"phone"}, false},
		{"らっこ攻略", []string{"pkmn", "golf"}, true}, // no article has らっこ: 攻略 alone, said relaxed, as for らっこ 攻略
		// (The prefix お is お腹's: ぽっこりお had been no word, 腹 one.)
		{"ぽっこりお腹", []string{"belly", "belly-supplement"}, false},
		{"ぽっこりお腹 サプリ", []string{"belly-supplement"}, false},
	}
	for _, tt := range tests {
		t.Run(tt.q, func(t *testing.T) {
			res := mustSearch(t, ix, Request{Query: tt.q})
			if res.Relaxed != tt.relaxed || !sameSet(ids(res), tt.want) {
				t.Errorf("%s: %v (relaxed %v), want %v (relaxed %v)", tt.q, ids(res), res.Relaxed, tt.want, tt.relaxed)
			}
		})
	}
	if got := mustSearch(t, ix, Request{Query: "らっこ 攻略"}); !got.Relaxed || !sameSet(ids(got), []string{"pkmn", "golf"}) {
		t.Errorf("らっこ 攻略: %v (relaxed %v), want pkmn and golf, relaxed", ids(got), got.Relaxed)
	}
}

// TestNumberThenKana: a number with kana typed before conversion after it
// is read with its counters as the articles write them and the kana after
// them a word of their own (2024ねんもんだい: 2024年 もんだい, 10おくえん:
// 10億円), as converted; read together it had found nothing.
func TestNumberThenKana(t *testing.T) {
	ix := mustOpen(t)
	mustPut(t, ix,
		Article{ID: "2024", Title: "物流の「2024年問題」、運転手が足りない", Body: "2024年問題で運転手の残業が規制される。", Published: day("2026-05-01")},
		Article{ID: "other", Title: "2024年の決算", Body: "2024年の決算を発表した。", Published: day("2026-05-02")},
		Article{ID: "raise", Title: "新興企業が10億円を調達", Body: "量子の新興企業が10億円を調達した。", Published: day("2026-05-03")},
		Article{ID: "ten", Title: "10社を採択", Body: "10社を採択した。事業費は100億円。", Published: day("2026-05-04")},
	)
	for q, want := range map[string]string{"2024ねんもんだい": "2024", "10おくえん": "raise", "10おくえん ちょうたつ": "raise"} {
		if got := ids(mustSearch(t, ix, Request{Query: q})); len(got) == 0 || got[0] != want || slices.Contains(got, "ten") {
			t.Errorf("%s = %v, want %s first, and not ten (10 and 億円 apart)", q, got, want)
		}
	}
}

// TestPrefixReadInKana: kana typed for a word that starts with a prefix of
// several readings finds it by the one the reader types (おおそうじ is
// 大掃除, which the dictionary's first reading of 大 makes ダイソウジ; it
// had relaxed to the articles that say 掃除).
func TestPrefixReadInKana(t *testing.T) {
	ix := mustOpen(t)
	mustPut(t, ix,
		Article{ID: "cleaning", Title: "年末の大掃除はしないと決めた", Body: "今年は年末の大掃除をやめ、春と秋に少しずつ掃除をする。", Published: day("2026-12-01")},
		Article{ID: "robot", Title: "ロボット掃除機の新製品", Body: "床の掃除を自動でこなす。", Published: day("2026-12-02")},
		Article{ID: "trip", Title: "週末の小旅行", Body: "電車で近くの温泉へ小旅行に出かけた。", Published: day("2026-12-03")},
	)
	for _, tt := range []struct {
		q    string
		want []string
	}{
		{"おおそうじ", []string{"cleaning"}},
		{"だいそうじ", []string{"cleaning"}},
		{"こりょこう", []string{"trip"}},
	} {
		t.Run(tt.q, func(t *testing.T) {
			res := mustSearch(t, ix, Request{Query: tt.q})
			if res.Relaxed || !sameSet(ids(res), tt.want) {
				t.Errorf("%s = %v (relaxed %v), want %v", tt.q, ids(res), res.Relaxed, tt.want)
			}
		})
	}
}
