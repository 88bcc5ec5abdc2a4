package index

import (
	"regexp"
	"strings"
	"unicode/utf8"
)

// Cleaning up a source's text for related articles: the marks, credits
// and addresses that say nothing of its subject, how much of it is read,
// and which words can tell what it is about.

// editorsMark is a mark in lenticular brackets.
var editorsMark = regexp.MustCompile(`【[^【】]*】`)

// byline is a writer's credit, in brackets or on a line of its own:
// （文・ITジャーナリスト 佐藤一郎）, (文／…　イラスト／…), 取材・文：….
var byline = regexp.MustCompile(`[（(](?:文|取材・文|文・写真|写真・文|文と写真|執筆|筆者|記者|構成)[・:：／/=＝][^（()）\n]{1,60}[）)]|(?m)^[ \t　]*(?:文|取材・文|文・写真|写真・文|文と写真|執筆|筆者|記者|構成)[:：／/=＝][^\n]{1,40}$`)

// programmeCite is the name of a programme the text cites in brackets
// by its broadcast, 放送 before it in the clause or 放送 or 番組 just
// after it: 17日深夜放送、日本テレビ「Going! Sports＆News」では, 3日、
// TBS「S1」番組内では, 20日放送のNHK「MUSIC JAPAN」で.
var programmeCite = regexp.MustCompile(`放送[^「『」』。\n]{0,12}[「『]([^」』\n]{1,40})[」』]|[「『]([^」』\n]{1,40})[」』][（(]?[^」』。\n]{0,12}(?:放送|番組)`)

// citedProgrammes returns the names of the programmes text cites (see
// programmeCite).
func citedProgrammes(text string) []string {
	if !strings.Contains(text, "放送") && !strings.Contains(text, "番組") {
		return nil // (most texts: the expression not run)
	}
	var names []string
	for _, m := range programmeCite.FindAllStringSubmatch(text, -1) {
		names = append(names, m[1]+m[2])
	}
	return names
}

// closingCredit is a bracket that closes a text, after its last sentence
// or clause: the writer's name (…かもしれない。(栗頭渋子)), the outlet or
// the source (（読売新聞）, (オフィスエムツー／神田はるひ)). Nothing follows
// it (a list of links is taken off before).
var closingCredit = regexp.MustCompile(`[（(][^（()）\n。、！？!?]{2,30}[）)][\s　]*$`)

// stripClosingCredit returns text without its closing credit (see
// closingCredit): a writer's name there had related five of a column's
// articles on other subjects by the name alone (a column on surprises
// beside the same writer's columns on manners and spring).
func stripClosingCredit(text string) string {
	trimmed := strings.TrimRight(text, " \t\n\r　")
	if !strings.HasSuffix(trimmed, ")") && !strings.HasSuffix(trimmed, "）") {
		return text
	}
	if loc := closingCredit.FindStringIndex(trimmed); loc != nil {
		return trimmed[:loc[0]]
	}
	return text
}

// credit is a staff credit on a line of its own: 記事執筆：…, 撮影：…,
// PHOTO：…, HAIR/MAKE-UP：….
var credit = regexp.MustCompile(`(?i)^[ \t　]*(?:記事執筆|執筆|撮影|写真撮影|写真提供|イラスト|スタイリング|スタイリスト|ヘアメイク|ヘア|メイク|photo|photography|photographer|text|writer|styling|stylist|hair|make-?up|direction|illustration)(?:[ 　]*[/／&＆・][ 　]*(?:撮影|イラスト|スタイリング|ヘア|メイク|photo|text|styling|hair|make-?up|illustration))*[ 　]*[:：][^\n]{1,60}$`)

// maxCreditLine bounds the bytes of a line that may be a credit.
const maxCreditLine = 200

// splitCredits returns text without its staff credits (see credit), each
// line replaced by a space, and the credits, a line each.
func splitCredits(text string) (main, credits string) {
	if !strings.Contains(text, ":") && !strings.Contains(text, "：") {
		return text, ""
	}
	var m, c strings.Builder
	for at := 0; at < len(text); {
		line, _, found := strings.Cut(text[at:], "\n")
		isCredit := len(line) <= maxCreditLine && strings.ContainsAny(line, ":：") && credit.MatchString(line)
		switch {
		case isCredit && c.Len() == 0:
			m.Grow(len(text))
			m.WriteString(text[:at])
			fallthrough
		case isCredit:
			m.WriteString(" ")
			c.WriteString(line)
			c.WriteString("\n")
		case c.Len() > 0:
			m.WriteString(line)
		}
		at += len(line)
		if found {
			at++
			if c.Len() > 0 {
				m.WriteString("\n")
			}
		}
	}
	if c.Len() == 0 {
		return text, ""
	}
	return m.String(), c.String()
}

// label is the label of a line of data (アプリ名：…, 価格：…, ANDROID 要件：…,
// Google Play Store：…) or a heading in brackets on a line of its own
// (【応募方法】, 【賞品・応募数】): the site's form, not the article's words.
// Not a clause before a colon (彼は言った：「…」: a particle in it, or a
// quote after it). The value may be gone (an address taken out before).
var label = regexp.MustCompile(`(?m)^[ \t　]*(?:[^\s：:。、，．！？!?「」『』（）()【】<>はがをにで][^\n：:。、，．！？!?「」『』（）()【】<>はがをにで]{0,19}?[ \t　]*[：:](?:[ \t　]*(?:[^ \t　\n/「『“（(]|$))|【[^【】\n]{1,20}】[ \t　]*$)`)

// splitLabels returns text with the labels of its lines of data and its
// bracketed headings (see label) replaced by spaces, and the labels, a
// line each: their words count, as the form a site's articles share, but
// are no reason shown (要件, カテゴリ, Play Store, プレゼント応募).
func splitLabels(text string) (main, labels string) {
	if !strings.ContainsAny(text, ":：【") {
		return text, ""
	}
	var lb strings.Builder
	main = label.ReplaceAllStringFunc(text, func(m string) string {
		l := m
		if !strings.HasSuffix(strings.TrimRight(m, " \t　"), "】") {
			l = m[:strings.LastIndexAny(m, ":：")] // (not the value's first character)
			m = strings.Repeat(" ", len(l)) + m[len(l):]
		} else {
			m = " "
		}
		lb.WriteString(l)
		lb.WriteString("\n")
		return m
	})
	return main, lb.String()
}

// webAddress is a URL written out in a text.
var webAddress = regexp.MustCompile(`(?i)(?:https?://|www\.)[!-~]+`)

// relatedTextBytes is how much of a body related articles read: the
// words of its beginning say what it is about, and analysing a megabyte
// for every request took seconds.
const relatedTextBytes = 16 << 10

// head returns the first n bytes of s at most, cut at a character
// boundary.
func head(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}

// telling reports whether a word can say what an article is about: not a
// single character (芽 and 彩 of a name kagome split), not a number, and
// not one of newsroomWords or legalForms.
func telling(term string) bool {
	return utf8.RuneCountInString(term) > 1 && strings.ContainsFunc(term, func(r rune) bool { return r < '0' || r > '9' }) && !newsroomWords[term] && !legalForms[term]
}

// legalForms are the legal forms after a company's name (SoundCloud
// Ltd., Apple Inc.), in the lower case the analyzer gives them: a
// developer's line under every app review wrote Ltd, which counted twice
// as a name of Latin letters and related reviews of unrelated apps.
var legalForms = map[string]bool{"ltd": true, "inc": true, "corp": true, "llc": true, "gmbh": true,
	"plc": true, "pte": true, "pty": true, "co": true}

// newsroomWords say how a story is published, not what it is about
// (【速報】, 詳細は追って。, 【訂正】): a draft of 速報 and 詳細は追って。 had
// been related to every article that offers details somewhere. Nor do
// the words that point back at a name the story gave before (同社, the
// company; 同氏, 同日, 同市): a game's delay had been related to a
// translation service and a chip shortage by 同社 and 大手 alone.
var newsroomWords = map[string]bool{"速報": true, "続報": true, "詳細": true, "訂正": true, "追記": true,
	"同社": true, "同氏": true, "同日": true, "同年": true, "同月": true, "同週": true, "同期": true, "同市": true, "同町": true,
	"同県": true, "同国": true, "同州": true, "同店": true, "同誌": true, "同紙": true, "同局": true, "同作": true, "同書": true,
	"同署": true, "同校": true, "同党": true, "同大": true, "同省": true, "同庁": true, "同団体": true,
	// 仮名 says a name is made up ((33歳・仮名), an interviewee's note): five
	// of a column's articles on other subjects had been related by it and
	// the writer's name alone.
	"仮名": true}

// statusMark reports whether an editor's mark says the state of the
// article's offer, not its subject or its column: a giveaway's
// 【終了しました】 or 【受付終了】, a sale's 【販売中】, an article's
// 【プレゼント有】. Its words relate
// the site's other ended offers, whatever they offered (a liqueur's
// giveaway beside a plush toy's and a hair treatment's by 終了 alone),
// so a word the source has only in such a mark is none of its words. A
// column's mark (【話題】, 【オトナ女子映画部】) names its subject's
// kind and still counts (see analyseSource).
func statusMark(mark string) bool {
	return mark != "" && statusMarkText.MatchString(mark)
}

// statusMarkText is a mark that ends as a notice of state does: in a
// polite past or present (終了しました, 締め切りました, 受付中です), or
// in 終了, 締切 or 締め切り, in an offer's word before 中 (受付中,
// 販売中, 公開中), or in 有, 有り or あり (【プレゼント有】: the article
// comes with a giveaway; its words, where its text has them too, count).
var statusMarkText = regexp.MustCompile(`(?:ました|ます|です|終了|締切|締め切り|(?:受付|販売|発売|募集|公開|開催|実施)中|有り?|あり)[!！]?】$`)
