package index

import (
	"bufio"
	"encoding/gob"
	"errors"
	"os"
	"path/filepath"
	"sync"
)

// The suggestion builds learn things about an index's words that are
// slow to find and change little: how the analyzer reads each word
// (wordInfo), the spelling most articles give a katakana or Latin word
// (longSpelling, caseSpelling), how many bodies have a title's compound
// (phraseCount) and the readings of categories and tags. The suggester
// keeps them across rebuilds, and a file beside the index keeps them
// across restarts: without it the first build after a start looked them
// all up again (23–26 s at 100,000 articles against 3 s for a rebuild),
// and suggestions stayed empty that long.
//
// The file is a cache: one stamped for another build of the caches (see
// suggest_stamp.go: another suggestVersion or schema, other dictionaries,
// synonyms or glossary) is ignored, as is one that cannot be read (with a
// warning); a spelling or count it holds is still checked against the
// index's current counts. A reindex starts the new generation without it.

// suggestCacheName is the file's name in the generation directory.
const suggestCacheName = "suggest.cache"

// cacheSaveGrowth: after a build, the cache file is written again when
// the caches have learnt this share of what they hold (at least
// cacheSaveMin entries), and at shutdown when they learnt anything.
const (
	cacheSaveGrowth = 20 // 1/20: 5%
	cacheSaveMin    = 1000
)

// cacheFile is the file's content (gob).
type cacheFile struct {
	Stamp     string
	Words     map[string]cachedWord
	Long      map[string]cachedCheck
	Cased     map[string]cachedCheck
	Compounds map[string]cachedCompound
	Labels    map[string]string
}

type cachedWord struct {
	Reading  string
	Others   []string
	Variants []cachedVariant
	Flags    uint8
}

type cachedVariant struct {
	Reading string
	Exact   bool
}

type cachedCheck struct {
	DF       uint64
	Spelling string
}

type cachedCompound struct {
	Rarest, N uint64
}

// wordInfo flags in cachedWord.Flags.
const (
	flagContent = 1 << iota
	flagSingle
	flagJoined
	flagLong
	flagWeakPrefix
	flagDict
	flagInflected
)

// learn stores what a build found in one of the suggester's caches and
// counts it for the next save.
func (s *suggester) learn(m *sync.Map, k string, v any) {
	m.Store(k, v)
	s.learnt.Add(1)
}

// usedKeys are the keys of each cache a build looked up.
type usedKeys struct{ keys map[*sync.Map]map[string]bool }

// startUse begins noting the keys a build looks up, and returns the set
// it notes them in (see pruneUnused).
func (s *suggester) startUse() *usedKeys {
	s.usedMu.Lock()
	defer s.usedMu.Unlock()
	s.used = &usedKeys{keys: map[*sync.Map]map[string]bool{}}
	return s.used
}

// use notes that the build under way looked up key in m.
func (s *suggester) use(m *sync.Map, key string) {
	s.usedMu.Lock()
	defer s.usedMu.Unlock()
	if s.used == nil {
		return
	}
	if s.used.keys[m] == nil {
		s.used.keys[m] = map[string]bool{}
	}
	s.used.keys[m][key] = true
}

// pruneUnused forgets, after a build that ended well, what it did not
// look up: the words of deleted and replaced articles. A build reads
// every word the index has, so the caches hold the live words' and no
// more; kept, every word ever written stayed, in memory and in the file
// (a megabyte of random katakana left 2.4 MB behind when deleted).
// used is the set startUse returned; another build's is left alone.
func (s *suggester) pruneUnused(used *usedKeys, ok bool) {
	s.usedMu.Lock()
	mine := s.used == used
	if mine {
		s.used = nil
	}
	s.usedMu.Unlock()
	if !mine || !ok {
		return
	}
	for _, m := range []*sync.Map{&s.words, &s.long, &s.cased, &s.labels} {
		n := 0
		m.Range(func(k, _ any) bool {
			if !used.keys[m][k.(string)] {
				m.Delete(k)
				n++
			}
			return true
		})
		s.learnt.Add(int64(n)) // (the file is written again when enough changed)
	}
}

// forget empties the caches (a reindex switched to a generation whose
// analyzer may read words otherwise).
func (s *suggester) forget() {
	for _, m := range []*sync.Map{&s.words, &s.long, &s.cased, &s.compounds, &s.labels} {
		m.Clear()
	}
	s.learnt.Store(0)
	s.saved.Store(0)
}

// genPath is the directory of the current generation (the data directory
// itself for a plain index directory). The caller holds ix.mu.
func (ix *Index) genPath() string {
	if ix.gen == "" {
		return ix.dir
	}
	return filepath.Join(ix.dir, ix.gen)
}

// loadSuggestCache fills the suggester's caches from the current
// generation's file, if there is a usable one: a file that cannot be
// read is ignored with a warning, one of another stamp quietly.
func (ix *Index) loadSuggestCache() {
	release, err := ix.acquire()
	if err != nil {
		return
	}
	path, stamp := filepath.Join(ix.genPath(), suggestCacheName), ix.suggestStamp()
	release()
	if stamp == "" {
		return
	}
	f, err := openSuggestFile(path)
	if err != nil {
		if !errors.Is(err, os.ErrNotExist) {
			ix.opts.Logger.Warn("the suggestion caches' file cannot be read; it is ignored and the caches built again",
				"file", path, "error", err.Error())
		}
		return
	}
	defer f.Close()
	var c cacheFile
	if err := gob.NewDecoder(bufio.NewReader(f)).Decode(&c); err != nil {
		ix.opts.Logger.Warn("the suggestion caches' file cannot be read; it is ignored and the caches built again",
			"file", path, "error", err.Error())
		return
	}
	if c.Stamp != stamp {
		return
	}
	s := &ix.sug
	for k, w := range c.Words {
		info := wordInfo{reading: w.Reading, others: w.Others,
			content: w.Flags&flagContent != 0, single: w.Flags&flagSingle != 0, joined: w.Flags&flagJoined != 0,
			long: w.Flags&flagLong != 0, weakPrefix: w.Flags&flagWeakPrefix != 0, dict: w.Flags&flagDict != 0,
			inflected: w.Flags&flagInflected != 0}
		for _, v := range w.Variants {
			info.variants = append(info.variants, variant{reading: v.Reading, exact: v.Exact})
		}
		s.words.LoadOrStore(k, info)
	}
	for k, c := range c.Long {
		s.long.LoadOrStore(k, longCheck{df: c.DF, spelling: c.Spelling})
	}
	for k, c := range c.Cased {
		s.cased.LoadOrStore(k, longCheck{df: c.DF, spelling: c.Spelling})
	}
	for k, c := range c.Compounds {
		s.compounds.LoadOrStore(k, compoundCheck{rarest: c.Rarest, n: c.N})
	}
	for k, r := range c.Labels {
		s.labels.LoadOrStore(k, r)
	}
	s.saved.Store(int64(c.entries()))
}

// entries is the number of things the file holds.
func (c *cacheFile) entries() int {
	return len(c.Words) + len(c.Long) + len(c.Cased) + len(c.Compounds) + len(c.Labels)
}

// saveSuggestCache writes the caches to the current generation's file
// when they have learnt enough since they were read or last written (at
// shutdown, anything). The file is replaced whole (see writeGob); a
// failure leaves the old one, or none.
func (ix *Index) saveSuggestCache(final bool) {
	s := &ix.sug
	s.saveMu.Lock()
	defer s.saveMu.Unlock()
	learnt := s.learnt.Load()
	if learnt == 0 || !final && learnt < max(cacheSaveMin, s.saved.Load()/cacheSaveGrowth) {
		return
	}
	// Held throughout: a reindex's switch, which empties the caches,
	// waits, so they are written for the generation they describe.
	release, err := ix.acquire()
	if err != nil {
		return
	}
	defer release()
	stamp := ix.suggestStamp()
	if stamp == "" {
		return
	}
	path := filepath.Join(ix.genPath(), suggestCacheName)
	s.learnt.Store(0) // (what is learnt while this runs is counted for the next)
	c := s.cacheFileOf(stamp)
	if err := writeGob(path, c); err != nil {
		ix.opts.Logger.Warn("could not keep the suggestion caches for the next start", "file", path, "error", err.Error())
		return
	}
	s.saved.Store(int64(c.entries()))
}

// cacheFileOf returns the file's content for what the caches hold.
func (s *suggester) cacheFileOf(stamp string) *cacheFile {
	c := &cacheFile{Stamp: stamp, Words: map[string]cachedWord{}, Long: map[string]cachedCheck{},
		Cased: map[string]cachedCheck{}, Compounds: map[string]cachedCompound{}, Labels: map[string]string{}}
	s.words.Range(func(k, v any) bool {
		info := v.(wordInfo)
		w := cachedWord{Reading: info.reading, Others: info.others}
		for _, v := range info.variants {
			w.Variants = append(w.Variants, cachedVariant{Reading: v.reading, Exact: v.exact})
		}
		for i, set := range []bool{info.content, info.single, info.joined, info.long, info.weakPrefix, info.dict, info.inflected} {
			if set {
				w.Flags |= 1 << i
			}
		}
		c.Words[k.(string)] = w
		return true
	})
	for _, m := range []struct {
		from *sync.Map
		to   map[string]cachedCheck
	}{{&s.long, c.Long}, {&s.cased, c.Cased}} {
		m.from.Range(func(k, v any) bool {
			l := v.(longCheck)
			m.to[k.(string)] = cachedCheck{DF: l.df, Spelling: l.spelling}
			return true
		})
	}
	s.compounds.Range(func(k, v any) bool {
		cc := v.(compoundCheck)
		c.Compounds[k.(string)] = cachedCompound{Rarest: cc.rarest, N: cc.n}
		return true
	})
	s.labels.Range(func(k, v any) bool {
		c.Labels[k.(string)] = v.(string)
		return true
	})
	return c
}
