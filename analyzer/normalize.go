package analyzer

import (
	"bytes"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// normText is the folded form of an input text together with a map from
// byte offsets in the folded text back to byte offsets in the input.
//
// Folding is NFKC (full-width ASCII to ASCII, half-width katakana to
// full-width, ㍿ to 株式会社), the iteration mark 々 written out (時々 →
// 時時), lower-casing, format characters (U+200B, U+FEFF, …), variation
// selectors and the keycap mark removed, ™ a space, other spaces and controls turned into ASCII space or
// newline, and invalid UTF-8 replaced by U+FFFD. kagome sees only the
// folded text; every token it returns is mapped back through runs, so
// highlights land on the original characters.
type normText struct {
	text     []byte
	runs     []run
	variants bool
}

// run maps out[outStart:outEnd] to in[inStart:inEnd]. A linear run has equal
// lengths and byte-for-byte correspondence (ASCII lower-casing, untouched
// text); any offset inside an atomic run maps to the whole input run, so a
// token can never start or end inside a character the input wrote as one.
type run struct {
	outStart, outEnd int
	inStart, inEnd   int
	linear           bool
}

// normalize folds in. With variants, kanji variants of names are folded
// too (渡邊→渡辺, 髙→高): the reading field uses that, the main field keeps
// the spelling. The result's text is valid UTF-8.
func normalize(in []byte, variants bool) *normText {
	n := &normText{text: make([]byte, 0, len(in)+len(in)/8), variants: variants}
	var scratch []byte
	for i := 0; i < len(in); {
		// Fast path: a prefix already in NFKC only needs per-rune folding.
		q := i + norm.NFKC.QuickSpan(in[i:])
		for i < q {
			i += n.foldRune(in, i)
		}
		if i >= len(in) {
			break
		}
		if r, size := utf8.DecodeRune(in[i:]); r == utf8.RuneError && size <= 1 {
			n.emit(i, i+1, []byte("\uFFFD"))
			i++
			continue
		}
		if r, size := utf8.DecodeRune(in[i:]); r == '℃' {
			// Degrees Celsius are 度, as the articles also write a
			// temperature (5℃, 5度): NFKC's °C had made the letter c of
			// every C++ and S・C a match for 5℃.
			n.emit(i, i+size, []byte("度"))
			i += size
			continue
		}
		if r, size := utf8.DecodeRune(in[i:]); r == '™' || r == '℠' {
			// A mark after a name, not its letters: NFKC's TM had made
			// Sagasu™ the word sagasutm.
			n.emit(i, i+size, []byte(" "))
			i += size
			continue
		}
		seg := norm.NFKC.NextBoundary(in[i:], true)
		if seg <= 0 || !utf8.Valid(in[i:i+seg]) {
			_, seg = utf8.DecodeRune(in[i:])
		}
		scratch = norm.NFKC.Append(scratch[:0], in[i:i+seg]...)
		scratch = foldBytes(scratch, variants)
		n.emit(i, i+seg, scratch)
		i += seg
	}
	n.splitDottedKatakana()
	return n
}

// splitDottedKatakana turns the middle dot between katakana words (トム・
// クルーズ, ウサイン・ボルト, half-width ･ included) into an ideographic space
// of the same length. kagome then segments the words on either side apart
// (with the dot it reads ウサイン・ボルト as one unknown word, so ボルト alone
// never matched), and a space takes no position, so トム|クルーズ are
// adjacent as when written without the dot. The shingler indexes the
// joined name too.
func (n *normText) splitDottedKatakana() {
	const dot, space = "・", "\u3000" // both three bytes in UTF-8
	for i := 0; ; {
		j := bytes.Index(n.text[i:], []byte(dot))
		if j < 0 {
			return
		}
		i += j
		before, _ := utf8.DecodeLastRune(n.text[:i])
		after, _ := utf8.DecodeRune(n.text[i+len(dot):])
		if isKatakana(before) && isKatakana(after) {
			copy(n.text[i:], space)
		}
		i += len(dot)
	}
}

// foldRune folds the single NFKC rune at in[i:] and returns its size.
func (n *normText) foldRune(in []byte, i int) int {
	c := in[i]
	if c < utf8.RuneSelf {
		n.appendLinear(i, foldASCII(c))
		return 1
	}
	r, size := utf8.DecodeRune(in[i:])
	if r == utf8.RuneError && size == 1 {
		n.emit(i, i+1, []byte("\uFFFD"))
		return 1
	}
	if r == '°' && i+size < len(in) && (in[i+size] == 'C' || in[i+size] == 'c') && !latinLetterAt(in, i+size+1) {
		// °C written with the degree sign is ℃, read 度 (see normalize).
		n.emit(i, i+size+1, []byte("度"))
		return size + 1
	}
	if r == iterationMark {
		// 々 repeats the kanji before it: 時々 → 時時, 赤裸々 → 赤裸裸, so the
		// word segments the same however it was written.
		if prev, _ := utf8.DecodeLastRune(n.text); unicode.Is(unicode.Han, prev) && utf8.RuneLen(prev) == size {
			var buf [utf8.UTFMax]byte
			n.appendLinearBytes(i, buf[:utf8.EncodeRune(buf[:], prev)])
			return size
		}
	}
	f, ok := foldNonASCII(r, n.variants)
	switch {
	case !ok:
		n.emit(i, i+size, nil)
	case f == r:
		n.appendLinearBytes(i, in[i:i+size])
	case utf8.RuneLen(f) == size:
		var buf [utf8.UTFMax]byte
		n.appendLinearBytes(i, buf[:utf8.EncodeRune(buf[:], f)])
	default:
		n.emit(i, i+size, utf8.AppendRune(nil, f))
	}
	return size
}

// foldASCII lower-cases ASCII letters and turns control characters into
// spaces, keeping line breaks as sentence boundaries.
func foldASCII(c byte) byte {
	switch {
	case 'A' <= c && c <= 'Z':
		return c + ('a' - 'A')
	case c == '\n' || c == '\r':
		return '\n'
	case c < 0x20 || c == 0x7f:
		return ' '
	}
	return c
}

// foldNonASCII folds one non-ASCII rune; ok is false when the rune is dropped.
func foldNonASCII(r rune, variants bool) (f rune, ok bool) {
	if variants {
		if v, found := kanjiVariants[r]; found {
			return v, true
		}
	}
	switch r {
	case 'ヶ':
		// The small ヶ of 3ヶ月 and 霞ヶ関 is a way of writing ケ: one word
		// either way. Likewise ヵ and カ.
		return 'ケ', true
	case 'ヵ':
		return 'カ', true
	case '𠮷':
		// The 吉 of 𠮷野家 and 𠮷田, outside the BMP: the dictionary knows
		// no character there (kagome calls it a symbol), and readers type
		// 吉 for it.
		return '吉', true
	}
	if 'ぁ' <= r && r <= 'ヿ' || '一' <= r && r <= '\u9fff' {
		// Kana and the common kanji, most of a Japanese text, are none
		// of the kinds below: spared five table look-ups each.
		return r, true
	}
	switch {
	case r == '\u2028' || r == '\u2029' || r == '\u0085':
		return '\n', true
	case '\u2010' <= r && r <= '\u2015' || r == '\u2212':
		// Hyphens, dashes and the minus sign are all the ASCII hyphen
		// (NFKC leaves them apart): wi−fi is Wi-Fi.
		return '-', true
	case unicode.Is(unicode.Cf, r) || unicode.Is(unicode.Variation_Selector, r) || r == '\u20E3':
		// Format characters, and the variation selectors that pick a
		// glyph (葛󠄀 of 葛󠄀飾区, the emoji style of 1️⃣) or the keycap
		// around a digit: the word is the same without them.
		return 0, false
	case unicode.IsSpace(r) || unicode.IsControl(r):
		return ' ', true
	case unicode.IsUpper(r):
		return unicode.ToLower(r), true
	}
	return r, true
}

// foldBytes applies foldASCII/foldNonASCII to an NFKC-normalised segment.
func foldBytes(b []byte, variants bool) []byte {
	out := b[:0:0]
	for i := 0; i < len(b); {
		if b[i] < utf8.RuneSelf {
			out = append(out, foldASCII(b[i]))
			i++
			continue
		}
		r, size := utf8.DecodeRune(b[i:])
		if f, ok := foldNonASCII(r, variants); ok {
			out = utf8.AppendRune(out, f)
		}
		i += size
	}
	return out
}

// appendLinear appends one byte that corresponds to in[i].
func (n *normText) appendLinear(i int, c byte) {
	n.extendLinear(i, 1)
	n.text = append(n.text, c)
}

// appendLinearBytes appends b, which corresponds byte for byte to in[i:i+len(b)].
func (n *normText) appendLinearBytes(i int, b []byte) {
	n.extendLinear(i, len(b))
	n.text = append(n.text, b...)
}

func (n *normText) extendLinear(i, size int) {
	out := len(n.text)
	if k := len(n.runs) - 1; k >= 0 {
		if last := &n.runs[k]; last.linear && last.inEnd == i && last.outEnd == out {
			last.inEnd += size
			last.outEnd += size
			return
		}
	}
	n.runs = append(n.runs, run{outStart: out, outEnd: out + size, inStart: i, inEnd: i + size, linear: true})
}

// emit appends out as the folded form of in[inStart:inEnd].
func (n *normText) emit(inStart, inEnd int, out []byte) {
	if string(out) == "" {
		return // dropped: nothing in the folded text maps here
	}
	start := len(n.text)
	n.text = append(n.text, out...)
	n.runs = append(n.runs, run{outStart: start, outEnd: len(n.text), inStart: inStart, inEnd: inEnd})
}

// mapper turns folded offsets into input offsets. Tokens arrive in
// increasing order, so it keeps a cursor instead of searching.
type mapper struct {
	runs []run
	k    int
}

// span maps the folded byte range [start, end) to the input.
func (m *mapper) span(start, end int) (int, int) {
	m.seek(start)
	s := m.runs[m.k].inStart
	if m.runs[m.k].linear {
		s += start - m.runs[m.k].outStart
	}
	k := m.k
	for k+1 < len(m.runs) && m.runs[k+1].outStart < end {
		k++
	}
	r := m.runs[k]
	e := r.inEnd
	if r.linear {
		e = r.inStart + (end - r.outStart)
	}
	return s, e
}

// seek moves the cursor to the run that holds folded offset off.
func (m *mapper) seek(off int) {
	if m.k >= len(m.runs) || m.runs[m.k].outStart > off {
		m.k = 0
	}
	for m.k+1 < len(m.runs) && m.runs[m.k].outEnd <= off {
		m.k++
	}
}

// kanjiVariants maps old and variant forms common in names and places to
// the form most text uses. Only the reading field folds them, so an exact
// spelling still ranks first. All pairs have the same UTF-8 length.
var kanjiVariants = map[rune]rune{
	'邊': '辺', '邉': '辺', '髙': '高', '﨑': '崎', '嵜': '崎', '濱': '浜', '濵': '浜',
	'澤': '沢', '齋': '斎', '齊': '斉', '櫻': '桜', '國': '国', '廣': '広', '惠': '恵',
	'德': '徳', '眞': '真', '嶋': '島', '嶌': '島', '冨': '富', '槇': '槙',
	'兒': '児', '實': '実', '條': '条', '瀨': '瀬', '藏': '蔵', '驛': '駅', '龍': '竜',
	'來': '来',
}

// latinLetterAt reports whether in has an ASCII letter at i (°Celsius is
// no °C).
func latinLetterAt(in []byte, i int) bool {
	if i >= len(in) {
		return false
	}
	c := in[i] | 0x20
	return 'a' <= c && c <= 'z'
}
