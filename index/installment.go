package index

import (
	"regexp"
	"strings"

	"golang.org/x/text/width"
)

// A series' numbered articles (a column's 第9回 and 第11回, a gallery's
// vol.3 and vol.4, a film's 前篇 and 後篇) share their title but for the
// number and much of their text (the series' introduction, its closing
// note), so the duplicate checks had taken them for versions of one
// article: the 第11回 of a column listed in place of its 第9回, and an
// installment never listed under another as the source's duplicate. Two
// titles that each name an installment, and not the same, are two
// articles, whatever their bodies share (a body copied whole, or nine
// tenths of it, is still a copy).

// installmentMark matches the installment a title names: 第9回, 第２話,
// 第三弾, vol.4, Vol 12, No.3, Part 2, #5, その4, 前篇, 後編.
var installmentMark = regexp.MustCompile(`(?i)第\s*[0-9一二三四五六七八九十百]+\s*[回話号弾章部夜巻集節]` +
	`|\b(?:vol|no|part|ep|episode)\.?\s*[0-9]+|#\s*[0-9]+|その\s*[0-9一二三四五六七八九十]+|[前中後][篇編]`)

// installments returns the installments a title names (see above),
// width folded and in lower case, or "" for none.
func installments(title string) string {
	t := strings.ToLower(width.Fold.String(title))
	if !strings.ContainsAny(t, "第0123456789篇編そ") {
		return ""
	}
	marks := installmentMark.FindAllString(t, -1)
	for i, m := range marks {
		marks[i] = strings.Join(strings.Fields(m), "")
	}
	return strings.Join(marks, "\x00")
}

// otherInstallment reports whether two titles name different installments
// of a series (both name one; see installments).
func otherInstallment(a, b string) bool {
	return a != "" && b != "" && a != b
}
