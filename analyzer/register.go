package analyzer

import (
	"fmt"

	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/registry"
)

// Name is the bleve analyzer type for the main fields. An index mapping
// defines a custom analyzer of this type (and of ReadingName) with a
// "user_dict" entry, the dictionary's CSV text, and a "name_readings"
// entry, the name-reading table, which bleve stores in the index so that
// queries are analysed with the dictionaries the documents were indexed
// with.
const Name = "ja"

// Analyzer config keys: the user dictionary and the name-reading table.
const (
	ConfigUserDict     = "user_dict"
	ConfigNameReadings = "name_readings"
)

func init() {
	for name, cons := range map[string]registry.AnalyzerConstructor{
		Name: func(config map[string]interface{}, _ *registry.Cache) (analysis.Analyzer, error) {
			return fromConfig(config)
		},
		ReadingName: func(config map[string]interface{}, _ *registry.Cache) (analysis.Analyzer, error) {
			a, err := fromConfig(config)
			if err != nil {
				return nil, err
			}
			return a.Reading(), nil
		},
		BigramName: func(map[string]interface{}, *registry.Cache) (analysis.Analyzer, error) {
			return Bigram{}, nil
		},
	} {
		if err := registry.RegisterAnalyzer(name, cons); err != nil {
			panic(err)
		}
	}
}

func fromConfig(config map[string]interface{}) (*Analyzer, error) {
	opts, err := OptionsFromConfig(config)
	if err != nil {
		return nil, err
	}
	return New(opts)
}

// Config returns the bleve analyzer config of type typ (Name or
// ReadingName) for opts, for IndexMapping.AddCustomAnalyzer.
func (o Options) Config(typ string) map[string]interface{} {
	return map[string]interface{}{"type": typ, ConfigUserDict: o.UserDict, ConfigNameReadings: o.NameReadings}
}

// OptionsFromConfig reads Options back from a bleve analyzer config.
func OptionsFromConfig(config map[string]interface{}) (Options, error) {
	var o Options
	for key, dst := range map[string]*string{ConfigUserDict: &o.UserDict, ConfigNameReadings: &o.NameReadings} {
		if v, ok := config[key]; ok && v != nil {
			s, ok := v.(string)
			if !ok {
				return o, fmt.Errorf("analyzer: %s must be a string, not %T", key, v)
			}
			*dst = s
		}
	}
	return o, nil
}
