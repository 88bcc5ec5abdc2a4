package index

import (
	"context"
	"math"
	"slices"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"
	bindex "github.com/blevesearch/bleve_index_api"

	"sagasu/analyzer"
)

// Kana input. A reader who types じどううんてん means 自動運転, indexed in the
// reading fields as ジドウ|ウンテン. kagome cannot segment the kana string the
// way it segmented the kanji in the article, so segmentKana splits the
// katakana reading into terms the reading fields actually hold (looked up
// in the index), preferring the fewest pieces, and the query becomes a
// phrase of those terms. Common one-kana particles between words become
// gaps. Token boundaries are respected: きょうと finds 京都 (キョウト) but not
// 東京都 (トウキョウ|ト).

const (
	maxKanaRunes = 64 // longer kana input is not segmented
	maxPieceRune = 16 // the longest reading term tried
)

// honorifics may end kana input (のむさん, ゆうちゃん); the index holds
// none of them.
var honorifics = map[string]bool{"サン": true, "チャン": true, "クン": true, "サマ": true, "シ": true}

// particles may stand between words in kana input; they are not indexed.
var particles = map[string]bool{"ノ": true, "ハ": true, "ガ": true, "ヲ": true, "ニ": true, "デ": true, "ト": true, "モ": true, "ヘ": true, "ヤ": true}

// termCounter reports how many documents hold a term in a field.
type termCounter interface {
	count(term, field string) uint64
}

// readerCounter looks terms up in an index snapshot taken on first use,
// caching answers for the duration of one query. Call close when done.
type readerCounter struct {
	ctx    context.Context
	ix     bleve.Index
	r      bindex.IndexReader
	err    error
	cache  map[[2]string]uint64
	shared *dfCache    // optional, across queries
	tr     *termReader // r's segments, when a scorch snapshot
}

func (c *readerCounter) count(term, field string) uint64 {
	k := [2]string{term, field}
	if n, ok := c.cache[k]; ok {
		return n
	}
	if n, ok := c.shared.get(k); ok {
		return n
	}
	if c.r == nil && c.err == nil {
		var adv bindex.Index
		if adv, c.err = c.ix.Advanced(); c.err == nil {
			c.r, c.err = adv.Reader()
		}
		if c.err == nil {
			c.tr = newTermReader(c.r)
		}
		c.cache = map[[2]string]uint64{}
	}
	if c.err != nil {
		return 0
	}
	var n uint64
	if c.tr != nil {
		if m, err := c.tr.count(term, field); err == nil {
			n = m
		}
	} else if tfr, err := c.r.TermFieldReader(c.ctx, []byte(term), field, false, false, false); err == nil {
		n = tfr.Count()
		tfr.Close()
	}
	c.cache[k] = n
	c.shared.put(k, n)
	return n
}

// alone returns how many articles have term in field more often than
// they have the compounds wholes it is a part of: the articles where it
// stands alone at least once (ドコモ beside NTTドコモ).
func (c *readerCounter) alone(term string, wholes []string, field string) uint64 {
	if c.count(term, field); c.r == nil {
		return 0
	}
	inWholes := map[string]uint64{}
	var d bindex.TermFieldDoc
	for _, w := range wholes {
		tfr, err := c.r.TermFieldReader(c.ctx, []byte(w), field, true, false, false)
		if err != nil {
			continue
		}
		for p, err := tfr.Next(&d); err == nil && p != nil; p, err = tfr.Next(&d) {
			inWholes[string(p.ID)] += p.Freq
		}
		tfr.Close()
	}
	tfr, err := c.r.TermFieldReader(c.ctx, []byte(term), field, true, false, false)
	if err != nil {
		return 0
	}
	defer tfr.Close()
	var n uint64
	for p, err := tfr.Next(&d); err == nil && p != nil; p, err = tfr.Next(&d) {
		if p.Freq > inWholes[string(p.ID)] {
			n++
		}
	}
	return n
}

// anyMatch reports whether an article matches q, from the first match
// found: counting every match, as countQuery does, reads all of them (a
// phrase of bigrams as common as スマ|マー read positions in every article
// with スマートフォン). It says true when q cannot be searched, as
// countQuery's large number does.
func (c *readerCounter) anyMatch(q query.Query) bool {
	if c.count("", fieldTitle); c.r == nil {
		return c.countQuery(q) > 0 // the snapshot could not be opened
	}
	s, err := q.Searcher(c.ctx, c.r, c.ix.Mapping(), search.SearcherOptions{Score: "none"})
	if err != nil {
		return true
	}
	defer s.Close()
	sctx := &search.SearchContext{DocumentMatchPool: search.NewDocumentMatchPool(s.DocumentMatchPoolSize(), 0)}
	m, err := s.Next(sctx)
	return err != nil || m != nil
}

// countQuery returns how many articles match q, or a large number when it
// cannot tell (so nothing more is tried).
func (c *readerCounter) countQuery(q query.Query) uint64 {
	res, err := c.ix.SearchInContext(c.ctx, bleve.NewSearchRequestOptions(q, 0, 0, false))
	if err != nil {
		return math.MaxUint64
	}
	return res.Total
}

// neighbors returns the terms of field one edit away from term.
func (c *readerCounter) neighbors(term, field string) []string {
	if c.count(term, field); c.r == nil {
		return nil // the reader could not be opened
	}
	fr, ok := c.r.(bindex.IndexReaderFuzzy)
	if !ok {
		return nil
	}
	d, err := fr.FieldDictFuzzy(field, term, 1, "")
	if err != nil {
		return nil
	}
	defer d.Close()
	var out []string
	for e, err := d.Next(); err == nil && e != nil; e, err = d.Next() {
		if e.Term != term {
			out = append(out, e.Term)
		}
	}
	return out
}

// prefixed returns at most max terms of field that start with prefix. The
// dictionary still lists the terms of deleted articles until a merge
// drops them: count them to know which are live.
func (c *readerCounter) prefixed(prefix, field string, max int) []string {
	if c.count(prefix, field); c.r == nil {
		return nil // the reader could not be opened
	}
	d, err := c.r.FieldDictPrefix(field, []byte(prefix))
	if err != nil {
		return nil
	}
	defer d.Close()
	var out []string
	for e, err := d.Next(); err == nil && e != nil && len(out) < max; e, err = d.Next() {
		out = append(out, e.Term)
	}
	return out
}

func (c *readerCounter) close() {
	if c.r != nil {
		c.r.Close()
	}
}

// segmentKana splits a normalised katakana reading into reading terms that
// occur in the index ("" marks a particle gap), none longer than maxPiece
// runes, and returns the k likeliest ways, best first: the fewest pieces,
// then the commoner terms. A segmentation that ends in "" leaves out an
// honorific at the end (すずきし is 鈴木氏; see trimHonorific). A reading seldom has one obvious split: サワホマレ
// is サワ|ホマレ (誉) as well as サワ|ホ|マレ (澤穂希), and only the articles
// tell which exists in sequence. It returns nil when no segmentation covers
// the whole reading.
func segmentKana(reading string, tc termCounter, maxPiece, k int) [][]string {
	rs := []rune(reading)
	n := len(rs)
	if n == 0 || n > maxKanaRunes {
		return nil
	}
	maxPiece = min(maxPiece, maxPieceRune)
	// paths[j] holds the k cheapest segmentations of rs[:j], cheapest
	// first, each by its last piece and the path it extends.
	type path struct {
		cost        float64
		prev, prevK int
		piece       string // "" for a particle gap
	}
	paths := make([][]path, n+1)
	paths[0] = []path{{prev: -1}}
	add := func(j int, p path) {
		at := len(paths[j])
		for at > 0 && paths[j][at-1].cost > p.cost {
			at--
		}
		if at < k {
			paths[j] = slices.Insert(paths[j], at, p)
			paths[j] = paths[j][:min(len(paths[j]), k)]
		}
	}
	for i := 0; i < n; i++ {
		if len(paths[i]) == 0 {
			continue
		}
		for j := i + 1; j <= n && j-i <= maxPiece; j++ {
			piece := string(rs[i:j])
			df := lookupReading(piece, tc)
			if df == 0 && j-i >= 4 && rs[j-1] == 'ー' {
				// A long word inside the input keeps its ー; the index
				// stemmed it.
				piece = analyzer.NormalizeReading(piece)
				df = lookupReading(piece, tc)
			}
			voicing := 0.0
			for _, u := range unvoiced[rs[i]] {
				if df > 0 || i == 0 {
					break
				}
				// Rendaku: the second word of a compound is read voiced
				// (半導体不足 is はんどうたいぶそく), the index reads each
				// word alone (フソク).
				if d := lookupReading(string(u)+string(rs[i+1:j]), tc); d > 0 {
					piece, df, voicing = string(u)+string(rs[i+1:j]), d, 0.3
				}
			}
			if df == 0 {
				continue
			}
			// One per piece, a little less for common terms, so the
			// fewest pieces win and ties go to the likelier words.
			cost := 1 - 0.01*math.Log1p(float64(df)) + voicing
			for pk, p := range paths[i] {
				add(j, path{cost: p.cost + cost, prev: i, prevK: pk, piece: piece})
			}
		}
		if p := string(rs[i]); particles[p] && i > 0 && i < n-1 {
			for pk, p := range paths[i] {
				add(i+1, path{cost: p.cost + 1.2, prev: i, prevK: pk})
			}
		}
		if i > 0 && honorifics[string(rs[i:])] {
			// ノムさん: the honorific is a stop word, not indexed.
			for pk, p := range paths[i] {
				add(n, path{cost: p.cost + 1.2, prev: i, prevK: pk})
			}
		}
	}
	var out [][]string
	for pk := range paths[n] {
		var seg []string
		for j, kk := n, pk; j > 0; {
			p := paths[j][kk]
			seg = append(seg, p.piece)
			j, kk = p.prev, p.prevK
		}
		slices.Reverse(seg)
		if len(seg) > 1 && !slices.ContainsFunc(seg, func(p string) bool { return utf8.RuneCountInString(p) > 1 }) {
			continue // エ|バ: one-kana readings (絵, 場) side by side are no word
		}
		out = append(out, seg)
	}
	return out
}

// unvoiced maps a voiced kana to the ones rendaku voices (the reading
// fields fold ヂ and ヅ into ジ and ズ: 三日月 is ミカズキ, ツキ alone).
var unvoiced = map[rune][]rune{
	'ガ': {'カ'}, 'ギ': {'キ'}, 'グ': {'ク'}, 'ゲ': {'ケ'}, 'ゴ': {'コ'},
	'ザ': {'サ'}, 'ジ': {'シ', 'チ'}, 'ズ': {'ス', 'ツ'}, 'ゼ': {'セ'}, 'ゾ': {'ソ'},
	'ダ': {'タ'}, 'デ': {'テ'}, 'ド': {'ト'},
	'バ': {'ハ'}, 'ビ': {'ヒ'}, 'ブ': {'フ'}, 'ベ': {'ヘ'}, 'ボ': {'ホ'},
}

func lookupReading(term string, tc termCounter) uint64 {
	if n := tc.count(term, fieldBodyReading); n > 0 {
		return n
	}
	return tc.count(term, fieldTitleReading)
}

// trimHonorific returns seg without the honorific gap at its end, and
// whether it had one.
func trimHonorific(seg []string) ([]string, bool) {
	n := len(seg)
	for n > 0 && seg[n-1] == "" {
		n--
	}
	return seg[:n], n < len(seg)
}
