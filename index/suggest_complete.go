package index

import (
	"cmp"
	"context"
	"slices"
	"strings"
	"unicode/utf8"

	"sagasu/analyzer"
)

// Completing the typed words: the last word as part of one word with the
// others (量子 こ → 量子コンピュータ), or else on its own after them, with
// the words articles have beside them; and kana typed on past a word and
// a particle read again.

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
