package index

import (
	"strconv"
	"time"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/analysis/analyzer/keyword"
	"github.com/blevesearch/bleve/v2/document"
	"github.com/blevesearch/bleve/v2/mapping"
	bindex "github.com/blevesearch/bleve_index_api"

	"sagasu/analyzer"
)

// Field names in the bleve index.
const (
	fieldTitle        = "title"
	fieldBody         = "body"
	fieldBodyTail     = "body_tail"     // stored only: the lists of links that end the body (see splitLinksAndPopular)
	fieldLinks        = "links"         // indexed only: those of related links (see relatedLists)
	fieldTitleReading = "title_reading" // readings of title tokens
	fieldBodyReading  = "body_reading"  // readings of body tokens
	fieldBigram       = "bigram"        // character bigrams of title and body
	fieldCategory     = "category"
	fieldTags         = "tags"
	fieldPublished    = "published"
	fieldURL          = "url"
	fieldAuthor       = "author"
	fieldChars        = "chars" // characters in title and body, for related articles
	fieldKeys         = "keys"  // facet and sort keys, the one field searches read per hit
	// fieldAka (aka.go) holds the Latin/katakana pairs an article states;
	// fieldSound (sound.go) the consonant skeletons of its Latin and
	// katakana words; fieldTagWord (tagword.go) its tags folded.
)

// fieldKeys holds, for each article, the few short terms a search reads
// for every matching article: its category facet key, its month facet key
// and its sort key. One doc-values field instead of three (and instead of
// a date field's sixteen prefix-coded terms) makes sorting and faceting a
// search over many matches read one small value per match.
const (
	keyCategory = "c" // + category
	keyMonth    = "m" // + YYYY-MM in JST
	keySort     = "s" // + published UTC as sortKeyLayout + id; sorts after the others
	// sortKeyLayout is fixed width, so string order is time order; the id
	// appended makes every key unique, so no further tie-break is needed.
	sortKeyLayout = "20060102150405"
)

// keys returns an article's fieldKeys terms.
func keys(a *Article) []string {
	out := make([]string, 0, 3)
	if a.Category != "" {
		out = append(out, keyCategory+norm.NFC.String(a.Category)) // (composed: see doc)
	}
	return append(out, keyMonth+a.Published.In(JST).Format("2006-01"), sortKey(a))
}

// Custom analyzers the mapping defines: the analyzer package's types with
// this project's user dictionary. bleve stores the definitions (dictionary
// included) in the index, so queries are always analysed the way the
// documents were.
const (
	textAnalyzer    = "ja"
	readingAnalyzer = "ja_reading"
)

// schemaVersion changes whenever the mapping or the analysis changes in a
// way that needs a rebuild. It is stored in the index and checked on open.
const schemaVersion = "80" // 80: a joined verb also where kagome reads its second verb in another form ending in its e-row kana before a particle or the copula (読み聞かせで: 聞かす 仮定形 and で; 読み聞かせだった: せ 未然形; analyzer/verbcompound.go nounImperative); 79: a number of 10 to 119 in brackets written onto a noun (a name, its honorific or role: 長野じゅりあさん（16）, 落合博満監督（57）) marked as an age at its closing bracket, so that 16歳 and 16才 find it (analyzer/age.go AgeMark; index/units_age.go); 78: a verb's continuative written onto another verb or its noun, where kagome reads them apart, also indexed whole and read as it is said when it ends as a noun (読み聞かせ: ヨミキカセ, 食べ歩き; analyzer/verbcompound.go); 77: an unknown word of kanji against another kanji word read as the dictionary's two-kanji words read its kanji, when it has no entry of its own (圧 of 加|圧: アツ, joined カアツ; analyzer/unknownkanji.go); 76: 興 read コウ and オキ in given names, which the dictionary reads only キョウ as a common word (亀田興毅: カメダコウキ beside カメダキョウアツシ; data/names.txt); 75: a sentence key read with each run of digits as one mark, so that a site's form repeated with another date or count (a giveaway's 賞品の発送は3月下旬頃, a weekly ranking's dates) is one repeated sentence (boilerplate.go sentenceForm); 74: a point between a Latin word and the number after it takes no position (vol.04: vol4; analyzer isJoiner), and an adverb of kanji and a final と or に indexed as its noun (意外と: 意外, イガイ; analyzer/adverb.go); 73: a series number written with a zero after a Latin word and a point indexed without it (vol.05: vol.5; analyzer/numbers.go seriesNumber), and a one-kanji suffix after a pronoun and its run also read with the dictionary's other readings of it as a common suffix (僕等: ボクラ beside ボクトウ; analyzer/suffix.go); 72: an also-known-as pair whose katakana side has ヴ or a small vowel also keyed by that side as kana spells it, one way (ベスタス=vestas of Vestas（ヴェスタス）: べすたす finds the articles that write only Vestas; aka.go akaTerms); 71: a katakana word's final ス that kagome reads with the っ of って as the verb スる given back to the word (ニュー|スって: ニュース; analyzer/katakanaverb.go); 70: a joined run of kanji also read with the first kana of a later single kanji voiced, one at a time, unless its reading has a voiced kana (里田: サトダ beside サトタ; analyzer/rendaku.go); 69: a wh at the start of a Latin word also read HW in the sound field, as katakana writes it (white: ホワイト; akasound_latin.go skeletonRules.whHW); 68: an er after a consonant and before a vowel that starts three letters or more of a Latin word also read unsounded in the sound field (cyberagent: サイバーエージェント; akasound_latin.go skeletonRules.erVowel); 67: ウ before a full-size vowel or ッ inside a katakana word also read as a W in the sound field, as at its start (ソフトウエア: software, ハリウッド: Hollywood; akasound.go wGlide); 66: 來 folded to 来 in the reading field, as the other kanji variants of names are (倖田來未, 未來: ミライ; analyzer/normalize.go kanjiVariants); 65: ch inside a Latin word also read K in the sound field (tech: テック, mechanic: メカニック; akasound_latin.go skeletonRules.chK), so a name of letters and a word typed in kana finds it (ユービーテック: UBTech); 64: the kept words for related articles as each term once with its counts and notes, their strings where the title or the text has them (related_stored.go encodeSourceTerms; a third of the bytes); 63: each article's words for related articles kept with it, analysed once when it is written, not on every request (related_source.go fieldSourceWords); 62: a one-kanji prefix and the runs it starts also read with the prefix's other readings in the dictionary (大掃除: オオソウジ beside ダイソウジ; analyzer/prefix.go); 61: an h inside a Latin word that no vowel follows, or after a consonant it does not sound with, also read silent in the sound field (john: ジョン, piranha: ピラニア; akasound_latin.go skeletonRules.silentH); 60: ℃ and °C read 度, as a temperature is also written (5℃ had been 5 and the letter c; analyzer/normalize.go); 59: a th at the start of a Latin word also read T in the sound field (thomas: トーマス; akasound_latin.go skeletonRules.thT); 58: each of several glosses in one pair of parentheses an also-known-as pair of the name before (Pony.ai（小馬智行、ポニー・エーアイ）; aka.go glossNames); 57: ch also read as シ in the sound field (machine: マシン; akasound_latin.go skeletonRules.chSh); 56: a tag naming a model also indexed by its product line (Snapdragon of Snapdragon 8 Elite Gen 5; tagword.go modelLine); 55: パスキー, チップレット and 光電融合 in the user dictionary (kagome split them パ|スキー, チップ|レット, 光|電|融合); 54: notices of corrections (【訂正】…) titled as roundups in the kind field (digest.go correctionTitle); 53: an r between a vowel and an e before a consonant also unsounded in the sound field (firefox: ファイアフォックス; akasound.go silentR); 52: a year's 10大ニュース, ニュース5選 and 年を振り返る titled as roundups in the kind field (digest.go roundupTitle); 51: hu at the start of a Latin word also read as F and a final ng as ン in the sound field, a pair of Latin words read with the second word's start (jensen huang: ジェンスン・フアン; akasound.go skeletonRules.huF, ngN); 50: a Latin word starting with v also read with an F in the sound field (volkswagen: フォルクスワーゲン; akasound.go skeletonRules.vf); 49: lists under a site's own recommended or newest headings off the body (【MOVIE ENTER おすすめ記事】; links.go sitePopularHeading); 48: two Latin words side by side also one word of the sound field (panther lake; sound.go latinPairWord); 47: articles titled as roundups marked in the kind field (digest.go roundupTitle); 46: a column's list under ■の記事をもっとみる off the body (links.go); 45: a word of hiragana kagome does not know keeps the kana before its first small kana (ちゅうごく, not ゅうごく; analyzer/smallkana.go), and a user-dictionary compound whose part is another is indexed by that one's parts (論理|量子|ビット; analyzer flattenParts), and 就活, 妊活, 終活 and 推し活 in the user dictionary; 44: words IPA keeps whole split by the user dictionary so that their head finds them (電池 in 蓄電池, 量子 in 光量子; data/userdict.csv); 43: acronyms glossed after the kanji words they stand for are also-known-as pairs (欧州連合（EU）; aka.go); 42: explainers marked in the kind field (explainer.go); 41: an apostrophe between letters takes no position (B'z; analyzer isJoiner); 40: a name with & only where one side is a single letter (BD&DVD is two words; analyzer/symbolname.go); 39: a common noun of three kanji or more that kagome splits alone is indexed by its parts (大震災 in 東日本大震災; analyzer/parts.go); 38: no noun reading for a one-kanji ichidan verb the dictionary has no noun of (信じ; analyzer nounReading); 37: names with & are terms of their own (H&M, AT&T), a point between letters takes no position (Node.js; analyzer); 36: names that end in ++ or # are terms of their own (C++, C#; analyzer/symbolname.go); 35: katakana names joined across their middle dots in the sound field (ティムクック of ティム・クック; sound.go); 34: a run of one letter, digit or katakana read for its first 32 characters, not all (analyzer pastRun); 33: readings of runs of a compound's parts (ゼンコタイ of 全固体電池; analyzer/parts.go); 32: lists under ■Xに関連した記事を読む and ■Xの記事をもっと見る off the body, the heading kept (links.go); 31: variation selectors and keycaps dropped, ™ a space, words of Hangul, Arabic, Thai indexed (analyzer), categories and tags composed (NFC); 30: 契約数900万 is 900万 (analyzer/numbers.go), あらすじ and 食洗機 in the user dictionary; 29: no three-kanji word by its head (27, 28: the reserved position broke compounds); 27: kanji months as number and 月 (analyzer/numbers.go); 26: a term indexed at its first 32 occurrences per field, not 512 (analyzer/occurrences.go); 25: lists of popular headlines off the body and out of related articles (links.go); 24: proper nouns kagome keeps whole also indexed by their words (analyzer/parts.go); 23: 𠮷 folded to 吉, kanji outside the BMP indexed (analyzer); 19: sentence keys (boilerplate.go); 20: glossed readings (gloss.go); 21: Latin words whole (analyzer/latinrun.go); 22: and joined as shingles where a capital starts the next

// suggestVersion changes whenever the suggestions' build changes what it
// keeps beside the index (suggest.cache, suggest.snap) for the same index,
// dictionaries and synonyms: a rule of what is offered, how it is read,
// keyed, counted or ranked. The files stamped with another version are
// built again at the next start (suggest_stamp.go); TestSuggestBuildDigest
// fails when the build's output changes and neither this nor schemaVersion
// did.
const suggestVersion = "10" // 10: a key with a space before a Latin word that has a digit also keyed with the space left out (iPhone 17: iphone17, Galaxy S25: galaxys25; suggest_build.go), a joined compound whose single kanji kagome read as a given name also read by the kanji's other dictionary reading (美|魔女: ビマジョ beside ヨシマジョ; suggest_namekanji.go), and a hiragana adverb that says its half twice right before katakana a piece of the titles' compounds (らくらく|スマートフォン; suggest_titles.go); 9: a word the titles write with an honorific on it (さん, ちゃん, くん) in two titles and half of its titles or more shown with it and keyed by its reading with it (ノム: ノムさん, ノムサン; suggest_honorific_after.go); 8: a word with a kanji the dictionary has no word of its own for keyed by the reading the dictionary's two-kanji words give that kanji (加圧: カアツ; analyzer/unknownkanji.go); 7: a word the titles write mostly as a suffix keyed only whole, a compound that starts with one dropped (ちゃん, 向け, 向けゲーム; suggest_suffixword.go), and a title that starts with kana that are no word also keyed by them and the reading after them (もし猫が: モシネコガ; suggest_title_lead.go); 6: a title also keyed by its reading with the particles written in hiragana between its words kept (となりのトトロ: トナリノトトロ beside トナリトトロ; suggest_titles.go); 5: such a reading only when it starts with another kana than the common one (日本人 ニホンジン, 毎年 マイネン keyed as before; analyzer/rarereadings.go); 4: a reading the dictionary gives a common noun at a far higher cost than its common one keyed weakly, as a variant (大人 タイジン, 男女 ナンニョ; analyzer/rarereadings.go, suggest_words.go); 3: a Latin word's shown capitals read in the first five articles with it by id, not the first three a search listed, which changed from run to run (web Web or WEB), and not from lower case inside an address (news of http://news.livedoor.com; suggest_case.go); 2: a word with a repeated kanji shown with 々 (様々), a handle's letters run into digits not offered as a word (memn of memn0ck), kana typed on past a word of kanji that kagome reads as a verb (じょしちゅう), and a joined compound also read with its later noun voiced (腕時計: ウデドケイ; suggest_case.go, suggest_words.go, suggest_reread.go, suggest_rendaku.go); 1: the suggestion files stamped with this version and what the build reads, not with a hash of the executable (suggest_stamp.go)

// newMapping returns the index mapping: title and body analysed with the
// Japanese analyzer, stored, with term vectors (phrases, highlights), each
// also indexed by reading (kana input, spelling variants; with term vectors
// for phrases and highlights) and, together, as character bigrams with
// positions (the fallback for words kagome cannot segment confidently,
// queried as phrases);
// category, tags and author as keywords; published as a date (range
// filters); keys (facets and sort) and chars (the article's length, for
// related articles) as keywords with doc values; aka (the Latin/katakana
// pairs the article states, see aka.go) and kind (explainer.go) as
// keywords; url stored only.
// There is no _all field, and only keys and chars have doc values.
func newMapping(opts analyzer.Options) (*mapping.IndexMappingImpl, error) {
	im := bleve.NewIndexMapping()
	if err := im.AddCustomAnalyzer(textAnalyzer, opts.Config(analyzer.Name)); err != nil {
		return nil, err
	}
	if err := im.AddCustomAnalyzer(readingAnalyzer, opts.Config(analyzer.ReadingName)); err != nil {
		return nil, err
	}
	im.ScoringModel = "bm25"
	im.DefaultAnalyzer = textAnalyzer
	im.StoreDynamic = false
	im.IndexDynamic = false
	im.DocValuesDynamic = false

	text := func(name, analyzer string, store, vectors bool) *mapping.FieldMapping {
		f := bleve.NewTextFieldMapping()
		f.Name = name
		f.Analyzer = analyzer
		f.Store = store
		f.IncludeTermVectors = vectors
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
	published.DocValues = false
	url := storedOnly()

	doc := bleve.NewDocumentStaticMapping()
	doc.AddFieldMappingsAt(fieldTitle,
		text(fieldTitle, textAnalyzer, true, true),
		text(fieldTitleReading, readingAnalyzer, false, true),
		text(fieldBigram, analyzer.BigramName, false, true))
	doc.AddFieldMappingsAt(fieldBody,
		text(fieldBody, textAnalyzer, true, true),
		text(fieldBodyReading, readingAnalyzer, false, true),
		text(fieldBigram, analyzer.BigramName, false, true))
	doc.AddFieldMappingsAt(fieldCategory, kw(true, false))
	doc.AddFieldMappingsAt(fieldTags, kw(true, false))
	doc.AddFieldMappingsAt(fieldAuthor, kw(true, false))
	doc.AddFieldMappingsAt(fieldPublished, published)
	doc.AddFieldMappingsAt(fieldURL, url)
	doc.AddFieldMappingsAt(fieldBodyTail, storedOnly())
	doc.AddFieldMappingsAt(fieldSourceWords, storedOnly()) // (written by articleDocument)
	doc.AddFieldMappingsAt(fieldLinks, text(fieldLinks, textAnalyzer, false, false))
	doc.AddFieldMappingsAt(fieldChars, kw(false, true))
	doc.AddFieldMappingsAt(fieldKeys, kw(false, true))
	doc.AddFieldMappingsAt(fieldAka, kw(false, false))
	doc.AddFieldMappingsAt(fieldSound, kw(false, false))
	doc.AddFieldMappingsAt(fieldTagWord, kw(false, false))
	doc.AddFieldMappingsAt(fieldSentence, kw(false, false))
	doc.AddFieldMappingsAt(fieldKind, kw(false, false))
	// No _all field: every query names its fields.
	doc.AddSubDocumentMapping("_all", bleve.NewDocumentDisabledMapping())
	im.DefaultMapping = doc
	return im, im.Validate()
}

// storedOnly maps a text field that is kept but not searched.
func storedOnly() *mapping.FieldMapping {
	f := bleve.NewTextFieldMapping()
	f.Index = false
	f.Store = true
	f.IncludeInAll = false
	f.IncludeTermVectors = false
	f.DocValues = false
	return f
}

// perHitDocValues are the indexing options of the doc-values fields a
// search reads for every match (fieldKeys, fieldChars): neither
// compressed nor chunked, so reading the values of a few thousand matches
// reads just those values. With the defaults every match decompresses its
// block of 1,024 documents, and that snappy decoding was a quarter of the
// CPU of search with facets at 100,000 articles. bleve's mapping cannot
// set these options, so articleDocument adds the fields itself.
const perHitDocValues = bindex.IndexField | bindex.DocValues | bindex.SkipDVCompression | bindex.SkipDVChunking

// articleDocument is what the index stores for an article: the mapped fields of
// toDoc and the per-hit doc-values fields.
func articleDocument(m mapping.IndexMapping, a *Article) (*document.Document, error) {
	doc := document.NewDocument(a.ID)
	if err := m.MapDocument(doc, toDoc(a)); err != nil {
		return nil, err
	}
	for _, k := range keys(a) {
		doc.AddField(document.NewTextFieldCustom(fieldKeys, nil, []byte(k), perHitDocValues, nil))
	}
	doc.AddField(document.NewTextFieldCustom(fieldChars, nil, []byte(strconv.Itoa(charCount(a))), perHitDocValues, nil))
	if an, ok := m.AnalyzerNamed(textAnalyzer).(*analyzer.Analyzer); ok {
		doc.AddField(document.NewTextFieldCustom(fieldSourceWords, nil, articleSourceWords(an, a), bindex.StoreField, nil))
	}
	folded := foldParenTexts(a)
	for _, f := range []struct {
		name  string
		terms []string
	}{{fieldAka, append(akaTermsFolded(a, folded), glosses(m, folded)...)}, {fieldSound, soundTerms(a)}, {fieldTagWord, tagWords(a)}, {fieldSentence, sentenceKeys(a)}, {fieldKind, kindTerms(a)}} {
		for _, t := range f.terms {
			doc.AddField(document.NewTextFieldCustom(f.name, nil, []byte(t), bindex.IndexField, nil))
		}
	}
	return doc, nil
}

// charCount is an article's fieldChars value: the characters of its title
// and body.
func charCount(a *Article) int {
	return utf8.RuneCountInString(a.Title) + utf8.RuneCountInString(a.Body)
}

// toDoc is the value the mapping indexes for an article.
func toDoc(a *Article) map[string]any {
	body, links := splitLinksAndPopular(a.Body)
	d := map[string]any{
		fieldTitle: a.Title,
		fieldBody:  body,
		// To the second, as the sort key, the hits and the export have
		// it: an article reads back as it is listed and sorted.
		fieldPublished: a.Published.Truncate(time.Second),
	}
	if links != "" {
		d[fieldBodyTail] = links
		if related := relatedLists(body, links); related != "" {
			d[fieldLinks] = related
		}
	}
	// Labels composed (NFC): グルメ written with a combining mark, as some
	// systems send it, is the one category that shows the same, not a
	// second facet entry.
	if a.Category != "" {
		d[fieldCategory] = norm.NFC.String(a.Category)
	}
	if len(a.Tags) > 0 {
		tags := make([]string, len(a.Tags))
		for i, t := range a.Tags {
			tags[i] = norm.NFC.String(t)
		}
		d[fieldTags] = tags
	}
	if a.URL != "" {
		d[fieldURL] = a.URL
	}
	if a.Author != "" {
		d[fieldAuthor] = a.Author
	}
	return d
}
