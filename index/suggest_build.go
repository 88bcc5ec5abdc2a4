package index

import (
	"context"
	"math"
	"slices"
	"sort"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search"

	"golang.org/x/text/unicode/norm"

	"sagasu/analyzer"
)

// Building the suggestion data from the index.
const (
	// suggestTitles: the newest articles whose titles are suggestible and
	// whose words count with their recency.
	suggestTitles = 5000
	// suggestMinDocs: a word only in bodies must be in this many articles.
	suggestMinDocs = 2
	// suggestHalfLife: a title word counts half as much at this age
	// (relative to the newest article).
	suggestHalfLife = 180 * 24 * time.Hour
	// suggestKeyRunes bounds a key; prefixes are shorter.
	suggestKeyRunes = 24
	// suggestCheckBelow: dictionary counts below this are checked.
	suggestCheckBelow = 10
	// titleWordWeight is what a recent title occurrence adds to a word's
	// score on top of its article count.
	titleWordWeight = 3
	// suggestMinJoinedDocs: a run of words the analyzer joined (独|女,
	// 本田|圭|佑) must be in this many articles to be a word readers look
	// for, not a chance neighbourhood.
	suggestMinJoinedDocs = 3
)

// wordInfo is what the suggester knows of an index term, kept across
// rebuilds so each term is analysed once.
type wordInfo struct {
	reading string
	others  []string // more readings a joined name has (ホンダケイスケ beside ホンダケイユウ)
	content bool
	joined  bool // a run the analyzer joined (独|女 → 独女): needs suggestMinJoinedDocs
	// long: a katakana term the dictionary also knows with the final ー
	// the index dropped (センタ, センター): shown as most articles write it
	// (see longSpelling).
	long bool
}

// termStat accumulates one suggestible word.
type termStat struct {
	surfaces map[string]float64 // original spellings and their weight
	reading  string
	others   []string // more readings to find it by
	joined   bool     // see wordInfo
	count    int
	recent   float64
}

type sugBuilder struct {
	ix      *Index
	terms   map[string]*termStat
	entries []sugEntry
	keys    []sugKey
	dirty   map[string]bool // words of deleted articles: counted live
	stale   map[string]bool // those the dictionary still overcounts
}

// buildSuggest makes a fresh snapshot of everything suggestible.
func (ix *Index) buildSuggest(ctx context.Context) (*suggestIndex, error) {
	start := time.Now()
	b := &sugBuilder{ix: ix, terms: map[string]*termStat{}, dirty: ix.sug.takeDirty(), stale: map[string]bool{}}
	built := false
	defer func() {
		// For the next rebuild: every word when this one failed, else
		// those the term dictionary still overcounts (until segments
		// merge, a rebuild after any write would read its count again).
		if !built {
			ix.sug.markDirty(b.dirty)
		} else {
			ix.sug.markDirty(b.stale)
		}
	}()
	if err := b.titles(ctx); err != nil {
		return nil, err
	}
	for _, field := range []string{fieldBody, fieldTitle} {
		if err := b.dictionary(ctx, field); err != nil {
			return nil, err
		}
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	b.dropPartialJoins()
	b.mergeTerms()
	for _, kf := range []struct{ kind, field string }{{kindCategory, fieldCategory}, {kindTag, fieldTags}} {
		if err := b.labels(ctx, kf.kind, kf.field); err != nil {
			return nil, err
		}
	}
	sort.Slice(b.keys, func(i, j int) bool { return b.keys[i].key < b.keys[j].key })
	si := &suggestIndex{entries: b.entries, keys: b.keys, built: time.Now(), took: time.Since(start)}
	for _, e := range si.entries {
		si.bytes += len(e.text) + len(e.id) + 56
	}
	for _, k := range si.keys {
		si.bytes += len(k.key) + 24
	}
	built = true
	return si, nil
}

// titles reads the newest titles: each becomes a title suggestion, and
// its words and compounds (adjacent content words, 関西|国際|空港 →
// 関西国際空港) count with the article's recency.
func (b *sugBuilder) titles(ctx context.Context) error {
	var after []string
	var newest time.Time
	seen := 0
	for seen < suggestTitles {
		req := bleve.NewSearchRequestOptions(bleve.NewMatchAllQuery(), min(1000, suggestTitles-seen), 0, false)
		req.SortByCustom(sortOrder(SortNewest))
		req.Fields = []string{fieldTitle, fieldPublished}
		if after != nil {
			req.SetSearchAfter(after)
		}
		res, err := b.ix.b.SearchInContext(ctx, req)
		if err != nil {
			return searchError(err)
		}
		if len(res.Hits) == 0 {
			break
		}
		for _, h := range res.Hits {
			title, _ := h.Fields[fieldTitle].(string)
			published, _ := time.Parse(time.RFC3339, str(h.Fields[fieldPublished]))
			if newest.IsZero() {
				newest = published
			}
			w := math.Exp2(-newest.Sub(published).Hours() / suggestHalfLife.Hours())
			b.title(h.ID, title, w)
		}
		seen += len(res.Hits)
		after = lastSort(res.Hits)
	}
	return nil
}

func str(v any) string { s, _ := v.(string); return s }

// lastSort is the search_after key of the last hit.
func lastSort(hits search.DocumentMatchCollection) []string {
	return hits[len(hits)-1].DecodedSort
}

// title adds one title and its words.
func (b *sugBuilder) title(id, title string, w float64) {
	toks := b.ix.an.Tokens(title)
	seen := map[string]bool{} // a word counts once per title (ホゲ・ホゲ・ホゲ)
	entry := int32(len(b.entries))
	b.entries = append(b.entries, sugEntry{text: title, kind: kindTitle, id: id, count: 1, score: float32(w)})
	var run []analyzer.Token
	flush := func() {
		for i := range run {
			for j := i + 2; j <= len(run) && j-i <= 3; j++ {
				b.addCompound(title, run[i:j], w, seen)
			}
		}
		run = run[:0]
	}
	for i, t := range toks {
		if t.Class == "shingle" || !t.Content || !suggestible(t.Term) {
			if t.Class != "part" && t.Class != "shingle" {
				flush()
			}
			continue
		}
		// The title is findable from the start of each of its words,
		// the parts of compounds included.
		b.key(analyzer.Fold(title[t.Start:]), entry)
		if r := readingFrom(toks[i:]); r != "" {
			b.key(r, entry)
		}
		if t.Class == "part" {
			continue // a part counts in the dictionary pass, not as a title word
		}
		b.stat(t.Term, t.Surface, t.Reading, w, seen)
		if len(run) > 0 && t.Position != run[len(run)-1].Position+1 {
			flush()
		}
		run = append(run, t)
	}
	flush()
}

// readingFrom joins the readings of toks until one has none.
func readingFrom(toks []analyzer.Token) string {
	var b strings.Builder
	for i, t := range toks {
		if (t.Class == "part" && i > 0) || t.Class == "shingle" || t.Term == "" {
			continue
		}
		if t.Reading == "" || utf8.RuneCountInString(b.String()) >= suggestKeyRunes {
			break
		}
		b.WriteString(t.Reading)
	}
	return b.String()
}

func (b *sugBuilder) addCompound(title string, toks []analyzer.Token, w float64, seen map[string]bool) {
	if !slices.ContainsFunc(toks, func(t analyzer.Token) bool { return t.Term != toks[0].Term }) {
		return // one word repeated (ホゲ・ホゲ) is no compound
	}
	var term, reading strings.Builder
	for _, t := range toks {
		term.WriteString(t.Term)
		if t.Reading == "" {
			reading.Reset()
			break
		}
		reading.WriteString(t.Reading)
	}
	surface := title[toks[0].Start:toks[len(toks)-1].End]
	// The term the index holds for the joined words (スカイ|ツリー →
	// スカイツリ), so the title's spelling and the dictionary's count meet.
	b.stat(analyzer.WordTerm(term.String()), surface, analyzer.NormalizeReading(reading.String()), w, seen)
}

// stat counts a word of a title, once per title (seen holds the title's
// words counted). Spellings are counted in NFKC, so ﾛﾎﾞｯﾄ and ロボット,
// ＡＩ and AI are one spelling (case is kept).
func (b *sugBuilder) stat(term, surface, reading string, w float64, seen map[string]bool) {
	if !suggestible(term) || seen[term] {
		return
	}
	seen[term] = true
	surface = norm.NFKC.String(surface)
	s := b.terms[term]
	if s == nil {
		s = &termStat{surfaces: map[string]float64{}, reading: reading}
		b.terms[term] = s
	}
	s.surfaces[surface] += 1 + w
	s.recent += w
	s.count++
	if s.reading == "" {
		s.reading = reading
	}
}

// dictionary adds the words of a field's term dictionary that are in
// enough articles, with their article counts. A dictionary still lists
// the words of deleted articles until segments merge, so small counts are
// checked against the live postings.
func (b *sugBuilder) dictionary(ctx context.Context, field string) error {
	d, err := b.ix.b.FieldDict(field)
	if err != nil {
		return err
	}
	defer d.Close()
	tc := &readerCounter{ctx: ctx, ix: b.ix.b}
	defer tc.close()
	for n := 0; ; n++ {
		if n%4096 == 0 && ctx.Err() != nil {
			return ctx.Err()
		}
		e, err := d.Next()
		if err != nil {
			return err
		}
		if e == nil {
			return nil
		}
		count := e.Count
		if count < suggestCheckBelow || b.dirty[e.Term] {
			count = tc.count(e.Term, field)
			if b.dirty[e.Term] && count != e.Count {
				b.stale[e.Term] = true
			}
		}
		if s := b.terms[e.Term]; s != nil {
			s.count = max(s.count, int(count))
			continue
		}
		if count < suggestMinDocs {
			continue
		}
		info := b.ix.wordInfo(e.Term)
		if !info.content || info.joined && count < suggestMinJoinedDocs {
			continue
		}
		surface := e.Term
		if info.joined || info.long {
			surface = b.ix.longSpelling(tc, e.Term, count)
		} else if s := b.ix.dictSpelling(e.Term); s != "" {
			surface = s // nvidia is NVIDIA
		}
		b.terms[e.Term] = &termStat{surfaces: map[string]float64{surface: 1}, reading: info.reading, others: info.others, count: int(count), joined: info.joined}
	}
}

// longSpelling returns a katakana word the index joined from pieces, or
// one the dictionary also knows with a final ー, with the trailing ー that
// Lucene's rule dropped (パ|スキー is the term パスキ, センター センタ),
// when at least half the df articles that have the word write it so;
// term otherwise. The index's terms are stemmed; the bigram field keeps
// the characters as written. The answer is kept across rebuilds while df
// stays within a fifth: a phrase search for each of thousands of words
// was a third of a rebuild.
func (ix *Index) longSpelling(tc *readerCounter, term string, df uint64) string {
	last, _ := utf8.DecodeLastRuneInString(term)
	if utf8.RuneCountInString(term) < 3 || !isKatakanaLetter(last) || strings.ContainsFunc(term, func(r rune) bool { return !isKatakanaLetter(r) && r != 'ー' }) {
		return term
	}
	if v, ok := ix.sug.long.Load(term); ok {
		if c := v.(longCheck); 5*df >= 4*c.df && 4*df <= 5*c.df {
			return c.spelling
		}
	}
	spelling := term
	if n := tc.countQuery(bigramQuery(term + "ー")); n < math.MaxUint64 && 2*n >= df {
		spelling = term + "ー" // (MaxUint64: the index could not tell)
	}
	ix.sug.long.Store(term, longCheck{df: df, spelling: spelling})
	return spelling
}

// dictSpelling returns the user dictionary's spelling of a Latin word the
// index holds lower-cased (NVIDIA, JAXA, OpenAI), or "": a word only the
// bodies have is shown as the dictionary writes it, not as its term.
func (ix *Index) dictSpelling(term string) string {
	ix.sug.spellOnce.Do(func() {
		ix.sug.spellings = map[string]string{}
		for line := range strings.Lines(ix.opts.UserDict) {
			surface, _, _ := strings.Cut(strings.TrimSpace(line), ",")
			if surface != "" && !strings.HasPrefix(surface, "#") && strings.ToLower(surface) != surface &&
				!strings.ContainsFunc(surface, func(r rune) bool { return r >= utf8.RuneSelf }) {
				ix.sug.spellings[analyzer.WordTerm(surface)] = surface
			}
		}
	})
	return ix.sug.spellings[term]
}

// counters are the kanji that count after a number (100億円, 3年, 5人).
const counters = "円年人件個台倍歳回枚万億兆割社度位号階隻基"

// knownWhole reports whether the dictionary knows s as one katakana word.
func (ix *Index) knownWhole(s string) bool {
	if utf8.RuneCountInString(s) < 3 || !analyzer.IsKana(s) || !strings.ContainsFunc(s, isKatakanaLetter) {
		return false
	}
	toks := ix.an.Tokens(s)
	return len(toks) == 1 && toks[0].Surface == s && (toks[0].Class == "known" || toks[0].Class == "user")
}

// longCheck is a longSpelling answer and the df it was given for.
type longCheck struct {
	df       uint64
	spelling string
}

// wordInfo analyses an index term once.
func (ix *Index) wordInfo(term string) wordInfo {
	if v, ok := ix.sug.words.Load(term); ok {
		return v.(wordInfo)
	}
	var info wordInfo
	all := ix.an.Tokens(term)
	toks := indexed(all)
	switch {
	case !suggestible(term):
	case joinedWhole(all, term) && len(toks) > 0 && strings.Contains(counters, toks[0].Term) && utf8.RuneCountInString(toks[0].Term) == 1:
		// A counter joined to the word after it (1兆円|規模 → 円規模, 3年|以上
		// → 年以上): no word.
	case joinedWhole(all, term):
		// Compounds of one-character words and names kagome splits
		// (独|女, 婚|活, 本田|圭|佑): the index holds them joined, under
		// the readings the reading field gives the whole.
		info.content, info.joined = true, true
		for _, t := range ix.an.IndexedTokens(term, true) {
			if t.Start == 0 && t.End == len(term) && t.Reading != "" && !slices.Contains(info.others, t.Reading) {
				info.others = append(info.others, t.Reading)
			}
		}
		if len(info.others) > 0 {
			info.reading, info.others = info.others[0], info.others[1:]
		}
	case len(toks) > 0 && utf8.RuneCountInString(term) >= 2:
		info.content = true
		var r strings.Builder
		for _, t := range toks {
			info.content = info.content && t.Content
			r.WriteString(t.Reading)
			if t.Reading == "" {
				r.Reset()
				break
			}
		}
		// Stemmed as a whole, as the index stems the joined word: スカイ|ツリー
		// reads スカイツリ like the term スカイツリ.
		info.reading = analyzer.NormalizeReading(r.String())
	}
	info.long = !info.joined && ix.knownWhole(term+"ー")
	ix.sug.words.Store(term, info)
	return info
}

// joinedWhole reports whether the analyzer joined the pieces of term into
// one token that spans it.
func joinedWhole(toks []analyzer.Token, term string) bool {
	return slices.ContainsFunc(toks, func(t analyzer.Token) bool {
		return t.Class == "shingle" && t.Start == 0 && t.End == len(term)
	})
}

// suggestible reports whether an index term may be offered as a word: not
// a fragment the analyzer cut from a longer word (ーションズ, ングトゥース,
// ッソン), not two kana of grammar (てる, なか), not a piece of a web address.
func suggestible(term string) bool {
	r, _ := utf8.DecodeRuneInString(term)
	switch {
	case strings.ContainsRune("ーンッァィゥェォャュョヮヵヶんっぁぃぅぇぉゃゅょゎ", r):
		return false
	case utf8.RuneCountInString(term) <= 2 && !strings.ContainsFunc(term, func(r rune) bool { return r < 'ぁ' || r > 'ゖ' }):
		return false
	}
	return !webWords[term]
}

// webWords are the pieces of addresses (http://www.example.co.jp/x.html)
// that bodies are full of.
var webWords = map[string]bool{"http": true, "https": true, "www": true, "com": true, "co": true, "jp": true,
	"ne": true, "net": true, "org": true, "html": true, "htm": true, "php": true, "cgi": true, "asp": true}

// dropPartialJoins drops the joined words that are only ever the start of
// a longer one: 本田圭 of 本田圭佑, 長友佑 of 長友佑都 (the index joins every
// run of two to four pieces).
func (b *sugBuilder) dropPartialJoins() {
	terms := make([]string, 0, len(b.terms))
	for t := range b.terms {
		terms = append(terms, t)
	}
	sort.Strings(terms)
	for i, t := range terms {
		s := b.terms[t]
		if !s.joined {
			continue
		}
		for _, longer := range terms[i+1:] {
			if !strings.HasPrefix(longer, t) {
				break
			}
			if float64(b.terms[longer].count) >= partialJoinShare*float64(s.count) {
				delete(b.terms, t)
				break
			}
		}
	}
}

// partialJoinShare: a joined word is part of a longer one when the longer
// one is in this share of its articles.
const partialJoinShare = 0.8

// mergeTerms turns the word statistics into entries. The same word in
// kana and kanji is one entry (its readings agree and one spelling is all
// kana), and so are spellings that differ only by ー (量子コンピュータ,
// 量子コンピューター); the entry shows the most common spelling. Kanji
// homophones (科学, 化学) stay apart.
func (b *sugBuilder) mergeTerms() {
	byReading := map[string][]*termStat{}
	var stats []*termStat
	for _, s := range b.terms {
		stats = append(stats, s)
		if s.reading != "" {
			// Folded alike: a user-dictionary reading keeps ディ, the
			// reading field's is デイ (NVIDIA and エヌビディア are one word).
			r := analyzer.NormalizeReading(s.reading)
			byReading[r] = append(byReading[r], s)
		}
	}
	merged := map[*termStat]bool{}
	for _, group := range byReading {
		if len(group) < 2 {
			continue
		}
		sort.Slice(group, func(i, j int) bool { return group[i].count > group[j].count })
		var into *termStat
		for _, s := range group {
			if !isKanaWord(bestSurface(s)) {
				into = s
				break
			}
		}
		if into == nil {
			into = group[0]
		}
		for _, s := range group {
			if s == into || merged[s] {
				continue
			}
			if !isKanaWord(bestSurface(s)) && withoutLong(bestSurface(s)) != withoutLong(bestSurface(into)) {
				continue
			}
			for sf, w := range s.surfaces {
				into.surfaces[sf] += w
			}
			into.count += s.count
			into.recent += s.recent
			merged[s] = true
		}
	}
	for _, s := range stats {
		if merged[s] {
			continue
		}
		entry := int32(len(b.entries))
		text := bestSurface(s)
		b.entries = append(b.entries, sugEntry{text: text, kind: kindTerm, count: int32(s.count),
			score: float32(float64(s.count) + titleWordWeight*s.recent)})
		for sf := range s.surfaces {
			b.key(analyzer.Fold(sf), entry)
		}
		if s.reading != "" {
			b.key(s.reading, entry)
		}
		for _, r := range s.others {
			b.key(r, entry)
		}
	}
}

func withoutLong(s string) string { return strings.ReplaceAll(s, "ー", "") }

// bestSurface is a word's most used spelling.
func bestSurface(s *termStat) string {
	best, bw := "", -1.0
	for sf, w := range s.surfaces {
		if w > bw || (w == bw && sf < best) {
			best, bw = sf, w
		}
	}
	return best
}

func isKanaWord(s string) bool {
	return analyzer.IsKana(s) && !strings.ContainsFunc(s, func(r rune) bool { return unicode.Is(unicode.Han, r) })
}

// labels adds categories or tags with their article counts.
func (b *sugBuilder) labels(ctx context.Context, kind, field string) error {
	d, err := b.ix.b.FieldDict(field)
	if err != nil {
		return err
	}
	defer d.Close()
	tc := &readerCounter{ctx: ctx, ix: b.ix.b}
	defer tc.close()
	for n := 0; ; n++ {
		if n%4096 == 0 && ctx.Err() != nil {
			return ctx.Err()
		}
		e, err := d.Next()
		if err != nil {
			return err
		}
		if e == nil {
			return nil
		}
		count := e.Count // deleted articles count until a merge drops them
		if count < suggestCheckBelow {
			if count = tc.count(e.Term, field); count == 0 {
				continue
			}
		}
		entry := int32(len(b.entries))
		b.entries = append(b.entries, sugEntry{text: e.Term, kind: kind, count: int32(count), score: float32(count) + 1})
		b.key(analyzer.Fold(e.Term), entry)
		if r := readingKey(b.ix.an, e.Term); r != "" {
			b.key(r, entry)
		}
	}
}

// key makes an entry findable by k (cut to suggestKeyRunes).
func (b *sugBuilder) key(k string, entry int32) {
	k = strings.TrimSpace(k)
	if k == "" {
		return
	}
	if utf8.RuneCountInString(k) > suggestKeyRunes {
		n := 0
		for i := range k {
			if n == suggestKeyRunes {
				k = k[:i]
				break
			}
			n++
		}
	}
	b.keys = append(b.keys, sugKey{key: k, entry: entry})
}
