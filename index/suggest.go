package index

import (
	"cmp"
	"context"
	"slices"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"time"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"sagasu/analyzer"
)

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
	cur       atomic.Pointer[suggestIndex]
	changed   chan struct{}
	stop      chan struct{}
	done      chan struct{}
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
	// compoundBudget replaces compoundBudget (the constant) when set, in
	// nanoseconds (tests set it while a background build may read it).
	compoundBudget atomic.Int64
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
	// (Trimmed before folding too: folding makes letters of some
	// symbols, ℡ tel; composed first, so a voicing mark typed apart is
	// part of its kana, ト+U+3099 ド, not trimmed as a mark.)
	words := typedWords(analyzer.Fold(strings.Join(typedWords(norm.NFC.String(q)), " ")))
	if len(words) == 0 {
		return []Suggestion{}, nil
	}
	if n := len(words); n > 2 {
		// A word typed again before the last adds nothing to complete
		// it with (量子 量子 こ is 量子 こ), and is not shown twice.
		if before := uniqueWords(words[:n-1]); len(before) < n-1 {
			words = append(before, words[n-1])
			q = strings.Join(words, " ")
		}
	}
	release, err := ix.acquire()
	if err != nil {
		return nil, err
	}
	defer release()
	si := ix.sug.cur.Load()
	if si == nil {
		return []Suggestion{}, nil // the first build is still running
	}
	out := ix.completeOrNear(ctx, si, q, words, size)
	if len(out) == 0 {
		out = ix.overtyped(ctx, si, words, size)
	}
	return out, nil
}

// completeOrNear completes words, or a single word that completes nothing
// as spelt nearly so (see nearlyTyped).
func (ix *Index) completeOrNear(ctx context.Context, si *suggestIndex, q string, words []string, size int) []Suggestion {
	out := ix.complete(ctx, si, q, words, size)
	if len(words) != 1 {
		return out
	}
	switch {
	case len(out) == 0:
		if near := ix.nearlyTyped(ctx, si, words[0], size); near != nil {
			out = near
		}
	case ranOn(out):
		// Kana read as a word and the start of another (すまーとほん:
		// スマート 本体) may be one word with a typo (スマートフォン): a
		// word nearly as typed, whole, that more articles have, first.
		if w, ok := ix.typoWord(si, words[0], out[0].Count); ok {
			out = fillUp([]Suggestion{w}, out, size)
		}
	}
	return out
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
// one is a digit (h3r: H3 and a syllable begun).
func (ix *Index) overtyped(ctx context.Context, si *suggestIndex, words []string, size int) []Suggestion {
	last := []rune(words[len(words)-1])
	for cut := 1; cut <= maxOvertyped && cut < len(last); cut++ {
		rest := string(last[:len(last)-cut])
		if n := len(last) - cut; n < 2 || n < 3 && isLatinWord(rest) && !strings.ContainsFunc(rest, unicode.IsDigit) {
			break
		}
		ws := append(slices.Clip(words[:len(words)-1]), rest)
		if out := ix.completeOrNear(ctx, si, strings.Join(ws, " "), ws, size); slices.ContainsFunc(out, isWordSuggestion) {
			return out
		}
	}
	return []Suggestion{}
}

// complete completes words, the folded words of q, with the suggestion
// data si.
func (ix *Index) complete(ctx context.Context, si *suggestIndex, q string, words []string, size int) []Suggestion {
	if kept := ix.withoutGrammar(si, words); len(kept) < len(words) {
		// Particles typed first as words of their own (の k, を じどう)
		// are nothing to complete after, as a search leaves them out.
		words, q = kept, strings.Join(kept, " ")
	}
	out := ix.suggestFrom(ctx, si, q, words, size)
	if latin := ix.latinCompletions(ctx, si, words, size); latin != nil {
		return fillUp(latin, out, size)
	}
	last := words[len(words)-1]
	if slices.ContainsFunc(out, func(s Suggestion) bool { return s.Kind != kindTitle }) && !typedAfterParticle(last) {
		return out // (a category or tag is a word too: はんどうたい is 半導体)
	}
	// No word completes the last one (titles may): it may run on past a
	// word and a particle (ぜんこたいでんちの, トヨタのじ), in kana or in
	// romaji before conversion (dokujokekko as どくじょけっこ). What that
	// finds comes first, then the titles; so after a particle, where
	// kana read with it are rarely meant (婚活のこ: 婚活 言葉 before 婚活
	// 残り).
	if kana, pending, ok := toKana(last); ok && kana != "" && isRomaji(last) {
		last = toHiragana(kana) + pending
	}
	if w := ix.reread(si, last); w != "" {
		typed := typedWords(q)
		if len(typed) != len(words) {
			typed = words
		}
		q = strings.Join(append(slices.Clone(typed[:len(typed)-1]), w), " ")
		words = typedWords(strings.Join(append(slices.Clone(words[:len(words)-1]), w), " "))
		if len(words) == 0 {
			return out // (!の: a mark and a particle)
		}
		out = fillUp(ix.suggestFrom(ctx, si, q, words, size), out, size)
	}
	return out
}

// fillUp appends to first the suggestions of then it lacks, up to size.
func fillUp(first, then []Suggestion, size int) []Suggestion {
	for _, s := range then {
		if len(first) < size && !slices.Contains(first, s) {
			first = append(first, s)
		}
	}
	return first
}

// suggestFrom completes words, the folded words of q, with the
// suggestion data si.
func (ix *Index) suggestFrom(ctx context.Context, si *suggestIndex, q string, words []string, size int) []Suggestion {
	typed := strings.Join(words, "") // the words as typed, folded: 生成ai is a word's key
	last, pending := imeTail(words[len(words)-1])
	// Earlier words still in kana or romaji are the words they read as
	// (zenkotaidenchi to: 全固体電池 トヨタ).
	asTyped := words
	words = ix.converted(si, words)
	// Latin letters last may be a name typed as such (tes: Tesla), but
	// not after romaji read as words (zenkotaidenchi to is トヨタ).
	latinTyped := ""
	if w := asTyped[len(asTyped)-1]; isLatinWord(w) && slices.Equal(asTyped, words) {
		latinTyped = w
	}
	context := strings.Join(words[:len(words)-1], "")
	// What precedes a completion of last alone: the other words as the
	// articles write them (iphone is iPhone), or as the reader did.
	echo := si.echo(typedWords(q), words)
	if pending != "" && last != "" && !analyzer.IsKana(last) && context != "" {
		// Converted text and an unfinished syllable after other words
		// (量子 暗号k): the syllable completes them all.
		context, last, echo = context+last, "", ""
	}
	split := "" // converted text the kana after it was split from
	if context == "" {
		// Converted text and kana still being typed, with no space
		// between (量子こ, 自動う, 量子k): the kana completes in the
		// context of what was converted.
		if head, tail := splitTyping(last); head != "" {
			context, last, echo, split = head, tail, "", head
		} else if pending != "" && !analyzer.IsKana(last) {
			context, last, echo = last, "", ""
		}
	}
	out := []Suggestion{}
	seen := map[string]bool{}
	// Lookups fetch more than size: add drops entries that are another's
	// word (the tag 量子コンピューター beside the word 量子コンピュータ), and
	// the reader still gets size of them.
	fetch := max(size, keepBest)
	keyOf := func(text, kind string) string {
		if kind == kindTitle {
			return text
		}
		// A word, a tag and a category spelt alike but for width, case
		// or a final ー are one suggestion (量子コンピュータ, the tag
		// 量子コンピューター).
		key := analyzer.WordTerm(text)
		if a, ok := si.aliases[key]; ok {
			key = a
		}
		return "\x00" + key
	}
	add := func(prefix string, ids []int32) {
		for _, i := range ids {
			if len(out) == size {
				return
			}
			e := &si.entries[i]
			text := prefix + e.text
			key := keyOf(text, e.kind)
			if seen[key] {
				continue
			}
			seen[key] = true
			// Letters typed may be a name or its romaji before
			// conversion (tes: Tesla, tesura: テスラ): the name as typed
			// first, then as most articles write it if it reads so.
			if latin, native := si.latin[i].shownAs(latinTyped); latin {
				out = append(out, Suggestion{Text: prefix + si.latin[i].text, Kind: e.kind, ID: e.id, Count: int(e.count)})
				if !native || len(out) == size {
					continue
				}
			}
			out = append(out, Suggestion{Text: text, Kind: e.kind, ID: e.id, Count: int(e.count)})
		}
	}
	withTyped := func(groups [][]string) [][]string {
		if typed == context+last && pending == "" {
			return groups // read as typed already
		}
		// Letters the IME tail took for kana may be a word's own (生成ai,
		// エッジai): the text as typed comes first.
		return append([][]string{{typed}}, groups...)
	}
	if context == "" {
		groups := withTyped(ix.prefixes("", last, pending))
		if head, tail := splitLatinTail(words[0]); tail != "" && analyzer.IsKana(head) {
			// Kana and then Latin letters typed as such (せいせいai): a
			// word of Japanese and Latin (生成AI) by its mixed key.
			groups = append(groups, []string{analyzer.ReadingPrefix(head) + tail})
		}
		ids := si.lookupGroups(groups, fetch)
		if si.english[latinTyped] {
			ids = si.latinWordsFirst(ids, latinTyped, size)
		}
		add("", ids)
		return out
	}
	// The last word completed as part of one word with the others
	// (量子 こ → 量子コンピュータ), or else on its own after them. A
	// word of the others converted stays as written: タイ こ is no 対抗,
	// which reads タイコウ, nor a title on 対抗.
	groups := ix.prefixes(context, last, pending)
	if spaced := latinPhrase(asTyped); spaced != "" && len(asTyped) > 2 && pending == "" {
		// Three Latin words or more, as names and their models are
		// written with spaces (nintendo switch 2 of the tag Nintendo
		// Switch 2; two are keyed so by prefixes).
		groups[0] = append(groups[0], spaced)
	}
	whole := si.lookupGroups(withTyped(groups), fetch)
	if !isHiragana(context) && !strings.ContainsFunc(context, isASCIILetter) { // (data c is データセンター)
		written := strings.TrimSuffix(context, "ー") // (コンピューター う is コンピュータウイルス)
		whole = slices.DeleteFunc(whole, func(i int32) bool {
			e := &si.entries[i]
			if e.kind == kindTitle {
				return !strings.Contains(analyzer.Fold(e.text), written)
			}
			return !strings.HasPrefix(withoutHonorific(analyzer.Fold(e.text)), written) // (見合い: お見合い)
		})
	}
	add("", whole)
	if len(out) == 0 && echo == "" && !isRomaji(context) {
		// Converted text that reads as nothing the articles have (耐量子
		// + あ; 半導 + たい, 導 alone read しるべ): words that start with it.
		add("", ix.afterUnread(si, context, last, pending, fetch))
	}
	before, strict := words[:len(words)-1], false
	if echo == "" && split != "" && (!isRomaji(split) || si.spelling(split) != "") && utf8.RuneCountInString(last) >= 2 && !isSingleKanji(split) {
		// Kana typed right after converted text that make no word with
		// it (独女けっこ), or after a name typed in Latin letters
		// (JAXAうちあげ): a word after it, as if a space were between
		// (独女 結婚), but only words some article has beside it, and
		// not for one kana, which is more often the rest of a word
		// being typed or a particle (自動う is no 自動 Windows, 電池と no
		// 電池 トヨタ), nor after one kanji, more often a word's kana
		// (上がる is no 上 ガールズ).
		echo, before, strict = cmp.Or(si.spelling(split), typedHead(q, split))+" ", []string{split}, true
	}
	if echo != "" && !slices.ContainsFunc(out, func(s Suggestion) bool { return s.Kind == kindTerm }) {
		// No word completes the words together (titles may: 量子 あん
		// is the start of a title with 量子暗号): complete the last one
		// after the others (but not the kana of 量子こ alone), with the
		// words articles have beside them, ahead of the titles.
		titles := out
		out = []Suggestion{}
		// A pair spelt as a tag found before (自動運転 タクシー, the tag
		// 自動運転タクシー) is shown as the pair, with the articles that
		// have the two, and the tag not again.
		clear(seen)
		groups := ix.prefixes("", last, pending)
		var ids []int32
		var counts []int
		n := len(before)
		typedName := "" // a name typed in Latin letters that reads as kana too (nintendo: ニンテンドー)
		if split == "" && len(asTyped) >= 2 && !slices.Equal(asTyped, words) {
			typedName = si.latinSpelling(asTyped[len(asTyped)-2])
		}
		if isLatinWord(last+pending) && (n > 0 && isLatinWord(before[n-1]) || typedName != "") {
			// Letters after a word of Latin letters: the Latin words
			// first, as one types English on (google ch: Google Chrome,
			// where the twelve checked had been words read チ), and
			// then the words they read as when none goes with it
			// (iphone kai: 買取).
			ids, counts = ix.besideContext(ctx, si, before, groups[:1], strict, size)
			switch {
			case !slices.ContainsFunc(counts, func(n int) bool { return n > 0 }):
				if len(groups) > 1 {
					ids, counts = ix.besideContext(ctx, si, before, groups, strict, size)
				}
			case typedName != "":
				// The name as typed before them (nintendo sw is Nintendo
				// Switch, not ニンテンドー Switch).
				echo = strings.Join(append(slices.Clone(words[:len(words)-2]), typedName), " ") + " "
			}
		} else {
			ids, counts = ix.besideContext(ctx, si, before, groups, strict, size)
		}
		if !slices.ContainsFunc(counts, func(n int) bool { return n >= 0 }) {
			// No word before is in any article (kagawa shi, romaji
			// that reads as no word the archive has): the word alone,
			// as a search relaxed for the others finds it, not words
			// shown beside the others that no article has with them.
			echo = ""
		}
		for k, i := range ids {
			n := len(out)
			add(echo, []int32{i})
			for j := n; j < len(out) && counts[k] >= 0; j++ {
				// The articles with the word and the others, which a
				// search for them finds, not those with the word alone
				// (for both spellings of a name: 自動運転 Tesla, テスラ).
				out[j].Count = counts[k]
			}
		}
		for _, t := range titles {
			if len(out) < size && !seen[keyOf(t.Text, t.Kind)] {
				out = append(out, t)
			}
		}
	}
	return out
}

// latinPhrase returns words joined with spaces when each is Latin letters
// or digits, as a name and its model are keyed (iphone 17 pro), or "".
func latinPhrase(words []string) string {
	for _, w := range words {
		if w == "" || strings.ContainsFunc(w, func(r rune) bool { return r >= utf8.RuneSelf || !isASCIIAlnum(r) }) {
			return ""
		}
	}
	return strings.Join(words, " ")
}

// withoutHonorific returns s without the お or ご it starts with.
func withoutHonorific(s string) string {
	if t, ok := strings.CutPrefix(s, "お"); ok {
		return t
	}
	return strings.TrimPrefix(s, "ご")
}

// typedHead returns the converted text split from the kana after it, as
// the reader typed it in q (H3 of H3うちあげ, not the folded h3), or split
// when q's last word does not start with it.
func typedHead(q, split string) string {
	typed := typedWords(q)
	if len(typed) == 0 {
		return split
	}
	if h, _ := splitTyping(typed[len(typed)-1]); h != "" && analyzer.Fold(h) == split {
		return h
	}
	return split
}

// withoutGrammar returns words without the hiragana words of grammar
// (の, を, について) they start with, before the last; one between words
// stays (東京 から あ).
func (ix *Index) withoutGrammar(si *suggestIndex, words []string) []string {
	i := 0
	for i < len(words)-1 && isHiragana(words[i]) && ix.grammar(si, words[i]) {
		i++
	}
	return words[i:]
}

// grammar reports whether the hiragana w is words of grammar: particles
// and the like (から, について), or no content word as kagome reads it and
// no word the articles have by its whole reading (りょうし, which kagome
// reads as a verb, is 量子).
func (ix *Index) grammar(si *suggestIndex, w string) bool {
	toks := ix.an.Tokens(w)
	if functionWord(toks) {
		return len(toks) == 1 || si.nameByReading(w) == ""
	}
	if slices.ContainsFunc(toks, func(t analyzer.Token) bool { return t.Content }) {
		return false
	}
	return si.wordByReading(analyzer.ReadingPrefix(w)) == ""
}

// typedWords returns the words of a suggestion query without the quotes
// and brackets that open a phrase (「, ", 【) and the punctuation, symbols
// and emoji before or after a word (、 ！ ・ 😊): the word typed is still
// the one to complete.
// uniqueWords returns words without the repeats of earlier ones.
func uniqueWords(words []string) []string {
	seen := map[string]bool{}
	var out []string
	for _, w := range words {
		if !seen[w] {
			seen[w] = true
			out = append(out, w)
		}
	}
	return out
}

func typedWords(q string) []string {
	var out []string
	for _, w := range strings.FieldsFunc(q, wordBreak) {
		w = strings.TrimLeftFunc(w, func(r rune) bool { return strings.ContainsRune(openers, r) || trailingMark(r) })
		w = strings.TrimRightFunc(w, trailingMark)
		if w != "" {
			out = append(out, w)
		}
	}
	return out
}

// wordBreak reports whether r separates typed words: white space, and
// brackets, quotes and the signs of markup inside a word (<b>じどう is b
// and じどう, not b>じどう echoed back before 自動), but not the marks of
// names (c++, H&M, ティム・クック) and numbers (5.5).
func wordBreak(r rune) bool {
	switch {
	case unicode.IsSpace(r):
		return true
	case r == '+' || r == '~':
		return false
	case unicode.In(r, unicode.Ps, unicode.Pe, unicode.Pi, unicode.Pf, unicode.Sm), strings.ContainsRune("\"*`|^", r):
		return true
	}
	return false
}

// openers open a quotation or a bracketed phrase.
const openers = "「『【〔［｛〈《（\"'“‘([{<"

// trailingMark reports whether r ends a word without being part of it:
// punctuation other than the marks of names (c++, c#, H&M: +, #, & are
// kept), closing brackets and quotes, symbols and emoji.
func trailingMark(r rune) bool {
	switch {
	case strings.ContainsRune("+#&_ー〜~-", r):
		return false
	case unicode.IsPunct(r), unicode.Is(unicode.So, r), unicode.Is(unicode.Sk, r), unicode.Is(unicode.Sm, r),
		unicode.Is(unicode.Mn, r), unicode.Is(unicode.Cf, r): // (a variation selector or joiner after an emoji)
		return true
	}
	return false
}

// converted returns words with each before the last that is kana or
// romaji of two or more letters, no word itself and no particle or other
// word of grammar (から, ため), replaced by the word most articles use
// that reads so (folded); words itself when none is.
func (ix *Index) converted(si *suggestIndex, words []string) []string {
	var out []string
	for i, w := range words[:len(words)-1] {
		if si.spelling(w) != "" || strings.ContainsFunc(w, isKatakanaLetter) {
			// (Katakana is converted text, as written: アサヒ ら is no
			// 朝日, which reads the same, and had offered 朝日 楽天.)
			continue
		}
		spellings := []string{w}
		if isRomaji(w) {
			// deetasentaa: a long vowel typed as its vowel again; kinyuu:
			// one n for ん before a vowel.
			spellings = nil
			for _, v := range romajiVariants(w) {
				if k, ok := wordKana(v); ok {
					spellings = append(spellings, longVowelSpellings(k)...)
				}
			}
		}
		for _, kana := range spellings {
			kana = toHiragana(kana)
			if !analyzer.IsKana(kana) || utf8.RuneCountInString(kana) < 2 {
				break
			}
			toks := ix.an.Tokens(kana)
			if len(toks) == 1 && (functionWord(toks) || !toks[0].Content && (toks[0].Term == "" || toks[0].Surface == toks[0].Term)) {
				break // a word of grammar as written (から, する; not りょうし, read as a verb りょうする)
			}
			if functionWord(toks) && si.nameByReading(kana) == "" {
				break
			}
			if word := si.wordByReading(analyzer.ReadingPrefix(kana)); word != "" {
				if out == nil {
					out = slices.Clone(words)
				}
				out[i] = analyzer.Fold(word)
				break
			}
		}
	}
	if out == nil {
		return words
	}
	return out
}

// wordByReading returns the word entry whose whole reading is reading
// that most articles use, or "".
func (si *suggestIndex) wordByReading(reading string) string {
	best := int32(-1)
	i := sort.Search(len(si.keys), func(i int) bool { return si.keys[i].key >= reading })
	for ; i < len(si.keys) && si.keys[i].key == reading; i++ {
		if e := si.keys[i].entry; si.entries[e].kind == kindTerm && (best < 0 || si.less(e, best)) {
			best = e
		}
	}
	if best < 0 {
		return ""
	}
	return si.entries[best].text
}

// nameByReading returns the word of wordByReading when it is written
// without kanji, or "": particles in a row are a name's sound when a
// name reads so (てすら, ふぉーど: テスラ, フォード), not a word in kanji
// (には is no 二派).
func (si *suggestIndex) nameByReading(kana string) string {
	if w := si.wordByReading(analyzer.ReadingPrefix(kana)); !strings.ContainsFunc(w, isHan) {
		return w
	}
	return ""
}

// maxWordsByReading bounds the words wordsByReading returns.
const maxWordsByReading = 4

// wordsByReading returns the words of the suggestion data whose whole
// reading is reading (耐量子暗号 for タイリョウシアンゴウ), or nil before the
// first build.
func (ix *Index) wordsByReading(reading string) []string {
	si := ix.sug.cur.Load()
	if si == nil || reading == "" {
		return nil
	}
	var out []string
	i := sort.Search(len(si.keys), func(i int) bool { return si.keys[i].key >= reading })
	for ; i < len(si.keys) && si.keys[i].key == reading && len(out) < maxWordsByReading; i++ {
		if e := &si.entries[si.keys[i].entry]; e.kind == kindTerm && !slices.Contains(out, e.text) {
			out = append(out, e.text)
		}
	}
	for _, w := range si.unshown[reading] {
		if len(out) < maxWordsByReading && !slices.Contains(out, w) {
			out = append(out, w)
		}
	}
	return out
}

// echo returns what precedes a completion of the last word alone: the
// words before it as the articles spell them when one is a suggested word
// that differs from the typed one only in width or case (iphone is
// iPhone), else as the reader typed them.
func (si *suggestIndex) echo(typed, folded []string) string {
	if len(typed) != len(folded) {
		typed = folded
	}
	out := make([]string, 0, len(folded)-1)
	for i, w := range folded[:len(folded)-1] {
		out = append(out, cmp.Or(si.shownSpelling(w), typed[i]))
	}
	return strings.Join(out, " ") + " "
}

// spelling returns the text of the word entry whose folded text is w, or
// "".
func (si *suggestIndex) spelling(w string) string {
	i := sort.Search(len(si.keys), func(i int) bool { return si.keys[i].key >= w })
	for ; i < len(si.keys) && si.keys[i].key == w; i++ {
		if e := &si.entries[si.keys[i].entry]; e.kind == kindTerm && analyzer.Fold(e.text) == w {
			return e.text
		}
	}
	return ""
}

// latinSpelling returns the text of a word entry written in Latin
// letters that is w but for case (nintendo: Nintendo), shown as such or in
// another script, or "".
func (si *suggestIndex) latinSpelling(w string) string {
	if !isLatinWord(w) {
		return ""
	}
	i := sort.Search(len(si.keys), func(i int) bool { return si.keys[i].key >= w })
	for ; i < len(si.keys) && si.keys[i].key == w; i++ {
		e := si.keys[i].entry
		if si.entries[e].kind != kindTerm {
			continue
		}
		for _, text := range []string{si.entries[e].text, si.latin[e].text} {
			if text != "" && strings.EqualFold(analyzer.Fold(text), w) {
				return text
			}
		}
	}
	return ""
}

// shownSpelling is spelling, or the Latin spelling of a name shown in
// another script when that is w (google is Google, shown as グーグル).
func (si *suggestIndex) shownSpelling(w string) string {
	if s := si.spelling(w); s != "" {
		return s
	}
	i := sort.Search(len(si.keys), func(i int) bool { return si.keys[i].key >= w })
	for ; i < len(si.keys) && si.keys[i].key == w; i++ {
		e := si.keys[i].entry
		if l := si.latin[e].text; si.entries[e].kind == kindTerm && l != "" && analyzer.Fold(l) == w {
			return l
		}
	}
	return ""
}

// lookupGroups looks each group of prefixes up and interleaves the
// groups' best entries, the first group first; but the words, tags and
// titles of the first group that fewer than one in weakTyped as many
// articles use as the other groups' best (fujitsu of 3 articles beside
// 富士通 of 96; the tag YouTuber of one beside 予定 of 103) rank among
// the others by weakPenalty times their score: above the words
// fewer than that many articles use. Taking turns with the others put
// ren of 5 articles second, above 連続 of 401, and an author's handle
// (kamikura) third for ka; waiting for all the others lost names typed
// in Latin letters that commoner words outnumber; and the one title
// whose word jig.jp starts with ji had come before 自分 of 2,285.
func (si *suggestIndex) lookupGroups(groups [][]string, n int) []int32 {
	lists := make([][]int32, len(groups))
	for i, g := range groups {
		lists[i] = si.lookup(g, n)
	}
	var weak []int32
	if len(lists) > 1 {
		top := float32(0)
		for _, l := range lists[1:] {
			if len(l) > 0 {
				top = max(top, si.entries[l[0]].score)
			}
		}
		var strong []int32
		for _, e := range lists[0] {
			en := &si.entries[e]
			ratio := float32(weakTyped)
			if en.kind == kindTerm && isLatinWord(en.text) && strings.ToLower(en.text) == en.text {
				ratio = weakTypedWord
			}
			if en.kind != kindCategory && en.score*ratio < top {
				weak = append(weak, e)
			} else {
				strong = append(strong, e)
			}
		}
		lists[0] = strong
	}
	var out []int32
	seen := map[int32]bool{}
	for i := 0; len(out) < n; i++ {
		more := false
		for _, l := range lists {
			if i < len(l) {
				more = true
				if !seen[l[i]] {
					seen[l[i]] = true
					out = append(out, l[i])
				}
			}
		}
		if !more {
			break
		}
	}
	// A weak word goes after the first group's words with more articles
	// (those weak before it included: inserted best first, each had gone
	// above the one before it, y listing Yomuca of 4 articles first and
	// YouTube of 111 last), then above the first word whose score, its
	// penalty counted for a weak one, is below its own.
	isWeak := map[int32]bool{}
	for _, w := range weak {
		if seen[w] {
			continue
		}
		wScore := si.entries[w].score
		from := 0
		for i, e := range out {
			if (isWeak[e] || slices.Contains(lists[0], e)) && si.entries[e].score >= wScore {
				from = i + 1
			}
		}
		at := len(out)
		for i := from; i < len(out); i++ {
			en := &si.entries[out[i]]
			if score := en.score; en.kind == kindTerm {
				if isWeak[out[i]] {
					score *= weakPenalty
				}
				if score < wScore*weakPenalty {
					at = i
					break
				}
			}
		}
		out = slices.Insert(out, at, w)
		isWeak[w] = true
	}
	// (Past n: the caller may drop some entries as the same word as
	// another.)
	return out
}

// lookup returns up to n entries matching any of the prefixes, best
// first.
func (si *suggestIndex) lookup(prefixes []string, n int) []int32 {
	weight := map[int32]float32{} // of an entry's score: 1, or englishWeight
	var cand []int32
	for _, p := range prefixes {
		w := float32(1)
		p, foreign := strings.CutPrefix(p, foreignKey)
		p, kata := strings.CutPrefix(p, katakanaKey)
		if k, ok := strings.CutPrefix(p, englishKey); ok {
			p, w = k, englishWeight
		}
		written := strings.TrimSuffix(p, unfinished) // (katakana, as the entries write it)
		for _, m := range si.rangeBest(p) {
			e, w := m.entry, w*m.weight
			if foreign && !strings.ContainsFunc(si.entries[e].text, katakanaOrLatin) {
				w *= foreignWeight
			}
			if kata && !strings.HasPrefix(si.entries[e].text, written) {
				w *= katakanaWeight
			}
			if old, ok := weight[e]; !ok {
				weight[e] = w
				cand = append(cand, e)
			} else if w > old {
				weight[e] = w
			}
		}
	}
	sort.SliceStable(cand, func(i, j int) bool {
		a, b := cand[i], cand[j]
		if sa, sb := si.entries[a].score*weight[a], si.entries[b].score*weight[b]; sa != sb {
			return sa > sb
		}
		return si.less(a, b)
	})
	if len(cand) > n {
		cand = cand[:n]
	}
	return cand
}

// englishKey marks a key of the long vowels an English spelling leaves
// out (see englishSpellings): the entries it finds rank at englishWeight
// of their score.
const (
	englishKey    = "\x02"
	englishWeight = 0.1
)

// foreignKey marks a key of kana with a foreign sound (see foreignSound):
// the entries it finds that have no katakana or Latin letter rank at
// foreignWeight of their score. It comes before englishKey.
const (
	foreignKey    = "\x03"
	foreignWeight = 0.01
)

// katakanaKey marks a key of katakana as typed (see prefixes): the
// entries it finds that are not written so rank at katakanaWeight of
// their score. It comes after foreignKey.
const (
	katakanaKey    = "\x04"
	katakanaWeight = 0.2
)

func katakanaOrLatin(r rune) bool {
	return r >= 'ァ' && r <= 'ヺ' || r >= 'ｦ' && r <= 'ﾝ' || r < utf8.RuneSelf && unicode.IsLetter(r) || r >= 'Ａ' && r <= 'ｚ'
}

// less orders entries: higher score first, then shorter text.
func (si *suggestIndex) less(a, b int32) bool {
	ea, eb := &si.entries[a], &si.entries[b]
	if ea.score != eb.score {
		return ea.score > eb.score
	}
	if len(ea.text) != len(eb.text) {
		return len(ea.text) < len(eb.text)
	}
	return ea.text < eb.text
}

// weakTyped, weakPenalty: see lookupGroups. weakTypedWord is weakTyped
// for a word the articles write in lower-case Latin letters, English
// more than a name (get of 22 articles had come before ゲット of 97 for
// get, high before 東日本 for hig).
const (
	weakTyped     = 10
	weakTypedWord = 2
	weakPenalty   = 3
)

// memoRunes: prefixes up to this long are memoised when they match more
// than memoMinKeys keys: those are the slow ones, and there are at most
// len(keys)/memoMinKeys of them, however many distinct prefixes readers
// send (remembering every one let a client grow memory without end).
const (
	memoRunes   = 2
	memoMinKeys = 256
	keepBest    = MaxSuggestSize * 2
)

// unfinished ends a prefix whose last kana stands for a syllable still
// being typed (the キ of "tok" may be キョ or キャ): it matches no entry
// keyed exact (時 is トキ, but "tok" has not asked for トキ).
const unfinished = "\x01"

// rangeBest returns the best entries whose keys start with p.
// keyMatch is an entry a prefix finds, and the weight of its score (1, or
// variantWeight when only weak keys find it).
type keyMatch struct {
	entry  int32
	weight float32
}

func (si *suggestIndex) rangeBest(p string) []keyMatch {
	memoKey := p
	p, partial := strings.CutSuffix(p, unfinished)
	short := utf8.RuneCountInString(p) <= memoRunes
	if short {
		if v, ok := si.memo.Load(memoKey); ok {
			return v.([]keyMatch)
		}
	}
	lo := sort.Search(len(si.keys), func(i int) bool { return si.keys[i].key >= p })
	at := map[int32]int{} // entry: its place in top
	var top []keyMatch
	better := func(a, b keyMatch) bool {
		if sa, sb := si.entries[a.entry].score*a.weight, si.entries[b.entry].score*b.weight; sa != sb {
			return sa > sb
		}
		return si.less(a.entry, b.entry)
	}
	cut := func(n int) {
		sort.Slice(top, func(a, b int) bool { return better(top[a], top[b]) })
		if len(top) > n {
			top = top[:n]
		}
		clear(at)
		for k, m := range top {
			at[m.entry] = k
		}
	}
	i := lo
	for ; i < len(si.keys) && strings.HasPrefix(si.keys[i].key, p); i++ {
		k := &si.keys[i]
		if k.exact && (partial || k.key != p) {
			continue
		}
		w := float32(1)
		if k.weak {
			w = variantWeight
		}
		if n, ok := at[k.entry]; ok {
			top[n].weight = max(top[n].weight, w)
			continue
		}
		at[k.entry] = len(top)
		top = append(top, keyMatch{k.entry, w})
		if len(top) > 4*keepBest {
			cut(keepBest)
		}
	}
	cut(keepBest)
	if short && i-lo > memoMinKeys {
		si.memo.Store(memoKey, top)
	}
	return top
}

// SuggestStats reports on the current suggestion data.
func (ix *Index) SuggestStats() SuggestStats {
	si := ix.sug.cur.Load()
	if si == nil {
		return SuggestStats{}
	}
	return SuggestStats{Entries: len(si.entries), Keys: len(si.keys), Bytes: si.bytes, Built: si.built, Took: si.took}
}
