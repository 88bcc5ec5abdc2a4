package analyzer

import (
	"fmt"

	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/registry"
)

// Name is the bleve analyzer type registered by this package. An index
// mapping uses it directly, or defines a custom analyzer of this type with a
// "user_dict" entry (the dictionary's CSV text), which bleve then stores in
// the index so that queries are analysed with the dictionary the documents
// were indexed with.
const Name = "ja"

// ConfigUserDict is the analyzer config key holding the user dictionary.
const ConfigUserDict = "user_dict"

func init() {
	if err := registry.RegisterAnalyzer(Name, constructor); err != nil {
		panic(err)
	}
}

func constructor(config map[string]interface{}, _ *registry.Cache) (analysis.Analyzer, error) {
	opts, err := OptionsFromConfig(config)
	if err != nil {
		return nil, err
	}
	return New(opts)
}

// Config returns the bleve analyzer config for opts, for
// IndexMapping.AddCustomAnalyzer.
func (o Options) Config() map[string]interface{} {
	return map[string]interface{}{"type": Name, ConfigUserDict: o.UserDict}
}

// OptionsFromConfig reads Options back from a bleve analyzer config.
func OptionsFromConfig(config map[string]interface{}) (Options, error) {
	var o Options
	if v, ok := config[ConfigUserDict]; ok && v != nil {
		s, ok := v.(string)
		if !ok {
			return o, fmt.Errorf("analyzer: %s must be a string, not %T", ConfigUserDict, v)
		}
		o.UserDict = s
	}
	return o, nil
}
