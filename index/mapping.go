package index

import (
	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/analysis/analyzer/keyword"
	"github.com/blevesearch/bleve/v2/mapping"

	"sagasu/analyzer"
)

// Field names in the bleve index.
const (
	fieldTitle     = "title"
	fieldBody      = "body"
	fieldCategory  = "category"
	fieldTags      = "tags"
	fieldPublished = "published"
	fieldMonth     = "month" // YYYY-MM in JST, for the month facet
	fieldURL       = "url"
	fieldAuthor    = "author"
)

// textAnalyzer is the name of the custom analyzer the mapping defines: the
// analyzer package's "ja" type with this project's user dictionary. bleve
// stores the definition (dictionary included) in the index, so queries are
// always analysed the way the documents were.
const textAnalyzer = "ja"

// schemaVersion changes whenever the mapping or the analysis changes in a
// way that needs a rebuild. It is stored in the index and checked on open.
const schemaVersion = "1"

// newMapping returns the index mapping: title and body analysed with the
// Japanese analyzer, stored, with term vectors (phrases, highlights);
// category, tags and author as keywords; published as a date with doc
// values for sorting; month as a keyword for the month facet; url stored
// only. Nothing goes into bleve's _all field.
func newMapping(opts analyzer.Options) (*mapping.IndexMappingImpl, error) {
	im := bleve.NewIndexMapping()
	if err := im.AddCustomAnalyzer(textAnalyzer, opts.Config()); err != nil {
		return nil, err
	}
	im.ScoringModel = "bm25"
	im.DefaultAnalyzer = textAnalyzer
	im.StoreDynamic = false
	im.IndexDynamic = false
	im.DocValuesDynamic = false

	text := func() *mapping.FieldMapping {
		f := bleve.NewTextFieldMapping()
		f.Analyzer = textAnalyzer
		f.Store = true
		f.IncludeTermVectors = true
		f.IncludeInAll = false
		f.DocValues = false
		return f
	}
	kw := func(store, docValues bool) *mapping.FieldMapping {
		f := bleve.NewKeywordFieldMapping()
		f.Analyzer = keyword.Name
		f.Store = store
		f.IncludeInAll = false
		f.IncludeTermVectors = false
		f.DocValues = docValues
		return f
	}
	published := bleve.NewDateTimeFieldMapping()
	published.Store = true
	published.IncludeInAll = false
	published.DocValues = true
	url := bleve.NewTextFieldMapping()
	url.Index = false
	url.Store = true
	url.IncludeInAll = false
	url.IncludeTermVectors = false
	url.DocValues = false

	doc := bleve.NewDocumentStaticMapping()
	doc.AddFieldMappingsAt(fieldTitle, text())
	doc.AddFieldMappingsAt(fieldBody, text())
	doc.AddFieldMappingsAt(fieldCategory, kw(true, true))
	doc.AddFieldMappingsAt(fieldTags, kw(true, false))
	doc.AddFieldMappingsAt(fieldAuthor, kw(true, false))
	doc.AddFieldMappingsAt(fieldPublished, published)
	doc.AddFieldMappingsAt(fieldMonth, kw(false, true))
	doc.AddFieldMappingsAt(fieldURL, url)
	im.DefaultMapping = doc
	return im, im.Validate()
}

// toDoc is the value the mapping indexes for an article.
func toDoc(a *Article) map[string]any {
	d := map[string]any{
		fieldTitle:     a.Title,
		fieldBody:      a.Body,
		fieldPublished: a.Published,
		fieldMonth:     a.Published.In(JST).Format("2006-01"),
	}
	if a.Category != "" {
		d[fieldCategory] = a.Category
	}
	if len(a.Tags) > 0 {
		d[fieldTags] = a.Tags
	}
	if a.URL != "" {
		d[fieldURL] = a.URL
	}
	if a.Author != "" {
		d[fieldAuthor] = a.Author
	}
	return d
}
