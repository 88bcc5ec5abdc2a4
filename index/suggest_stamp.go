package index

import (
	"crypto/sha256"
	"encoding/hex"
	"runtime"
	"runtime/debug"
	"strings"
	"sync"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/mapping"

	"sagasu/analyzer"
)

// The files the suggestions keep beside the index (suggest.cache,
// suggest.snap) are stamped with what decides their content, and a file
// whose stamp is not this build's is ignored and built again. The stamp
// had held a hash of the executable: every new binary, however unrelated
// its change, threw them away, and a start after a deploy rebuilt them
// (40–130 s at 100,000 articles on a loaded machine) while suggestions
// answered from a partial build. It holds instead what the build reads:
//
//   - suggestVersion, bumped by a change of the suggestions' build (see
//     mapping.go; TestSuggestBuildDigest fails when the build's output
//     changes and neither it nor schemaVersion did);
//   - schemaVersion (the analysis and the fields the build reads);
//   - the user dictionary and the name-reading table, both as the index
//     stores them in its mapping (its analyzer's) and as this build
//     ships or was given them (the suggestions' spellings and compounds);
//   - the synonyms and the English glossary (some words' readings);
//   - the Go release (its Unicode tables) and the versions of the modules
//     the analysis and the index come from (kagome and its dictionary,
//     golang.org/x/text, bleve).

// stampModules are the module path prefixes whose versions go into the
// stamp: the code, and the data embedded in it, that the build reads.
var stampModules = []string{"github.com/ikawaha/", "golang.org/x/text", "github.com/blevesearch/"}

// buildInputs is the part of the stamp that is the same for every index
// a process opens: the versions and the Go release.
var buildInputs = sync.OnceValue(func() string {
	var b strings.Builder
	b.WriteString(runtime.Version())
	if info, ok := debug.ReadBuildInfo(); ok {
		for _, m := range info.Deps {
			if !stampModule(m.Path) {
				continue
			}
			if m.Replace != nil {
				m = m.Replace
			}
			b.WriteString("\n" + m.Path + "@" + m.Version + " " + m.Sum)
		}
	}
	return b.String()
})

// stampModule reports whether the module at path is one the build reads.
func stampModule(path string) bool {
	for _, p := range stampModules {
		if strings.HasPrefix(path, p) {
			return true
		}
	}
	return false
}

// stampInputs are the parts of a stamp, each hashed apart.
type stampInputs struct {
	suggest, schema, build string
	userDict, nameReadings string // as given to Open (or shipped)
	synonyms, english      string
	stored                 string // the dictionaries the index's mapping holds
}

// stamp returns the hash of the inputs.
func (in stampInputs) stamp() string {
	h := sha256.New()
	for _, s := range []string{in.suggest, in.schema, in.build, in.userDict, in.nameReadings, in.synonyms, in.english, in.stored} {
		h.Write([]byte(s))
		h.Write([]byte{0})
	}
	return hex.EncodeToString(h.Sum(nil))
}

// stampInputs returns this build's inputs for the index b. The caller
// holds ix.mu.
func (ix *Index) stampInputs(b bleve.Index) stampInputs {
	return stampInputs{suggest: suggestVersion, schema: schemaVersion, build: buildInputs(),
		userDict: ix.opts.UserDict, nameReadings: ix.opts.NameReadings,
		synonyms: ix.opts.Synonyms, english: ix.opts.English, stored: storedDicts(b)}
}

// suggestStamp is the stamp of the suggestion files of the open index,
// "" when there is none. The caller holds ix.mu.
func (ix *Index) suggestStamp() string {
	if ix.b == nil {
		return ""
	}
	return ix.stampInputs(ix.b).stamp()
}

// storedDicts returns the user dictionary and name-reading table of the
// analyzers b's mapping defines ("" for a mapping without them).
func storedDicts(b bleve.Index) string {
	im, ok := b.Mapping().(*mapping.IndexMappingImpl)
	if !ok || im.CustomAnalysis == nil {
		return ""
	}
	var out strings.Builder
	for _, name := range []string{textAnalyzer, readingAnalyzer} {
		o, err := analyzer.OptionsFromConfig(im.CustomAnalysis.Analyzers[name])
		if err != nil {
			continue
		}
		out.WriteString(name + "\x00" + o.UserDict + "\x00" + o.NameReadings + "\x00")
	}
	return out.String()
}
