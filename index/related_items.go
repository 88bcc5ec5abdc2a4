package index

import (
	"sort"
	"strings"
	"unicode/utf8"
)

// A roundup as the source of related articles: the week's news, a
// paragraph a story. Its list names the articles on its stories, one
// story after another, not five articles on the story that shares the
// most words with the archive (a draft of three stories had listed five
// articles on one of them).

// minRoundupItems is how many paragraphs of its own words a roundup
// source needs for its list to go round its stories.
const minRoundupItems = 3

// roundupItems returns, for a source that is a roundup (see isRoundup),
// the words of each paragraph of its text (a line before any list of
// links) that has at least two of its related words, less the words of
// more than one such paragraph; nil for any other source, or a roundup of
// fewer than minRoundupItems such paragraphs.
func (ix *Index) roundupItems(src *Article, terms []weightedTerm) []map[string]bool {
	if !isRoundup(src.Category, src.Title) {
		return nil
	}
	related := make(map[string]bool, len(terms))
	for _, t := range terms {
		related[t.term] = true
	}
	text, _ := splitLinksAndPopular(head(src.Body, relatedTextBytes))
	var items []map[string]bool
	for line := range strings.SplitSeq(text, "\n") {
		if utf8.RuneCountInString(line) < 8 {
			continue
		}
		words := map[string]bool{}
		for _, t := range ix.an.Terms(line) {
			if related[t] {
				words[t] = true
			}
		}
		if len(words) >= 2 {
			items = append(items, words)
		}
	}
	if len(items) < minRoundupItems {
		return nil
	}
	// A word of two stories (スマートフォン of a phone's launch and of a
	// carrier's prices) tells neither's articles apart.
	in := map[string]int{}
	for _, words := range items {
		for t := range words {
			in[t]++
		}
	}
	for _, words := range items {
		for t := range words {
			if in[t] > 1 {
				delete(words, t)
			}
		}
	}
	return items
}

// byItem orders the hits of a roundup's list (by score, items as
// roundupItems returns them) so that each story's best hit comes before
// any story's second, and so on round by round, each round in the order
// of score. A hit's story is the paragraph holding most of its shared
// words (the first of those tied). A hit that shares fewer than two
// words with any paragraph (the form of a roundup: 今週, ニュース), one
// whose words are spread over several stories rather than most of them
// in one (a video service's article by the iPhone of one story and the
// 料金 and 定額 of another) and faint hits (under faintShare of the best)
// go after the others, in their order.
func byItem(hits []RelatedHit, items []map[string]bool) []RelatedHit {
	if len(items) == 0 || len(hits) < 2 {
		return hits
	}
	top := 0.0
	for _, h := range hits {
		top = max(top, h.Score)
	}
	type ranked struct {
		round int
		at    int
	}
	rank := make([]ranked, len(hits))
	seen := make([]int, len(items))
	for i, h := range hits {
		best, most, inAny := -1, 1, 0
		for _, t := range h.Terms {
			for _, words := range items {
				if words[t] {
					inAny++
					break
				}
			}
		}
		for k, words := range items {
			n := 0
			for _, t := range h.Terms {
				if words[t] {
					n++
				}
			}
			if n > most {
				best, most = k, n
			}
		}
		if best < 0 || 2*most <= inAny || h.Score < faintShare*top {
			rank[i] = ranked{round: len(hits), at: i}
			continue
		}
		rank[i] = ranked{round: seen[best], at: i}
		seen[best]++
	}
	order := make([]int, len(hits))
	for i := range order {
		order[i] = i
	}
	// (A stable sort by round; within a round, the order of score.)
	sort.SliceStable(order, func(a, b int) bool { return rank[order[a]].round < rank[order[b]].round })
	out := make([]RelatedHit, len(hits))
	for i, j := range order {
		out[i] = hits[j]
	}
	return out
}
