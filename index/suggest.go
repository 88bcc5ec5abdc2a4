package index

import (
	"context"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"time"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"sagasu/analyzer"
)

// Suggestions for the search box: the public entry (Suggest, SuggestStats),
// the types of the suggestion data and of the suggester that rebuilds it,
// and the fallbacks tried when what was typed completes nothing as it
// stands (spelt nearly so, or typed past what the archive writes).

// Suggestion limits.
const (
	DefaultSuggestSize = 8
	MaxSuggestSize     = 20
	MaxSuggestRunes    = 100
)

// Suggestion is one completion for the search box.
type Suggestion struct {
	Text  string `json:"text"`
	Kind  string `json:"kind"` // term, title, category or tag
	ID    string `json:"id,omitempty"`
	Count int    `json:"count"` // articles that use it
}

// Suggestion kinds.
const (
	kindTerm     = "term"
	kindTitle    = "title"
	kindCategory = "category"
	kindTag      = "tag"
)

// sugEntry is one thing that can be suggested.
type sugEntry struct {
	text  string
	kind  string
	id    string
	count int32
	score float32
}

// sugKey makes an entry findable by a prefix: its folded text, or its
// reading in katakana.
type sugKey struct {
	key   string
	entry int32
	exact bool // matches only a prefix that is the whole key
	// weak: an entry found by no other key ranks at variantWeight of its
	// score (a rarer reading: がいしゃ is 外車 before 会社).
	weak bool
}

// variantWeight: see sugKey.weak.
const variantWeight = 0.01

// suggestIndex is an immutable snapshot of everything suggestible, with
// its keys sorted so a prefix is a range. Short prefixes (one or two
// characters) match thousands of keys, so their best entries are
// remembered the first time they are asked for.
type suggestIndex struct {
	gone    *goneIDs // the suggester's, set when shown: titles not to suggest
	entries []sugEntry
	keys    []sugKey
	memo    sync.Map // short prefix -> []int32, best first
	// aliases maps the folded spelling of a name merged into a word of
	// the other script (tesla) to that word's (テスラ): a tag spelt so is
	// the same suggestion.
	aliases map[string]string
	// latin holds the Latin spelling of a word shown in another script
	// (Tesla of テスラ): what a reader typing its letters (tes) sees.
	latin map[int32]latinSpelling
	// unshown maps a reading to the words no suggestion shows that the
	// search still reads kana by (著作, of 著作権: see dropPartialJoins).
	unshown map[string][]string
	// english holds what the box holds while a reader types an English
	// key of the glossary (semic, quantum: see englishKeys).
	english map[string]bool
	bytes   int // approximate memory held
	built   time.Time
	took    time.Duration
	// uncounted: the build left compounds past its counting budget,
	// having counted some (see compoundCounts); a build follows soon.
	uncounted bool
	// untried: the build left words in few articles unanalysed, past
	// maxTailWords; the next build, after a write, tries them.
	untried bool
	// writes and docs are the index's write count (see snapToKeep) and
	// article count when the build began.
	writes, docs uint64
	// keptAs holds the segment files of the file the data was read
	// from, "" for data built (see keep).
	keptAs string
}

// SuggestStats describes the current suggestion data.
type SuggestStats struct {
	Entries int           `json:"entries"`
	Keys    int           `json:"keys"`
	Bytes   int           `json:"bytes"`
	Built   time.Time     `json:"built"`
	Took    time.Duration `json:"took"`
}

// suggester holds the current snapshot and rebuilds it after writes.
type suggester struct {
	cur     atomic.Pointer[suggestIndex]
	changed chan struct{}
	stop    chan struct{}
	done    chan struct{}
	// saveMu: one write of suggest.cache at a time (Close's beside the
	// builder's).
	saveMu    sync.Mutex
	words     sync.Map // term -> wordInfo, kept across rebuilds
	long      sync.Map // term -> longCheck, kept across rebuilds
	cased     sync.Map // term -> longCheck, kept across rebuilds (see caseSpelling)
	compounds sync.Map // field and terms -> compoundCheck, kept across rebuilds
	labels    sync.Map // category or tag -> readingKey, kept across rebuilds
	// used holds the keys of words, long, cased and labels the build
	// under way looked up, nil between builds (see pruneUnused).
	usedMu sync.Mutex
	used   *usedKeys
	// learnt counts what the caches above learnt since they were last
	// saved, saved what they held then (see saveSuggestCache).
	learnt, saved atomic.Int64
	spellOnce     sync.Once
	spellings     map[string]string      // see dictSpelling
	wholes        map[string][]string    // see compoundsOf
	pairs         map[[2]string][]string // see userWholes
	dirtyMu       sync.Mutex
	dirty         map[string]bool // see markDirty
	gone          goneIDs         // see suggest_gone.go
	mu            sync.Mutex
	cancels       map[int]context.CancelFunc // of the rebuilds under way (see hold)
	nextID        int
	held          bool
	building      sync.Mutex // held by the build under way (see RefreshSuggest)
	// built, when set, is called as a build is about to show its data
	// (tests hold a build there).
	built atomic.Pointer[func()]
	// budget replaces the time budget of a lookup (nearlyTypedBudget)
	// when set: tests of what the lookups find set it high, so a busy
	// machine does not cut them short.
	budget time.Duration
	// compoundWork replaces compoundWork (the constant) when set (tests
	// set it while a background build may read it).
	compoundWork atomic.Int64
	// countPause, when set, pauses each compound count as a busy
	// machine would (tests).
	countPause time.Duration
	// tailWords replaces maxTailWords when set (tests).
	tailWords int
	// newestTitles replaces suggestTitles when set (tests).
	newestTitles int
	// first is closed once the first data is shown, or the first build
	// failed, after a start; next when the next data is shown (see
	// await).
	first  atomic.Pointer[chan struct{}]
	nextMu sync.Mutex
	next   chan struct{}
	// shown counts the data shown; gaveUp is shown+1 when a wait ran
	// out with that data shown (see awaitSuggest), 0 before any did.
	shown, gaveUp atomic.Uint64
	// wait replaces dataWait when set (tests).
	wait time.Duration
}

// within returns d, or the budget tests set in its place.
func (s *suggester) within(d time.Duration) time.Duration {
	if s.budget > 0 {
		return s.budget
	}
	return d
}

// Suggest completes what a reader is typing. q may be a prefix in kanji,
// katakana or Latin letters ("自動", "ロボ", "tes"), hiragana typed before
// conversion ("じどう"), or romaji the IME has not converted yet ("jidou",
// "robot": a trailing unfinished syllable matches any kana it could
// become). With several words the last is completed after the others
// ("量子 こ" → 量子コンピュータ). Blank q gives no suggestions.
func (ix *Index) Suggest(ctx context.Context, q string, size int) ([]Suggestion, error) {
	if size == 0 {
		size = DefaultSuggestSize
	}
	if size < 1 || size > MaxSuggestSize {
		return nil, badParam("size", "invalid_parameter", "must be between 1 and %d, not %d", MaxSuggestSize, size)
	}
	if !utf8.ValidString(q) {
		return nil, badParam("q", "invalid_utf8", "is not valid UTF-8")
	}
	if n := utf8.RuneCountInString(q); n > MaxSuggestRunes {
		return nil, badParam("q", "query_too_long", "has %d characters; the limit is %d", n, MaxSuggestRunes)
	}
	if strings.TrimSpace(q) == "" {
		return []Suggestion{}, nil
	}
	if i := strings.IndexFunc(q, isBadControl); i >= 0 {
		// (Tab and line breaks are spaces, as in a search.)
		return nil, badParam("q", "invalid_query", "contains the control character %U at character %d; remove it", []rune(q[i:])[0], utf8.RuneCountInString(q[:i])+1)
	}
	if t, ok := syntaxTyped(q); ok {
		return ix.suggestAfterSyntax(ctx, t, size)
	}
	return ix.suggestWords(ctx, q, size)
}

// suggestWords completes q, plain words (no editor syntax), checked.
func (ix *Index) suggestWords(ctx context.Context, q string, size int) ([]Suggestion, error) {
	// (Trimmed before folding too: folding makes letters of some
	// symbols, ℡ tel; composed first, so a voicing mark typed apart is
	// part of its kana, ト+U+3099 ド, not trimmed as a mark.)
	words := typedWords(analyzer.Fold(strings.Join(typedWords(norm.NFC.String(q)), " ")))
	if len(words) == 0 {
		return []Suggestion{}, nil
	}
	for i, w := range words {
		if l := woLong(w); l != w { // ウォークマン typed wo-ku: をーく
			words[i] = l
			q = strings.Join(words, " ")
		}
	}
	if n := len(words); n > 2 {
		// A word typed again before the last adds nothing to complete
		// it with (量子 量子 こ is 量子 こ), and is not shown twice.
		if before := uniqueWords(words[:n-1]); len(before) < n-1 {
			words = append(before, words[n-1])
			q = strings.Join(words, " ")
		}
	}
	ix.awaitSuggest(ctx)
	release, err := ix.acquire()
	if err != nil {
		return nil, err
	}
	defer release()
	si := ix.sug.cur.Load()
	if si == nil {
		return []Suggestion{}, nil // the first build is still running
	}
	out, asTyped := ix.completeOrNear(ctx, si, q, words, size)
	out = ix.lettersInside(ctx, si, words, out, asTyped, size)
	if len(out) == 0 {
		out = ix.modelApart(ctx, si, words)
	}
	if len(out) == 0 {
		out = ix.voicedAfter(ctx, si, words, size)
	}
	if len(out) == 0 {
		out = ix.overtyped(ctx, si, words, size)
	}
	out = ix.latinAfterLatin(ctx, si, words, out, size)
	if !asTyped {
		out = ix.kanaNamed(ctx, si, words, out, size)
		out = ix.kanaNameBegun(ctx, si, words, out, size)
	}
	return ix.soundNamed(ctx, si, words, out, size), nil
}

// completeOrNear completes words, or a single word that completes nothing
// as spelt nearly so (see nearlyTyped). asTyped is false when no word
// completes a single word as typed: the suggestions are words nearly so,
// or two words the kana run on into (すまーとほん: スマート 本体), or none.
func (ix *Index) completeOrNear(ctx context.Context, si *suggestIndex, q string, words []string, size int) (out []Suggestion, asTyped bool) {
	out = ix.complete(ctx, si, q, words, size)
	if len(words) != 1 {
		return out, true
	}
	if typed, ok := ix.typedForms(words[0]); ok {
		if w, ok := ix.inflectedTyped(ctx, si, typed, size); ok {
			// 騙された, だまされる: the verb they are forms of first.
			return fillUp([]Suggestion{w}, out, size), true
		}
		if w, ok := ix.stemTyped(ctx, si, typed, size); ok {
			// 懐かし, なつかし: the adjective 懐かしい, among the words
			// that complete the stem as typed by their articles.
			return withStemWord(w, out, size), true
		}
	}
	switch {
	case len(out) == 0:
		if near := ix.nearlyTyped(ctx, si, words[0], size); near != nil {
			out = near
		}
		return out, false
	case ranOn(out):
		// Kana read as a word and the start of another (すまーとほん:
		// スマート 本体) may be one word with a typo (スマートフォン): a
		// word nearly as typed, whole, that more articles have, first.
		if w, ok := ix.typoWord(si, words[0], out[0].Count); ok {
			out = fillUp([]Suggestion{w}, out, size)
		} else if near := ix.loanSounded(ctx, si, words[0], size); near != nil {
			// ちむばーとん, read チーム and バートン: ティム・バートン,
			// its ティ typed ti, first.
			out = fillUp(near, out, size)
		}
		return out, false
	}
	return out, true
}

// maxOvertyped bounds the characters typed past what the archive has
// that overtyped takes back.
const maxOvertyped = 3

// overtyped completes the last word without its last few characters when
// nothing completes it whole: a reader typing past what the archive
// writes (jensenh of ジェンスン・フアン, ちゃっとgpt of ChatGPT, a key too
// many) keeps the words the box showed a key before, rather than an
// empty box. What is left is at least two characters, three Latin
// letters (z, zz and zzq complete as sounds, not as a word begun) unless
// one is a digit (h3r: H3 and a syllable begun). A number typed after
// other words that nothing completes with them (xbox 360, windows 7: the
// articles write the number apart, and no word starts with it) is
// dropped whole: the words before it complete as they did a key before.
func (ix *Index) overtyped(ctx context.Context, si *suggestIndex, words []string, size int) []Suggestion {
	if n := len(words); n > 1 && isNumber(words[n-1]) {
		ws := words[:n-1]
		if out, _ := ix.completeOrNear(ctx, si, strings.Join(ws, " "), ws, size); slices.ContainsFunc(out, isWordSuggestion) {
			return out
		}
		return []Suggestion{}
	}
	last := []rune(words[len(words)-1])
	// Kana typed past what the archive writes offers only a word that
	// reads as all of them but for a slip, not a shorter one (いしかわ is
	// no 医師), and the titles found (see slipsOf).
	kana := ""
	if len(words) == 1 {
		kana = kanaTyped(words[0])
	}
	for cut := 1; cut <= maxOvertyped && cut < len(last); cut++ {
		rest := string(last[:len(last)-cut])
		if n := len(last) - cut; n < 2 || n < 3 && isLatinWord(rest) && !strings.ContainsFunc(rest, unicode.IsDigit) {
			break
		}
		ws := append(slices.Clip(words[:len(words)-1]), rest)
		out, _ := ix.completeOrNear(ctx, si, strings.Join(ws, " "), ws, size)
		if !slices.ContainsFunc(out, isWordSuggestion) {
			continue
		}
		if kana != "" {
			out = ix.slipsOf(out, kana)
		}
		if out != nil {
			return out
		}
	}
	return []Suggestion{}
}

// isNumber reports whether a typed word is digits only (folded: 360, not
// ３６０).
func isNumber(w string) bool {
	return w != "" && !strings.ContainsFunc(w, func(r rune) bool { return r < '0' || r > '9' })
}

// SuggestStats reports on the current suggestion data.
func (ix *Index) SuggestStats() SuggestStats {
	si := ix.sug.cur.Load()
	if si == nil {
		return SuggestStats{}
	}
	return SuggestStats{Entries: len(si.entries), Keys: len(si.keys), Bytes: si.bytes, Built: si.built, Took: si.took}
}
