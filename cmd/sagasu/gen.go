package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/rand"
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"sagasu/index"
)

// runGen writes a larger synthetic corpus for benchmarks: articles made
// of paragraphs of the real ones, recombined under new ids, titles, dates
// (spread over 15 years) and 20 categories. The same seed gives the same
// output. It is for measurements only: it is built from the shared
// corpus, so never commit its output.
func runGen(ctx context.Context, args []string, getenv func(string) string, stdout, stderr io.Writer) error {
	var n, seed int
	var from string
	f := newFlags("gen", getenv, stderr)
	f.int(&n, "n", "SAGASU_GEN_N", 100000, "number of `articles` to write")
	f.int(&seed, "seed", "SAGASU_GEN_SEED", 1, "random `seed`")
	f.string(&from, "from", "SAGASU_CORPUS", "../shared/corpus/livedoor.jsonl", "JSONL `file` whose paragraphs are recombined")
	if err := f.parse(args); err != nil {
		return err
	}
	if err := f.noArguments("it writes the articles to standard output (sagasu gen -n 1000 > articles.jsonl)"); err != nil {
		return err
	}
	if n < 1 || n > 100_000_000 {
		return errors.New("-n must be 1–100000000")
	}
	src, err := readParagraphs(from)
	if err != nil {
		return err
	}
	rng := rand.New(rand.NewSource(int64(seed)))
	w := bufio.NewWriterSize(stdout, 1<<20)
	start := time.Date(2011, 1, 1, 0, 0, 0, 0, index.JST)
	span := time.Date(2026, 1, 1, 0, 0, 0, 0, index.JST).Sub(start)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for i := range n {
		if i%10000 == 0 {
			if err := ctx.Err(); err != nil {
				return err
			}
		}
		a := src.article(rng, i, start.Add(time.Duration(rng.Int63n(int64(span)))))
		if err := enc.Encode(a); err != nil {
			return err
		}
	}
	return w.Flush()
}

// paragraphs are the source corpus cut into paragraphs, by category.
type paragraphs struct {
	byCat map[string][]string
	cats  []string
	tags  []string
}

func readParagraphs(path string) (*paragraphs, error) {
	f, _, err := openFile(path, "a JSONL file of articles")
	if err != nil {
		return nil, fmt.Errorf("gen: %w (set -from)", err)
	}
	defer f.Close()
	p := &paragraphs{byCat: map[string][]string{}}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	seenTag := map[string]bool{}
	for sc.Scan() {
		a, err := index.DecodeArticle(sc.Bytes())
		if err != nil {
			continue
		}
		if _, ok := p.byCat[a.Category]; !ok {
			p.cats = append(p.cats, a.Category)
		}
		for _, para := range strings.Split(a.Body, "\n") {
			if para = strings.TrimSpace(para); utf8.RuneCountInString(para) >= 20 {
				p.byCat[a.Category] = append(p.byCat[a.Category], para)
			}
		}
		for _, w := range strings.FieldsFunc(a.Title, func(r rune) bool { return strings.ContainsRune(" 　、。「」『』【】！？!?・", r) }) {
			if n := utf8.RuneCountInString(w); n >= 2 && n <= 8 && !seenTag[w] {
				seenTag[w] = true
				// A title's zero-width space (濃い\u200b) is no part of a
				// tag, which the import would refuse; the list keeps its
				// length, so the same seed picks the same tags.
				if t := strings.TrimFunc(w, invisibleOrSpace); t != "" {
					p.tags = append(p.tags, t)
				}
			}
		}
	}
	if err := sc.Err(); err != nil {
		// (a line over 16 MB: /dev/zero)
		return nil, fmt.Errorf("gen: reading %s: %w", path, err)
	}
	if len(p.cats) == 0 {
		return nil, fmt.Errorf("gen: no articles in %s (a JSONL file of articles, one per line: -from)", path)
	}
	// A category whose bodies hold no paragraph long enough (or none at
	// all) has nothing to recombine: an article drawn from it had
	// panicked. The others keep their order, so a seed writes what it
	// wrote from a source whose every category has paragraphs.
	p.cats = slices.DeleteFunc(p.cats, func(c string) bool { return len(p.byCat[c]) == 0 })
	if len(p.cats) == 0 {
		return nil, errors.New("gen: no article in the source has a paragraph of 20 characters or more to recombine")
	}
	return p, nil
}

// article builds one synthetic article: a category of 20 (each source
// category split in two or three), 3–8 paragraphs from that source
// category, the first sentence as the title, 0–3 tags.
func (p *paragraphs) article(rng *rand.Rand, i int, published time.Time) index.Article {
	c := rng.Intn(20)
	src := p.cats[c%len(p.cats)]
	pool := p.byCat[src]
	k := 3 + rng.Intn(6)
	paras := make([]string, k)
	for j := range paras {
		paras[j] = pool[rng.Intn(len(pool))]
	}
	title := paras[0]
	if end := strings.IndexAny(title, "。！？"); end > 0 {
		title = title[:end]
	}
	if r := []rune(title); len(r) > 40 {
		title = string(r[:40])
	}
	tags := []string{}
	for range rng.Intn(4) {
		if len(p.tags) > 0 { // (titles with no word of 2–8 characters give none)
			tags = append(tags, p.tags[rng.Intn(len(p.tags))])
		}
	}
	return index.Article{
		ID:        fmt.Sprintf("gen-%08d", i),
		Title:     title,
		Body:      strings.Join(paras, "\n\n"),
		Category:  fmt.Sprintf("cat-%02d", c+1),
		Tags:      tags,
		Published: published,
		URL:       fmt.Sprintf("https://news.example.jp/gen/%08d", i),
	}
}

// invisibleOrSpace reports a space or a character that shows as nothing
// (a format character: zero-width space, byte order mark, …).
func invisibleOrSpace(r rune) bool { return unicode.IsSpace(r) || unicode.Is(unicode.Cf, r) }
