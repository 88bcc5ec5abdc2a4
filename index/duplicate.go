package index

import (
	"iter"
	"math"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Near duplicates, which related articles never return: a news site
// re-posts an article with a correction (【訂正】 before the title, one
// figure changed, a note added), an update (（更新）after it, a paragraph
// more) or as it was (【再掲】). A candidate is a duplicate of the source,
// or of a hit already listed, when
//   - its body is the same, white space aside;
//   - its body is nearly the same (dupSameBody of the character trigrams
//     of the shorter beginning in the other, the two of nearly the same
//     length), whatever the titles; or
//   - the titles are the same story (the same once editors' marks in
//     brackets are dropped, or dupCloseTitle of their trigrams shared,
//     and not two installments of a series: installment.go) and
//     dupContained of the shorter body's trigrams are in the other, or
//     dupSameTitleContained when the headlines are the same, of
//     dupSameTitleRunes or more (a short story re-told with one sentence
//     replaced keeps 0.77 of the shorter's).
//
// Measured on re-posts written for the purpose: a correction changing one
// figure of a 450-character article keeps 0.79 of the trigrams and 0.88
// of the shorter's; an update adding a paragraph 0.72 and 0.86.
const (
	dupSameBody   = 0.9
	dupCloseTitle = 0.6
	dupContained  = 0.8
	// dupSameTitleContained: see above; dupSameTitleRunes keeps headlines
	// many articles share (お知らせ, 訂正) out of it.
	dupSameTitleContained = 0.65
	dupSameTitleRunes     = 10
	// dupTextBytes of each body's beginning are compared: a long body
	// costs no more, and a re-post changes little anywhere.
	dupTextBytes = 4 << 10
	// dupSamples trigrams spread over a body's beginning are looked up in
	// the other's before all of its own are listed and sorted (most of
	// a related request's duplicate checks, a sixth of its time): two
	// bodies sharing nine tenths of the shorter's trigrams, within a
	// tenth of each other's length, have at least 0.82 of either's in the
	// other, and fewer than dupSampleShare of 32 samples then has odds
	// below one in 10,000; other articles share a tenth to a third.
	dupSamples     = 32
	dupSampleShare = 0.5
)

// dupText is an article's text prepared for duplicate checks; its
// trigrams are computed when first needed. The body is squashed (white
// space removed) only as far as a check reads it: its length in bytes
// and characters tell most bodies apart, and squashing every hit's whole
// body was half of the duplicate checks.
type dupText struct {
	raw         string   // the body as written
	cut         int      // where in raw the squashed beginning ends (see beginning)
	size, runes int      // of the squashed body, in bytes and characters
	startRunes  int      // of its first dupTextBytes, in characters (see beginning)
	body        string   // the squashed body, once compared whole
	whole       bool     // body is set
	bare        string   // title without editors' marks (squashed)
	part        string   // the installment of a series the title names (see installments)
	titleGrams  []uint64 // the title's trigrams
	grams       []uint64 // the body's, once computed
	done        bool
	bits        *[dupBits / 64]uint64 // hashes of the body's, once computed
	samples     []uint64              // some of the body's, once picked
	few         bool                  // too few to pick from
}

func newDupText(title, body string) *dupText {
	t := squash(title)
	d := &dupText{raw: body, cut: len(body), bare: bareTitle(t), part: installments(title), titleGrams: packedTrigrams(t)}
	for i := 0; i < len(body); {
		r, n := utf8.DecodeRuneInString(body[i:])
		if !isSpace(r) {
			if d.size > dupTextBytes && d.cut == len(body) {
				d.cut = i // the squashed beginning is of the text before
			}
			if d.size+n <= dupTextBytes {
				d.startRunes++
			}
			d.size += n
			d.runes++
		}
		i += n
	}
	return d
}

// squash removes white space, so formatting does not hide a duplicate.
func squash(s string) string {
	b := make([]byte, 0, len(s))
	for len(s) > 0 {
		r, n := utf8.DecodeRuneInString(s)
		if !isSpace(r) {
			b = append(b, s[:n]...)
		}
		s = s[n:]
	}
	return string(b)
}

// isSpace is unicode.IsSpace, without its table search for the
// characters past Latin-1 (the kana and kanji of a body).
func isSpace(r rune) bool {
	if r < 0x100 {
		return unicode.IsSpace(r)
	}
	return r == 0x1680 || 0x2000 <= r && r <= 0x200a || r == 0x2028 || r == 0x2029 || r == 0x202f || r == 0x205f || r == 0x3000
}

// sameText reports whether the bodies are the same, white space aside.
func (d *dupText) sameText(o *dupText) bool {
	if d.size != o.size {
		return false
	}
	for _, t := range [...]*dupText{d, o} {
		if !t.whole {
			t.body, t.whole = squash(t.raw), true
		}
	}
	return d.body == o.body
}

// beginning yields the characters of the first dupTextBytes of the
// squashed body (whole characters), which the trigrams are of, read from
// the body as written: squashing a copy of every hit's beginning had been
// a twentieth of a related request's garbage.
func (d *dupText) beginning() iter.Seq[rune] {
	return func(yield func(rune) bool) {
		n := 0
		for _, r := range d.raw[:d.cut] {
			if n == d.startRunes {
				return
			}
			if !isSpace(r) {
				n++
				if !yield(r) {
					return
				}
			}
		}
	}
}

// trigrams returns the sorted distinct character trigrams of the body's
// beginning, each packed into a number (three 21-bit code points).
func (d *dupText) trigrams() []uint64 {
	if !d.done {
		d.grams, d.done = packTrigrams(d.beginning(), d.startRunes), true
	}
	return d.grams
}

func packedTrigrams(s string) []uint64 {
	return packTrigrams(func(yield func(rune) bool) {
		for _, r := range s {
			if !yield(r) {
				return
			}
		}
	}, utf8.RuneCountInString(s))
}

// packTrigrams returns the sorted distinct trigrams of the runes of
// text, n of them.
func packTrigrams(text iter.Seq[rune], n int) []uint64 {
	out := make([]uint64, 0, max(n-2, 0))
	var a, b rune // the two runes before r
	n = 0
	for r := range text {
		if n >= 2 {
			out = append(out, uint64(a)<<42|uint64(b)<<21|uint64(r))
		}
		a, b, n = b, r, n+1
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// duplicateOf reports whether d is a near duplicate of o (see above).
func (d *dupText) duplicateOf(o *dupText) bool {
	if d.sameText(o) {
		return true
	}
	contained := d.contained(o)
	if contained == 0 && math.Abs(float64(d.runes-o.runes)) > (1-dupSameBody)*float64(max(d.runes, o.runes)) {
		return false // too different in length to share nine tenths
	}
	return d.sameBody(o, contained)
}

// repostOf reports whether d is a re-post of o: the same body, or a
// duplicate with the same story's title. Related articles check the hits
// against each other so (against the source, duplicateOf): comparing
// every pair of bodies of similar length was a fifth of the request.
func (d *dupText) repostOf(o *dupText) bool {
	if d.sameText(o) {
		return true
	}
	c := d.contained(o)
	return c > 0 && d.sameBody(o, c)
}

// contained returns the share of the shorter body's trigrams the other
// must have for d and o to be duplicates by their titles, or 0 when the
// titles are not the same story's: another installment of a series (第9回
// and 第11回) is another article.
func (d *dupText) contained(o *dupText) float64 {
	switch {
	case otherInstallment(d.part, o.part):
		return 0
	case d.bare == o.bare && utf8.RuneCountInString(d.bare) >= dupSameTitleRunes:
		return dupSameTitleContained
	case d.bare == o.bare || overlap(d.titleGrams, o.titleGrams) >= dupCloseTitle:
		return dupContained
	}
	return 0
}

// sameBody compares the trigrams of the bodies' beginnings: nine tenths
// of the shorter one's in the other, or contained of them (0: not
// enough). A copy with every fortieth character changed keeps 0.92 of
// its trigrams (and shares 0.86 of the two's together, which had not been
// enough).
func (d *dupText) sameBody(o *dupText, contained float64) bool {
	if contained == 0 && !d.sampleIn(o) {
		return false
	}
	a, b := d.trigrams(), o.trigrams()
	if len(a) == 0 || len(b) == 0 {
		return false
	}
	share := float64(overlapCount(a, b)) / float64(min(len(a), len(b)))
	return share >= dupSameBody || contained > 0 && share >= contained
}

// sampleIn reports whether at least dupSampleShare of dupSamples
// trigrams spread evenly over d's body's beginning are in o's (always,
// for a body with no more trigrams than samples). o's are looked up in
// a bitmap of their hashes, built in one pass: a false hit for one
// sample in twelve leaves unrelated bodies far below the share.
func (d *dupText) sampleIn(o *dupText) bool {
	if d.done && o.done {
		return true // both listed already: compare them all
	}
	samples := d.sampled()
	if samples == nil {
		return true
	}
	bits := o.gramBits()
	in := 0
	for _, g := range samples {
		if k := gramBit(g); bits[k/64]&(1<<(k%64)) != 0 {
			in++
		}
	}
	return float64(in) >= dupSampleShare*float64(len(samples))
}

// sampled returns dupSamples trigrams spread evenly over the body's
// beginning, picked when first needed; nil for a body with no more.
func (d *dupText) sampled() []uint64 {
	if d.samples != nil || d.few {
		return d.samples
	}
	n := d.startRunes - 2
	if n <= dupSamples {
		d.few = true
		return nil
	}
	d.samples = make([]uint64, 0, dupSamples)
	step := n / dupSamples
	var a, b rune
	i := 0
	for r := range d.beginning() {
		if i >= 2 && (i-2)%step == 0 {
			if d.samples = append(d.samples, uint64(a)<<42|uint64(b)<<21|uint64(r)); len(d.samples) == dupSamples {
				break
			}
		}
		a, b, i = b, r, i+1
	}
	return d.samples
}

// dupBits is the size of the trigram bitmap: 4 KiB of text has at most
// about 1,400 distinct trigrams, which set under a twelfth of 16,384 bits.
const (
	dupBitsLog = 14
	dupBits    = 1 << dupBitsLog
)

// gramBits returns the bitmap of the hashes of the trigrams of d's
// body's beginning, built when first needed.
func (d *dupText) gramBits() *[dupBits / 64]uint64 {
	if d.bits == nil {
		d.bits = new([dupBits / 64]uint64)
		var a, b rune
		i := 0
		for r := range d.beginning() {
			if i >= 2 {
				k := gramBit(uint64(a)<<42 | uint64(b)<<21 | uint64(r))
				d.bits[k/64] |= 1 << (k % 64)
			}
			a, b, i = b, r, i+1
		}
	}
	return d.bits
}

// gramBit hashes a packed trigram to a bit of the bitmap (Fibonacci
// hashing).
func gramBit(g uint64) uint64 {
	return g * 0x9E3779B97F4A7C15 >> (64 - dupBitsLog)
}

// overlap is the Jaccard coefficient of two sorted sets.
func overlap(a, b []uint64) float64 {
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	c := overlapCount(a, b)
	return float64(c) / float64(len(a)+len(b)-c)
}

// overlapCount counts the elements two sorted sets share.
func overlapCount(a, b []uint64) int {
	n, i, j := 0, 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i] < b[j]:
			i++
		case a[i] > b[j]:
			j++
		default:
			n++
			i++
			j++
		}
	}
	return n
}

// bareTitle drops editors' marks in brackets at either end of a title
// (【訂正】, 【再掲】, [更新], （更新）, 〈続報〉), so a re-post's title is the
// original's.
func bareTitle(t string) string {
	for {
		s := trimMark(t)
		if s == t || s == "" {
			return t
		}
		t = s
	}
}

// markBrackets pairs the brackets editors put around a mark.
var markBrackets = [][2]string{{"【", "】"}, {"[", "]"}, {"［", "］"}, {"(", ")"}, {"（", "）"}, {"〈", "〉"}, {"《", "》"}, {"〔", "〕"}, {"<", ">"}}

// maxMarkRunes: a mark is a word or two (訂正, 更新, 続報, 再掲, 追記あり),
// not a bracketed part of the headline.
const maxMarkRunes = 6

func trimMark(t string) string {
	for _, br := range markBrackets {
		if strings.HasPrefix(t, br[0]) {
			if i := strings.Index(t, br[1]); i > 0 && utf8.RuneCountInString(t[len(br[0]):i]) <= maxMarkRunes {
				return t[i+len(br[1]):]
			}
		}
		if strings.HasSuffix(t, br[1]) {
			if i := strings.LastIndex(t, br[0]); i >= 0 && utf8.RuneCountInString(t[i+len(br[0]):len(t)-len(br[1])]) <= maxMarkRunes {
				return t[:i]
			}
		}
	}
	return t
}
