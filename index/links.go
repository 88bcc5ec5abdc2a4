package index

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// News bodies often end with a list of links under a heading such as
// ■関連記事 or 【関連リンク】: headlines of other articles, often picked by
// popularity, and the names of the site's own pages. Its words say nothing
// about the article, yet they made the article match queries for the
// listed headlines (a series' every episode ranked for the episode it
// links to). The index keeps such a list with the body, so readers see
// it, but out of search: the body field holds the text before it, the
// list is stored apart (fieldBodyTail) and indexed in a field only
// related articles read (fieldLinks): articles that link to the same ones
// are often on the same subject (precision@5 on livedoor 0.872 without
// it, 0.903 with it). A list of the site's popular or newest headlines
// (■人気記事ランキング) is taken off the body too, and is no part of
// fieldLinks: the most read articles are on every subject (a blind set
// of tech articles with such lists under unrecognised headings had 0.67
// of its related articles on the subject, 0.93 without the lists).

// linksHeading is a line that opens a list of related links.
// A heading may also name the subject (■Googleに関連した記事を読む).
var linksHeading = regexp.MustCompile(`^[ \t　]*[■◆●▼▽◇□★☆【\[＜<《]?[ \t　]*(?:関連(?:記事|リンク|情報|ニュース|サイト)(?:一覧)?|[^\n]{1,40}に関連した(?:記事|ニュース)を(?:もっと)?(?:見る|読む))[ \t　]*[】\]＞>》]?[ \t　]*[:：]?[ \t　]*$`)

// splitLinks splits body before the heading of its trailing list of links,
// if it has one after some text of its own: main is what is indexed, tail
// the list (main+tail == body).
func splitLinks(body string) (main, tail string) {
	// Only the lines with 関連 can be headings: finding them is a byte
	// search, where the regular expression over a whole body was a tenth
	// of an import.
	for end := len(body); ; {
		i := strings.LastIndex(body[:end], "関連")
		if i < 0 {
			return body, ""
		}
		start := strings.LastIndexByte(body[:i], '\n') + 1
		stop := len(body)
		if n := strings.IndexByte(body[i:], '\n'); n >= 0 {
			stop = i + n
		}
		if !linksHeading.MatchString(body[start:stop]) {
			end = i
			continue
		}
		if start == 0 {
			return body, "" // nothing but the list: index it
		}
		for _, line := range strings.Split(body[stop:], "\n") {
			if utf8.RuneCountInString(line) > maxLinkRunes && !strings.HasPrefix(strings.TrimSpace(line), "・") {
				return body, "" // a paragraph: the heading opens more text, not a list
			}
		}
		if strings.Contains(body[start:stop], "に関連した") {
			// A heading that names the subject says what the article is
			// about (■電子書籍に関連した記事を読む): it stays, the list goes.
			cut := min(stop+1, len(body))
			return body[:cut], body[cut:]
		}
		return body[:start], body[start:]
	}
}

// popularHeading is a line that opens a list of the site's most read or
// newest headlines (■人気記事ランキング, 【おすすめ記事】): words about other
// subjects. splitPopular takes such lists off the body too.
var popularHeading = regexp.MustCompile(`^[ \t　]*[■◆●▼▽◇□★☆【\[＜<《]?[ \t　]*(?:人気|注目|新着|最新|おすすめ|オススメ|よく読まれている|アクセス)?(?:記事|ニュース)?(?:ランキング|一覧)?[ \t　]*[】\]＞>》]?[ \t　]*[:：]?[ \t　]*$`)

// popularWords are what a popularHeading line has one of (a cheap test
// before the regular expression).
var popularWords = []string{"人気", "注目", "新着", "最新", "おすすめ", "オススメ", "読まれ", "ランキング", "アクセス"}

// splitLinksAndPopular is splitLinks with the lists of the site's popular
// or newest headlines at the end of the body taken off too, before or
// after the list of related links: main is what is searched, tail all
// the lists (main+tail == body).
func splitLinksAndPopular(body string) (main, tail string) {
	main, _ = splitLinks(body)
	for {
		at := popularList(main)
		if at < 0 || at == len(main) {
			return main, body[len(main):]
		}
		main = main[:at]
	}
}

// popularList returns where the list of popular headlines that ends text
// starts (its heading line), or -1. It reads the lines from the end,
// back to the first paragraph, so a long body costs no more than its
// last lines.
func popularList(text string) int {
	end := len(strings.TrimRight(text, "\n"))
	for end > 0 {
		start := strings.LastIndexByte(text[:end], '\n') + 1
		line := text[start:end]
		if isPopularHeading(line) {
			if start == 0 {
				return -1 // nothing but the list
			}
			if seriesHeading.MatchString(line) {
				// The column's name stays searchable (デジ通), its list
				// goes.
				return min(end+1, len(text))
			}
			return start
		}
		if utf8.RuneCountInString(line) > maxLinkRunes && !strings.HasPrefix(strings.TrimSpace(line), "・") {
			return -1 // a paragraph: no list after a heading ends the text
		}
		end = max(start-1, 0)
	}
	return -1
}

// seriesHeading is a line that opens a list of a column's or a site
// section's other articles (■デジ通の記事をもっと見る, ■RING CUBEの記事
// をもっと読む): on every subject the column takes up, like the popular
// headlines. (In kana too, and with the column's name left out: ■の記事を
// もっとみる under 131 of livedoor's it-life-hack articles.)
var seriesHeading = regexp.MustCompile(`^[ \t　]*[■◆●▼▽◇□★☆]?[ \t　]*[^\n]{0,40}の(?:過去)?記事を(?:もっと)?(?:見る|読む|みる|よむ)[ \t　]*$`)

// sitePopularHeading is a popularHeading with the site's or a section's
// name before it (【MOVIE ENTER おすすめ記事】, ■ビデオSALON 最新記事,
// ＜特集最新記事＞: 233 of livedoor's articles), in brackets or after a
// mark; its list had made those articles related to the headlines it
// names, on any subject.
var sitePopularHeading = regexp.MustCompile(`^[ \t　]*[■◆●▼▽◇□★☆【\[＜<《][ \t　]*[^\n【】\[\]＜＞<>《》■。、]{1,28}?[ \t　]*(?:おすすめ|オススメ|人気|注目|新着|最新)(?:記事|ニュース)(?:ランキング|一覧)?[ \t　]*[】\]＞>》]?[ \t　]*[:：]?[ \t　]*$`)

// maxSiteHeadingRunes bounds a sitePopularHeading line.
const maxSiteHeadingRunes = 40

func isPopularHeading(line string) bool {
	if strings.Contains(line, "記事を") && seriesHeading.MatchString(line) && !strings.Contains(line, "に関連した") {
		return true
	}
	if utf8.RuneCountInString(line) <= maxSiteHeadingRunes && sitePopularHeading.MatchString(line) {
		return true
	}
	if utf8.RuneCountInString(line) > 24 || !slices.ContainsFunc(popularWords, func(w string) bool { return strings.Contains(line, w) }) {
		return false
	}
	return popularHeading.MatchString(line) && strings.TrimFunc(line, func(r rune) bool { return !unicode.IsLetter(r) }) != ""
}

// relatedLists returns the lists of tail (see splitLinksAndPopular; main
// is the text before it) that say what an article is related to: those of
// related links, not of the site's popular headlines or a column's other
// articles.
func relatedLists(main, tail string) string {
	var b strings.Builder
	// (A heading left with the text opens the first list: ■デジ通の記事を
	// もっと見る.)
	last := strings.TrimRight(main, "\n")
	keep := !isPopularHeading(last[strings.LastIndexByte(last, '\n')+1:])
	for _, line := range strings.SplitAfter(tail, "\n") {
		l := strings.TrimRight(line, "\r\n")
		switch {
		case linksHeading.MatchString(l):
			keep = true
		case isPopularHeading(l):
			keep = false
		}
		if keep {
			b.WriteString(line)
		}
	}
	return b.String()
}

// maxLinkRunes: a longer line under the heading that is no bullet (・) is
// a paragraph of the article's own (■関連情報 and a campaign's terms).
const maxLinkRunes = 100
