package analyzer

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ikawaha/kagome/v2/tokenizer"
)

// BenchmarkStages splits the analyzer's cost: kagome on the folded, chunked
// text alone; the main field; the main and reading fields in one pass.
func BenchmarkStages(b *testing.B) {
	path := os.Getenv("SAGASU_CORPUS")
	if path == "" {
		path = filepath.Join("..", "..", "shared", "corpus", "livedoor.jsonl")
	}
	raw, err := os.ReadFile(path)
	if err != nil {
		b.Skipf("corpus not found at %s", path)
	}
	var texts [][]byte
	var size int64
	for _, l := range strings.SplitN(string(raw), "\n", 501)[:500] {
		var a struct{ Title, Body string }
		if err := json.Unmarshal([]byte(l), &a); err != nil {
			b.Fatal(err)
		}
		texts = append(texts, []byte(a.Title+"\n"+a.Body))
		size += int64(len(a.Title) + 1 + len(a.Body))
	}
	ud, err := os.ReadFile("../data/userdict.csv")
	if err != nil {
		b.Fatal(err)
	}
	names, err := os.ReadFile("../data/names.txt")
	if err != nil {
		b.Fatal(err)
	}
	a, err := New(Options{UserDict: string(ud), NameReadings: string(names)})
	if err != nil {
		b.Fatal(err)
	}
	run := func(name string, f func([]byte)) {
		b.Run(name, func(b *testing.B) {
			b.SetBytes(size)
			for b.Loop() {
				for _, t := range texts {
					f(t)
				}
			}
		})
	}
	run("kagome-chunked", func(t []byte) {
		n := normalize(t, false)
		for s := 0; s < len(n.text); {
			e := chunkEnd(n.text, s)
			a.k.Analyze(string(n.text[s:e]), tokenizer.Search)
			s = e
		}
	})
	run("main", func(t []byte) { a.streams(t, false, borrow) })
	run("main+reading", func(t []byte) { a.streams(t, true, borrow) })
}
