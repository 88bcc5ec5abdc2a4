package analyzer

import (
	"github.com/ikawaha/kagome-dict/dict"
	"github.com/ikawaha/kagome-dict/ipa"
	"github.com/ikawaha/kagome/v2/tokenizer"
)

// featureIndex holds where the IPA dictionary keeps a known word's base
// form, inflection and reading. kagome's Token.BaseForm and Token.Reading
// look the index up in a map on every call; the analyzer reads them for
// every token, so it looks them up once.
type featureIndex struct {
	base, form, reading int
}

func newFeatureIndex() featureIndex {
	meta := ipa.Dict().ContentsMeta
	idx := func(key string) int {
		if i, ok := meta[key]; ok {
			return int(i)
		}
		return -1
	}
	return featureIndex{base: idx(dict.BaseFormIndex), form: idx(dict.InflectionalForm), reading: idx(dict.ReadingIndex)}
}

// get returns feature i of a known word, falling back to kagome's own
// lookup for other classes.
func (f featureIndex) get(k *tokenizer.Token, i int, slow func() (string, bool)) (string, bool) {
	if k.Class == tokenizer.KNOWN && i >= 0 {
		return k.FeatureAt(i)
	}
	return slow()
}

func (f featureIndex) baseForm(k *tokenizer.Token) (string, bool) {
	return f.get(k, f.base, k.BaseForm)
}

func (f featureIndex) readingOf(k *tokenizer.Token) (string, bool) {
	return f.get(k, f.reading, k.Reading)
}

func (f featureIndex) inflection(k *tokenizer.Token) (string, bool) {
	return f.get(k, f.form, k.InflectionalForm)
}
