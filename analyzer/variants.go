package analyzer

import "slices"

// Kanji variants typed the other way: a name written with an old or
// variant form (倖田來未, 髙橋, 澤) that a reader types in the form most
// text uses (倖田来未). The reading field folds the variants (see
// kanjiVariants), but a word the dictionary does not know has no reading
// to meet on, and the main field keeps the spelling: the query is
// respelled instead (see VariantSpellings).

// maxVariantSpellings bounds the spellings VariantSpellings returns.
const maxVariantSpellings = 8

// oldForms maps a kanji in its common form to the old and variant forms
// kanjiVariants folds into it (辺: 邊, 邉), in a fixed order.
var oldForms = func() map[rune][]rune {
	m := map[rune][]rune{}
	for v, f := range kanjiVariants {
		m[f] = append(m[f], v)
	}
	for _, vs := range m {
		slices.Sort(vs)
	}
	return m
}()

// VariantSpellings returns s written with the old or variant forms of its
// kanji that the reading field folds (倖田来未: 倖田來未; 渡辺: 渡邊,
// 渡邉): each kanji that has one replaced alone, left to right, then all
// of them at once in their first forms; at most maxVariantSpellings, and
// none when s has no such kanji.
func VariantSpellings(s string) []string {
	rs := []rune(s)
	var out []string
	all := slices.Clone(rs)
	changed := 0
	for i, r := range rs {
		vs := oldForms[r]
		if len(vs) == 0 {
			continue
		}
		all[i] = vs[0]
		changed++
		for _, v := range vs {
			if len(out) == maxVariantSpellings {
				return out
			}
			one := slices.Clone(rs)
			one[i] = v
			out = append(out, string(one))
		}
	}
	if changed > 1 && len(out) < maxVariantSpellings {
		out = append(out, string(all))
	}
	return out
}
