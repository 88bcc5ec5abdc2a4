package index

import (
	"github.com/RoaringBitmap/roaring/v2"
	"github.com/blevesearch/bleve/v2/index/scorch"
	bindex "github.com/blevesearch/bleve_index_api"
	segment "github.com/blevesearch/scorch_segment_api/v2"
	zapx "github.com/blevesearch/zapx/v17"
)

// Closed segments. A write whose segment cannot be persisted (a full
// disk) has bleve close that in-memory segment while the index's root
// still holds it; closing empties its dictionaries' cache to a nil map,
// and the next reader of a word's dictionary panicked. Readers that
// bleve runs in goroutines of its own (a field's dictionary, which the
// suggestion build and prefix queries read, one goroutine per segment)
// ended the process: a server on a 20 MB tmpfs filled by PUTs, with
// suggestions and searches beside them, died after 8 and 17 writes had
// answered 507. An in-memory segment holds nothing but
// memory (no file, no mapping), so keptSegments gives bleve segments
// whose Close leaves them readable; the collector frees them once no
// snapshot holds them. Segments on disk are zapx's own, closed as before.
func init() {
	scorch.RegisterSegmentPlugin(&keptSegments{}, true)
}

// keptSegments is zapx's plugin (same type and version, so indexes on disk
// are unchanged) with in-memory segments that stay readable when closed.
type keptSegments struct {
	zapx.ZapPlugin
}

// keptSegment is an in-memory zapx segment whose Close does nothing.
type keptSegment struct {
	*zapx.SegmentBase
}

// Close leaves the segment readable (see keptSegments).
func (keptSegment) Close() error { return nil }

// keep wraps an in-memory segment that New made.
func keep(s segment.Segment) segment.Segment {
	if sb, ok := s.(*zapx.SegmentBase); ok && sb != nil {
		return keptSegment{sb}
	}
	return s
}

// unwrap gives zapx's merge the segments it knows.
func unwrap(segs []segment.Segment) []segment.Segment {
	out := make([]segment.Segment, len(segs))
	for i, s := range segs {
		if k, ok := s.(keptSegment); ok {
			out[i] = k.SegmentBase
		} else {
			out[i] = s
		}
	}
	return out
}

func (p *keptSegments) New(results []bindex.Document) (segment.Segment, uint64, error) {
	s, n, err := p.ZapPlugin.New(results)
	return keep(s), n, err
}

func (p *keptSegments) NewUsing(results []bindex.Document, config map[string]any) (segment.Segment, uint64, error) {
	s, n, err := p.ZapPlugin.NewUsing(results, config)
	return keep(s), n, err
}

func (p *keptSegments) Merge(segs []segment.Segment, drops []*roaring.Bitmap, path string,
	closeCh chan struct{}, s segment.StatsReporter) ([][]uint64, uint64, error) {
	return p.ZapPlugin.Merge(unwrap(segs), drops, path, closeCh, s)
}

func (p *keptSegments) MergeUsing(segs []segment.Segment, drops []*roaring.Bitmap, path string,
	closeCh chan struct{}, s segment.StatsReporter, config map[string]any) ([][]uint64, uint64, error) {
	return p.ZapPlugin.MergeUsing(unwrap(segs), drops, path, closeCh, s, config)
}
