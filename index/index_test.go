package index

import (
	"context"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
)

func TestOpenCreatesAndReopens(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "ix")
	ix, err := Open(dir, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if !ix.Created() {
		t.Error("Created() = false for a new index")
	}
	mustPut(t, ix, fixtures[0])
	if err := ix.Close(); err != nil {
		t.Fatal(err)
	}
	if _, err := ix.Count(); !errors.Is(err, ErrClosed) {
		t.Errorf("Count after Close = %v, want ErrClosed", err)
	}

	ix, err = Open(dir, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	if ix.Created() {
		t.Error("Created() = true on reopen")
	}
	if n, err := ix.Count(); err != nil || n != 1 {
		t.Errorf("Count = %d, %v; want 1", n, err)
	}

	// A second open of a held directory fails fast instead of hanging.
	start := time.Now()
	_, err = Open(dir, Options{LockTimeout: 200 * time.Millisecond})
	if !errors.Is(err, ErrLocked) || err == nil || !strings.Contains(err.Error(), "or an import, reindex or backup") {
		t.Errorf("second Open = %v, want ErrLocked naming every command that holds an index", err)
	}
	if d := time.Since(start); d > 10*time.Second {
		t.Errorf("second Open took %v", d)
	}
}

func TestOpenRefusesForeignDirectory(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "notes.txt"), []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := Open(dir, Options{}); err == nil || !strings.Contains(err.Error(), "not empty") {
		t.Errorf("Open(non-empty dir) = %v, want a 'not empty' error", err)
	}
}

// TestOpenAfterCreateCrashed: a create that crashed before CURRENT named
// its generation (while the initial articles loaded) leaves a directory
// the next Open starts again in, initial articles and all.
func TestOpenAfterCreateCrashed(t *testing.T) {
	dir := t.TempDir()
	for _, leftover := range []string{"gen-000001/store", "gen-000002"} {
		if err := os.MkdirAll(filepath.Join(dir, leftover), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.WriteFile(filepath.Join(dir, "gen-000001", "index_meta.json"), []byte("{"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "CURRENT.tmp"), nil, 0o644); err != nil {
		t.Fatal(err)
	}
	initial := []byte(`{"id":"a-1","title":"全固体電池の量産","published":"2026-01-10T09:00:00+09:00"}` + "\n" +
		`{"id":"a-2","title":"量子ビットを千個に","published":"2026-01-11T09:00:00+09:00"}` + "\n")
	ix, err := Open(dir, Options{NoSuggest: true, Initial: initial})
	if err != nil {
		t.Fatalf("Open after a crashed create = %v, want a new index", err)
	}
	defer ix.Close()
	if n, err := ix.Count(); !ix.Created() || err != nil || n != 2 {
		t.Errorf("Created() = %v, Count = %d, %v; want a new index of the 2 initial articles", ix.Created(), n, err)
	}
	if _, err := os.Stat(filepath.Join(dir, "gen-000002")); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("the leftover gen-000002 is still there: %v", err)
	}
	if b, err := os.ReadFile(filepath.Join(dir, "CURRENT")); err != nil || strings.TrimSpace(string(b)) != "gen-000001" {
		t.Errorf("CURRENT = %q, %v; want gen-000001", b, err)
	}
}

// TestOpenDamaged: an index whose files were cut short is refused with
// a message that says what to do.
func TestOpenDamaged(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "index")
	ix, err := Open(dir, Options{NoSuggest: true})
	if err != nil {
		t.Fatal(err)
	}
	mustPut(t, ix, fixtures...)
	ix.Close()
	var cut int
	err = filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && (strings.HasSuffix(path, ".zap") || strings.HasSuffix(path, "root.bolt")) {
			cut++
			return os.Truncate(path, 10)
		}
		return err
	})
	if err != nil || cut == 0 {
		t.Fatalf("cutting the index files: %v (%d cut)", err, cut)
	}
	if ix, err := Open(dir, Options{NoSuggest: true}); err == nil {
		ix.Close()
		t.Fatal("Open of a damaged index succeeded")
	} else if !strings.Contains(err.Error(), "damaged or incomplete") {
		t.Errorf("Open of a damaged index = %v, want it to say so", err)
	}
}

func TestPutGetDelete(t *testing.T) {
	ctx := context.Background()
	ix := mustOpen(t)
	a := fixtures[0]
	mustPut(t, ix, a)

	got, err := ix.Get(ctx, a.ID)
	if err != nil {
		t.Fatal(err)
	}
	if got.Title != a.Title || got.Body != a.Body || got.Category != a.Category || got.URL != a.URL ||
		!slices.Equal(got.Tags, a.Tags) || !got.Published.Equal(a.Published) {
		t.Errorf("Get = %+v, want %+v", got, a)
	}
	if _, off := got.Published.Zone(); off != 9*3600 {
		t.Errorf("Published zone offset = %d, want JST", off)
	}

	// Upsert replaces the whole article.
	b := a
	b.Title, b.Tags = "差し替えたタイトル", nil
	mustPut(t, ix, b)
	if got, _ := ix.Get(ctx, a.ID); got.Title != b.Title || len(got.Tags) != 0 {
		t.Errorf("after upsert Get = %+v", got)
	}
	if n, _ := ix.Count(); n != 1 {
		t.Errorf("Count after upsert = %d, want 1", n)
	}

	if err := ix.Delete(ctx, a.ID); err != nil {
		t.Fatal(err)
	}
	if _, err := ix.Get(ctx, a.ID); !errors.Is(err, ErrNotFound) {
		t.Errorf("Get after Delete = %v, want ErrNotFound", err)
	}
	if err := ix.Delete(ctx, a.ID); !errors.Is(err, ErrNotFound) {
		t.Errorf("second Delete = %v, want ErrNotFound", err)
	}
	if res := mustSearch(t, ix, Request{Query: "半導体"}); res.Total != 0 {
		t.Errorf("deleted article still found: %v", ids(res))
	}
}

func TestPutRejectsWholeBatchOnInvalidArticle(t *testing.T) {
	ix := mustOpen(t)
	bad := fixtures[1]
	bad.Title = ""
	err := ix.Put(context.Background(), fixtures[0], bad)
	if !errors.Is(err, ErrInvalidArticle) {
		t.Fatalf("Put = %v, want ErrInvalidArticle", err)
	}
	if n, _ := ix.Count(); n != 0 {
		t.Errorf("Count = %d after a rejected batch, want 0", n)
	}
}

func TestImportKeepsGoodLines(t *testing.T) {
	ix := mustOpen(t)
	in := strings.Join([]string{
		`{"id":"ok-1","title":"量子コンピュータの新方式","published":"2026-04-01T09:00:00+09:00"}`,
		`{"id":"bad date","title":"x","published":"2026-04-01T09:00:00+09:00"}`,
		``,
		`{"id":"ok-2","title":"全固体電池","published":"yesterday"}`,
		`not json at all`,
		`{"id":"ok-3","title":"自動運転バス","published":"2026-05-01T09:00:00+09:00"}` + "\r",
		`{"id":"ok-4","title":"最終行は改行なし","published":"2026-05-02T09:00:00+09:00"}`,
	}, "\n")
	rep, err := ix.Import(context.Background(), strings.NewReader(in), ImportOptions{BatchSize: 2})
	if err != nil {
		t.Fatal(err)
	}
	if rep.Indexed != 3 || rep.Rejected != 3 || rep.Lines != 7 {
		t.Errorf("report = %+v, want 3 indexed, 3 rejected, 7 lines", rep.ImportProgress)
	}
	var lines []int
	for _, r := range rep.Rejections {
		lines = append(lines, r.Line)
		if r.Reason == "" {
			t.Errorf("line %d: empty reason", r.Line)
		}
	}
	if !slices.Equal(lines, []int{2, 4, 5}) {
		t.Errorf("rejected lines = %v, want [2 4 5]", lines)
	}
	if rep.Rejections[1].ID != "ok-2" || !strings.HasPrefix(rep.Rejections[1].Reason, "published:") {
		t.Errorf("rejection = %+v, want id ok-2 and a published reason", rep.Rejections[1])
	}
	if n, _ := ix.Count(); n != 3 {
		t.Errorf("Count = %d, want 3", n)
	}
}

// TestImportNamesLoneCarriageReturns: a file whose lines end with \r
// alone reads as one line, rejected with a reason that says so.
func TestImportNamesLoneCarriageReturns(t *testing.T) {
	ix := mustOpen(t)
	in := `{"id":"a","title":"t","published":"2026-04-01T09:00:00+09:00"}` + "\r" + `{"id":"b","title":"t","published":"2026-04-01T09:00:00+09:00"}` + "\r"
	rep, err := ix.Import(context.Background(), strings.NewReader(in), ImportOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if rep.Rejected != 1 || !strings.Contains(rep.Rejections[0].Reason, "carriage return") {
		t.Errorf("report = %+v %v, want one line rejected naming the carriage return", rep.ImportProgress, rep.Rejections)
	}
}

func TestImportRejectsOverlongLine(t *testing.T) {
	ix := mustOpen(t)
	huge := `{"id":"big","title":"t","published":"2026-04-01T09:00:00+09:00","body":"` + strings.Repeat("あ", maxLineBytes/3+10) + `"}`
	in := huge + "\n" + `{"id":"small","title":"t","published":"2026-04-01T09:00:00+09:00"}` + "\n"
	rep, err := ix.Import(context.Background(), strings.NewReader(in), ImportOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if rep.Indexed != 1 || rep.Rejected != 1 || rep.Rejections[0].Line != 1 {
		t.Errorf("report = %+v %v, want line 1 rejected and 1 indexed", rep.ImportProgress, rep.Rejections)
	}
}

// TestImportListsFirstRejections: millions of bad lines are counted, and
// only the first MaxListedRejections kept.
func TestImportListsFirstRejections(t *testing.T) {
	ix := mustOpen(t)
	in := strings.Repeat("x\n", 3*MaxListedRejections) + `{"id":"ok","title":"t","published":"2026-04-01T09:00:00+09:00"}` + "\n"
	rep, err := ix.Import(context.Background(), strings.NewReader(in), ImportOptions{Items: true})
	if err != nil {
		t.Fatal(err)
	}
	if rep.Rejected != 3*MaxListedRejections || len(rep.Rejections) != MaxListedRejections || len(rep.Items) != MaxListedRejections+1 || rep.Indexed != 1 {
		t.Errorf("rejected %d, listed %d, items %d, indexed %d", rep.Rejected, len(rep.Rejections), len(rep.Items), rep.Indexed)
	}
}

// endless is a line that never ends (/dev/zero).
type endless struct{}

func (endless) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = 'x'
	}
	return len(p), nil
}

// TestImportStopsInsideALine: a canceled import stops inside a line that
// never ends.
func TestImportStopsInsideALine(t *testing.T) {
	ix := mustOpen(t)
	ctx, cancel := context.WithTimeout(context.Background(), 200*time.Millisecond)
	defer cancel()
	done := make(chan error, 1)
	go func() {
		_, err := ix.Import(ctx, endless{}, ImportOptions{})
		done <- err
	}()
	select {
	case err := <-done:
		if !errors.Is(err, context.DeadlineExceeded) {
			t.Errorf("Import = %v, want the context's error", err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("Import did not stop")
	}
}

// TestOpenWhileAnotherCreates: a second Open of a directory whose index
// another Open is still creating (its initial articles loading, CURRENT
// not written) is refused, and leaves that index alone.
func TestOpenWhileAnotherCreates(t *testing.T) {
	dir := t.TempDir()
	first, err := Open(dir, Options{NoSuggest: true})
	if err != nil {
		t.Fatal(err)
	}
	defer first.Close()
	// As during the initial articles: the generation is open, CURRENT not
	// yet written.
	if err := os.Remove(filepath.Join(dir, "CURRENT")); err != nil {
		t.Fatal(err)
	}
	if _, err := Open(dir, Options{NoSuggest: true, LockTimeout: 200 * time.Millisecond}); !errors.Is(err, ErrLocked) {
		t.Errorf("second Open = %v, want ErrLocked", err)
	}
	if _, err := os.Stat(filepath.Join(dir, "gen-000001", "store", "root.bolt")); err != nil {
		t.Errorf("the first Open's generation is gone: %v", err)
	}
}
