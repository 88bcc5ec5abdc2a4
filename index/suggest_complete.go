package index

import (
	"context"
	"slices"
	"strings"
	"unicode/utf8"

	"sagasu/analyzer"
)

// Completing the typed words: what was typed read for completion (the
// syllable still being typed, earlier words converted, converted text with
// kana after it), a word typed alone, the last word as part of one word
// with the others (量子 こ → 量子コンピュータ), and kana typed on past a
// word and a particle read again. Completing the last word on its own
// after the others is in suggest_after.go.

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
	readAlike := onlyReadAlike(last, out)
	if slices.ContainsFunc(out, func(s Suggestion) bool { return s.Kind != kindTitle }) && !typedAfterParticle(last) && !readAlike {
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
		runOn := ix.suggestFrom(ctx, si, q, words, size)
		if readAlike {
			return wordsBeforeReadAlike(runOn, out, size)
		}
		out = fillUp(runOn, out, size)
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
	in := ix.readTyped(si, q, words)
	l := newSuggestionList(si, size, in.latinTyped)
	if in.context == "" {
		ix.completeAlone(si, in, l)
		return l.out
	}
	// The last word completed as part of one word with the others
	// (量子 こ → 量子コンピュータ), or else on its own after them. A
	// word of the others converted stays as written: タイ こ is no 対抗,
	// which reads タイコウ, nor a title on 対抗.
	ix.completeJoined(si, in, l)
	before, strict := in.beforeLast(si)
	if in.echo != "" && !slices.ContainsFunc(l.out, func(s Suggestion) bool { return s.Kind == kindTerm }) {
		// No word completes the words together (titles may: 量子 あん
		// is the start of a title with 量子暗号): complete the last one
		// after the others (but not the kana of 量子こ alone), with the
		// words articles have beside them, ahead of the titles.
		ix.completeAfter(ctx, si, in, l, before, strict)
	} else if in.echo != "" && runTogether(in.asTyped, l.out) {
		return ix.apartFirst(ctx, si, in, l, before, strict, size)
	}
	return l.out
}

// typedInput is what suggestFrom reads off the typed words before it looks
// anything up: the last word to complete (or the kana typed after
// converted text), what it completes in the context of, and what precedes
// a completion of it alone.
type typedInput struct {
	q          string   // the words typed, as one text
	typed      string   // the words as typed, folded: 生成ai is a word's key
	asTyped    []string // the folded words, as typed
	words      []string // the folded words, earlier ones in kana or romaji converted
	last       string   // the word to complete, its letters that make kana as hiragana
	pending    string   // what is left of an unfinished syllable after last (see imeTail)
	latinTyped string   // last when it may be a name typed as such (tes: Tesla), or ""
	context    string   // the words last completes one word with, joined
	echo       string   // what precedes a completion of last alone
	split      string   // converted text the kana after it was split from
}

// readTyped reads the folded words of q for suggestFrom: the unfinished
// syllable at the end, earlier words in kana or romaji converted, and
// converted text with kana typed after it (量子こ, 量子 暗号k) split into
// the context and the kana that complete it.
func (ix *Index) readTyped(si *suggestIndex, q string, words []string) *typedInput {
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
	return &typedInput{q: q, typed: typed, asTyped: asTyped, words: words, last: last, pending: pending,
		latinTyped: latinTyped, context: context, echo: echo, split: split}
}

// withTyped returns the prefix groups of a word with the text as typed
// first when the IME tail read letters of it as kana.
func (in *typedInput) withTyped(groups [][]string) [][]string {
	if in.typed == in.context+in.last && in.pending == "" {
		return groups // read as typed already
	}
	// Letters the IME tail took for kana may be a word's own (生成ai,
	// エッジai): the text as typed comes first.
	return append([][]string{{in.typed}}, groups...)
}

// suggestionList collects the suggestions of one suggestFrom call, up to
// size, each once: seen holds the keys (see keyOf) of those added.
type suggestionList struct {
	si         *suggestIndex
	size       int
	fetch      int    // entries a lookup fetches
	latinTyped string // see typedInput
	out        []Suggestion
	seen       map[string]bool
}

// newSuggestionList returns an empty list of up to size suggestions.
func newSuggestionList(si *suggestIndex, size int, latinTyped string) *suggestionList {
	// Lookups fetch more than size: add drops entries that are another's
	// word (the tag 量子コンピューター beside the word 量子コンピュータ), and
	// the reader still gets size of them.
	fetch := max(size, keepBest)
	return &suggestionList{si: si, size: size, fetch: fetch, latinTyped: latinTyped, out: []Suggestion{}, seen: map[string]bool{}}
}

// keyOf returns what makes a suggestion of text and kind the same as
// another: a title's text, or a word's term.
func (l *suggestionList) keyOf(text, kind string) string {
	if kind == kindTitle {
		return text
	}
	// A word, a tag and a category spelt alike but for width, case
	// or a final ー are one suggestion (量子コンピュータ, the tag
	// 量子コンピューター).
	key := analyzer.WordTerm(text)
	if a, ok := l.si.aliases[key]; ok {
		key = a
	}
	return "\x00" + key
}

// add appends the entries ids, each after prefix, that are not yet in the
// list, until it holds size.
func (l *suggestionList) add(prefix string, ids []int32) {
	si := l.si
	for _, i := range ids {
		if len(l.out) == l.size {
			return
		}
		e := &si.entries[i]
		if si.gone.has(e.id) {
			continue // deleted since the data was built
		}
		text := prefix + e.text
		key := l.keyOf(text, e.kind)
		if l.seen[key] {
			continue
		}
		l.seen[key] = true
		// Letters typed may be a name or its romaji before
		// conversion (tes: Tesla, tesura: テスラ): the name as typed
		// first, then as most articles write it if it reads so.
		if latin, native := si.latin[i].shownAs(l.latinTyped); latin {
			l.out = append(l.out, Suggestion{Text: prefix + si.latin[i].text, Kind: e.kind, ID: e.id, Count: int(e.count)})
			if !native || len(l.out) == l.size {
				continue
			}
		}
		l.out = append(l.out, Suggestion{Text: text, Kind: e.kind, ID: e.id, Count: int(e.count)})
	}
}

// completeAlone completes a word typed alone, with no context: by its
// prefixes, after the text as typed, and a word of kana and Latin letters
// by its mixed key.
func (ix *Index) completeAlone(si *suggestIndex, in *typedInput, l *suggestionList) {
	groups := in.withTyped(ix.prefixes("", in.last, in.pending))
	if head, tail := splitLatinTail(in.words[0]); tail != "" && analyzer.IsKana(head) {
		// Kana and then Latin letters typed as such (せいせいai): a
		// word of Japanese and Latin (生成AI) by its mixed key.
		groups = append(groups, []string{analyzer.ReadingPrefix(head) + tail})
	}
	ids := si.lookupGroups(groups, l.fetch)
	if len(ids) < l.fetch {
		// Kana an IME showed for romaji without its long vowels (ごこn),
		// after the words it reads as typed.
		if keys := kanaWithoutLongVowels(in.last, in.pending); keys != nil {
			ids = append(ids, si.lookup(keys, l.fetch-len(ids))...)
		}
	}
	if si.english[in.latinTyped] {
		ids = si.latinWordsFirst(ids, in.latinTyped, l.size)
	}
	if len(ids) < l.fetch {
		// A name typed whole in the Latin letters of a word the
		// articles write in katakana (panasonic of Panasonic, パナソニック):
		// the words and titles that start with the katakana too, as
		// its romaji (panasoni) had found them.
		ids = append(ids, si.lookup(si.wholeLatinReadings(ids, in.latinTyped), l.fetch-len(ids))...)
	}
	l.add("", ids)
}

// wholeLatinReadings returns the readings of the words among ids whose
// Latin spelling is typed, the letters whole, or nil.
func (si *suggestIndex) wholeLatinReadings(ids []int32, typed string) []string {
	var out []string
	for _, i := range ids {
		if l, ok := si.latin[i]; ok && typed != "" && l.reading != "" && analyzer.Fold(l.text) == typed && !slices.Contains(out, l.reading) {
			out = append(out, l.reading)
		}
	}
	return out
}

// completeJoined completes the last word as part of one word with the
// context (量子 こ → 量子コンピュータ): the entries that start with converted
// context as written, or, when none does and nothing is to precede a
// completion of the last word alone, the words that start with converted
// text that reads as nothing the articles have.
func (ix *Index) completeJoined(si *suggestIndex, in *typedInput, l *suggestionList) {
	groups := ix.prefixes(in.context, in.last, in.pending)
	if spaced := latinPhrase(in.asTyped); spaced != "" && len(in.asTyped) > 2 && in.pending == "" {
		// Three Latin words or more, as names and their models are
		// written with spaces (nintendo switch 2 of the tag Nintendo
		// Switch 2; two are keyed so by prefixes).
		groups[0] = append(groups[0], spaced)
	}
	whole := si.lookupGroups(in.withTyped(groups), l.fetch)
	if !isHiragana(in.context) && !strings.ContainsFunc(in.context, isASCIILetter) { // (data c is データセンター)
		written := strings.TrimSuffix(in.context, "ー") // (コンピューター う is コンピュータウイルス)
		whole = slices.DeleteFunc(whole, func(i int32) bool {
			e := &si.entries[i]
			if e.kind == kindTitle {
				return !strings.Contains(analyzer.Fold(e.text), written)
			}
			return !strings.HasPrefix(withoutHonorific(analyzer.Fold(e.text)), written) // (見合い: お見合い)
		})
	}
	l.add("", whole)
	if len(l.out) == 0 && in.echo == "" && !isRomaji(in.context) {
		// Converted text that reads as nothing the articles have (耐量子
		// + あ; 半導 + たい, 導 alone read しるべ): words that start with it.
		l.add("", ix.afterUnread(si, in.context, in.last, in.pending, l.fetch))
	}
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
