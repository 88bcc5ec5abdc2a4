package index

import zapx "github.com/blevesearch/zapx/v17"

// Segment buffers. zapx sizes the buffer of each new in-memory segment
// from the one before it: the bytes per article of the last segment times
// the articles of this one plus 100. After a 1 MiB body of random words
// (7.5 MB of segment for one article), the next write of one short
// article reserved 760 MB, kept until the segment was persisted; the
// collector's marking of the heap it grew to held every request 2–7 s,
// and a batch of 500 after it would have asked for 3.7 GB. The buffer
// now grows with what is written: a few copies per segment of a few
// megabytes (go test ./index -bench Import/import, 2,000 livedoor
// articles: 302 against 312 articles/s, medians of three alternated, as
// far apart as runs of one build are).
func init() {
	zapx.NewSegmentBufferNumResultsFactor = 0
}
