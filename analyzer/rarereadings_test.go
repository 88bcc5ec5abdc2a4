package analyzer_test

import (
	"slices"
	"testing"

	"sagasu/analyzer"
)

func TestRareReadings(t *testing.T) {
	a, err := analyzer.New(analyzer.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		name, word string
		want       []string
	}{
		{"a reading far costlier than the common one", "大人", []string{"タイジン"}},
		{"another", "男女", []string{"ナンニョ"}},
		{"readings nearly as common", "明日", nil},
		{"a costly reading said alike at first", "日本人", nil},
		{"another", "毎年", nil},
		{"one of stage directions", "上手", nil},
		{"a proper noun's readings", "日本", nil},
		{"one reading", "映画", nil},
		{"no known word", "トトロ", nil},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if got := a.RareReadings(tt.word); !slices.Equal(got, tt.want) {
				t.Errorf("RareReadings(%s) = %v, want %v", tt.word, got, tt.want)
			}
		})
	}
}
