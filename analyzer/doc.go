// Package analyzer is Sagasu's Japanese text analysis: kagome (IPA
// dictionary, search mode, plus a user dictionary) wrapped as three bleve
// analyzers, "ja" for the title and body, "ja_reading" for their reading
// sub-fields and "ja_bigram" for a katakana bigram field.
//
// # The main field ("ja")
//
//  1. Fold the text: NFKC (ＡＩ→ai, ｉＰｈｏｎｅ１５→iphone15, ﾃｽﾗ→テスラ),
//     lower case, ヶ→ケ, 々 written out (時々→時時), zero-width and format
//     characters removed, dashes and the minus sign made ASCII hyphens,
//     the middle dot between katakana words (トム・クルーズ) made a space,
//     invalid UTF-8 replaced. Folding happens before
//     segmentation, so kagome sees every width and case alike, and a map of
//     runs takes every token's offsets back to the original bytes:
//     highlights land on the original full-width characters.
//  2. Split the folded text into sentences (。!? and line breaks, at most
//     2 KB, and at most 64 characters of one class in a row) so the
//     lattice stays small on long articles and hostile input.
//  3. Segment each sentence with kagome in search mode (関西国際空港 →
//     関西|国際|空港). A run of Latin letters kagome cut at a
//     user-dictionary word is one word again where the text goes on in
//     lower case (Intelligence is not intel|ligence; GPUs stays gpu|s),
//     see latinrun.go; where a capital starts the next word (GalaxyNote,
//     iPhoneSE) the words stay apart and the joined term is a shingle
//     (step 5).
//  4. Keep content words: particles, auxiliary verbs, conjunctions, fillers,
//     symbols, terms without a letter or digit (so [ ] @ | never become
//     terms) and a short list of stop words are dropped, leaving gaps in
//     the positions so phrases still line up; a hyphen inside a Latin
//     name or model number takes no position, so SH-07D and SH07D are the
//     same phrase (sh|07|d), and so does a point between a Latin word and
//     its number (vol.04 is vol4); an adverb of kanji and と or に is its
//     noun (意外と is 意外, as kagome reads it after a verb: adverb.go); a name that ends in ++ or a letter with # keeps
//     them (C++, C#: see symbolname.go). Verbs and adjectives become
//     their base form (発表した → 発表 + する(stop), 速かった → 速い); long
//     katakana words lose a trailing ー (Lucene's rule: コンピューター →
//     コンピュータ, but カー stays); numbers become Arabic digits (二〇二六 →
//     2026, 三万 → 30000, 第一 → 第1, 三人 → 3人) while a lone kanji numeral
//     inside a word stays (六本木, 三木谷). A lone hiragana character and a
//     lone ー are not terms: they are what is left when kagome cannot make
//     sense of kana (け|ー|き).
//  5. Index some tokens under more than one term, the extra terms sharing
//     or following the token's position: a user-dictionary compound by its
//     parts (全固体電池 → 全|固体|電池, so 電池 finds it); a dictionary word
//     mixing katakana and kanji by its pieces (バリ島 → バリ|島); and runs
//     where kagome may segment the same string differently elsewhere, by
//     their joined sub-runs of whole tokens: kanji words with a single
//     kanji among them, which is where kagome is unsure of unknown names
//     (呂|比|須 → 呂比, 比須, 呂比須; 三木|谷 → 三木谷), and katakana words
//     (ジェイ|ソン|ステイサム → ジェイソン, ジェイソンステイサム; トム|クルーズ →
//     トムクルーズ), so the string matches however either side was
//     segmented. Joins are of whole tokens: 東京|都 gives 東京都, never 京都.
//     Hiragana set in 「」 or 『』 that kagome splits or changes (『にこたま』
//     → に|こ|たま, 「みちびき」 → みちびく) is also indexed whole, a title or a
//     name to a reader (see quoted.go).
//
// # The reading field ("ja_reading")
//
// Readers type kana before (or instead of) converting, and names and
// okurigana have several spellings. The reading field holds, at the main
// field's positions, each token's reading in katakana: kagome's reading
// for dictionary words, the reading of the base form for verbs and
// adjectives, the user dictionary's reading for compounds (and parts), the
// surface for kana words, and for verbs in the continuative form also
// their own reading, which is how the noun they double as reads
// (打合せ/打ち合わせ → ウチアワセ). Before segmentation the reading field also
// folds kanji variants common in names (渡邊→渡辺, 髙→高, 澤→沢), so
// 渡辺/渡邊 and 高橋/髙橋 read the same. The kanji of a personal name, and a
// single kanji beside one (where kagome split a name it did not know),
// also carry the dictionary's other readings of the word (佑: タスク, ユウ;
// 穂|希: ミノル|ノゾミ, ホ|マレ) and the readings the kanji has in given
// names (Options.NameReadings: 佑 スケ), and the run of them is also
// indexed under its joined readings (ホンダケイスケ), so a name typed in
// kana is found whichever reading kagome chose (see names.go). So does a
// prefix of one kanji, under each reading the dictionary has for it as a
// prefix, and the runs it starts (大掃除: ダイソウジ and オオソウジ; see
// prefix.go). Readings are normalised like terms:
// small vowels enlarged (ウィンドウ = ウインドウ), ヴ read as the B row
// (ヴァイオリン = バイオリン), ヰヱヂヅ as イエジズ, trailing ー of long words
// dropped. Compound parts take no positions of their own here, so a phrase
// of readings runs on through a compound (ゼンコタイデンチ|ノ|リョウサン).
// The index queries the reading field with a lower weight than the main
// field, so exact spellings rank first; Latin words and unknown kanji have
// no reading.
//
// Computing readings costs little next to kagome, so Analyze computes both
// fields' terms in one pass and leaves the reading terms for the reading
// analyzer, which bleve calls right after on the same text.
//
// # The bigram field ("ja_bigram")
//
// kagome runs adjacent unknown katakana words together
// (ジェニファーロペス), so a katakana name inside one is not a term. The
// bigram field indexes the overlapping character bigrams of every katakana
// run; the index uses them only as a low-weight alternative for katakana
// words kagome does not know or that are names.
//
// One kagome tokenizer per user dictionary is shared by every goroutine
// (it is immutable), and the IPA dictionary is loaded once per process.
//
// Imports: bleve's analysis and registry packages and kagome only; no other
// Sagasu package.
package analyzer
