package index

import (
	"slices"
	"testing"
	"time"
)

func TestInstallments(t *testing.T) {
	tests := []struct {
		name, a, b string
		other      bool
	}{
		{"numbered columns", "連載●動画編集の基礎 第9回【月刊カメラ】", "連載●動画編集の基礎 第11回【月刊カメラ】", true},
		{"full-width and spaced", "やさしい量子計算　第１２回", "やさしい量子計算 第 3 回", true},
		{"kanji numerals", "失敗しない家計簿 第二弾", "失敗しない家計簿 第三弾", true},
		{"a gallery's volumes", "【写真集 モーターショー2026】 vol.3 （40枚）", "【写真集 モーターショー2026】 Vol.4 （40枚）", true},
		{"parts", "宇宙開発の十年 Part 1", "宇宙開発の十年 part2", true},
		{"その", "節約レシピ その4", "節約レシピ その５", true},
		{"a film's halves", "映画『星の海』前篇の試写会", "映画『星の海』後編の試写会", true},
		{"the same installment corrected", "【訂正】やさしい量子計算 第12回", "やさしい量子計算 第１２回", false},
		{"a year in a name", "第84回映画賞のノミネート発表", "第84回映画賞の受賞者", false},
		{"one title names none", "やさしい量子計算 第12回", "やさしい量子計算", false},
		{"no series", "全固体電池の量産ライン、トヨタが建設へ", "【訂正】全固体電池の量産ライン、トヨタが建設へ", false},
		{"a count is no installment", "死者3人に", "死者4人に", false},
		{"emoji and invalid UTF-8 around", "😊連載 第3回\xff", "😊連載 第4回\xff", true},
		{"half-width kana and a hash", "ｶﾒﾗ講座 #3", "カメラ講座 #4", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := otherInstallment(installments(tt.a), installments(tt.b)); got != tt.other {
				t.Errorf("otherInstallment(%q, %q) = %v, want %v (%q, %q)", tt.a, tt.b, got, tt.other, installments(tt.a), installments(tt.b))
			}
		})
	}
}

// TestRelatedListsOtherInstallments: a series' numbered columns, which
// share their title but for the number and most of their text (the
// series' introduction and closing note), are other articles: listed
// under each other and each in its own place, not one as a version of
// the other.
func TestRelatedListsOtherInstallments(t *testing.T) {
	ix := mustOpen(t)
	intro := "このコーナーでは動画編集ソフトの使い方を毎回ひとつずつ紹介していく。作例の素材は編集部のサイトから入手できる。"
	closing := "次回も引き続き動画編集ソフトの基本操作を解説する。質問は編集部まで。"
	col := func(id, n, topic string, at time.Time) Article {
		return Article{ID: id, Title: "連載●動画編集ソフト入門 第" + n + "回【月刊カメラ】", Body: intro + topic + closing, Published: at}
	}
	mustPut(t, ix, append(slices.Clone(relatedFixtures),
		col("col-9", "9", "今回はキーフレームで文字を動かす。", day("2026-01-09")),
		col("col-10", "10", "今回はマスクで背景を切り抜く。", day("2026-02-09")),
		col("col-11", "11", "今回は色調補正で夕景を作る。", day("2026-03-09")),
	)...)
	for _, tt := range []struct{ src, want1, want2 string }{
		{"col-9", "col-10", "col-11"},
		{"col-11", "col-9", "col-10"},
	} {
		hits, err := ix.Related(t.Context(), RelatedRequest{ID: tt.src, Size: 5})
		got := relatedIDs(hits)
		if err != nil || !slices.Contains(got, tt.want1) || !slices.Contains(got, tt.want2) {
			t.Errorf("related(%s) = %v, %v; want %s and %s", tt.src, got, err, tt.want1, tt.want2)
		}
	}
}
