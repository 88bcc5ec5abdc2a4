package main

import (
	"encoding/json"
	"net/http"
	"net/url"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// suggestedIDs returns the ids of the titles /v1/suggest offers for q.
func suggestedIDs(t *testing.T, base, q string) map[string]bool {
	t.Helper()
	resp, err := http.Get(base + "/v1/suggest?size=20&q=" + url.QueryEscape(q))
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != 200 {
		t.Fatalf("suggest %s: status %d", q, resp.StatusCode)
	}
	var got struct {
		Suggestions []struct{ Text, Kind, ID string }
	}
	if err := json.NewDecoder(resp.Body).Decode(&got); err != nil {
		t.Fatal(err)
	}
	ids := map[string]bool{}
	for _, s := range got.Suggestions {
		if s.ID != "" {
			ids[s.ID] = true
		}
	}
	return ids
}

// waitSuggested waits up to limit for /v1/suggest?q= to offer id's title
// (want) or not to (!want), and says whether it came to that.
func waitSuggested(t *testing.T, base, q, id string, want bool, limit time.Duration) bool {
	t.Helper()
	for end := time.Now().Add(limit); ; time.Sleep(200 * time.Millisecond) {
		if suggestedIDs(t, base, q)[id] == want {
			return true
		}
		if time.Now().After(end) {
			return false
		}
	}
}

func send(t *testing.T, method, u, key, body string) int {
	t.Helper()
	req, _ := http.NewRequest(method, u, strings.NewReader(body))
	req.Header.Set("Authorization", "Bearer "+key)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	return resp.StatusCode
}

// TestKeptSuggestionsAfterSIGKILL: the suggestion data a clean stop keeps
// beside the index is not shown after a SIGKILL that followed writes,
// even when the writes left the article count as it was (a delete and a
// new article): the deleted article's title goes and the new one's
// comes, within the first build's wait.
func TestKeptSuggestionsAfterSIGKILL(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs the binary; skipped with -short")
	}
	bin := buildBinary(t)
	dir := filepath.Join(t.TempDir(), "data")
	const key = "kept-key"
	args := []string{"-data-dir", dir, "-api-key", key}
	cmd, base := startBinary(t, bin, args...)

	// A sample article's title offered for its reading; the clean stop
	// keeps the data once the build after the sample load has shown it.
	const q = "じどう"
	var gone string
	for end := time.Now().Add(30 * time.Second); gone == "" && time.Now().Before(end); time.Sleep(200 * time.Millisecond) {
		for id := range suggestedIDs(t, base, q) {
			gone = id
			break
		}
	}
	if gone == "" {
		t.Fatalf("no title suggested for %s", q)
	}
	snaps, _ := filepath.Glob(filepath.Join(dir, "gen-*", "suggest.snap"))
	for range 50 { // the build after the sample load, then the clean stop
		time.Sleep(200 * time.Millisecond)
		if err := cmd.Process.Signal(syscall.SIGTERM); err != nil {
			t.Fatal(err)
		}
		if err := cmd.Wait(); err != nil {
			t.Fatalf("exit after SIGTERM: %v", err)
		}
		if snaps, _ = filepath.Glob(filepath.Join(dir, "gen-*", "suggest.snap")); len(snaps) == 1 {
			break
		}
		cmd, base = startBinary(t, bin, args...)
	}
	if len(snaps) != 1 {
		t.Fatal("no suggestion data kept at a clean stop")
	}

	cmd, base = startBinary(t, bin, args...)
	if !suggestedIDs(t, base, q)[gone] {
		t.Fatalf("after the clean stop %s is not suggested for %s", gone, q)
	}
	if st := send(t, http.MethodDelete, base+"/v1/articles/"+gone, key, ""); st != 200 {
		t.Fatalf("delete %s: %d", gone, st)
	}
	if st := send(t, http.MethodPut, base+"/v1/articles/neo", key,
		`{"title":"ネオジム磁石の新工場が稼働","body":"ネオジム磁石の工場が稼働した。","published":"2026-11-30T09:00:00+09:00"}`); st != 201 {
		t.Fatalf("put neo: %d", st)
	}
	if err := cmd.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	cmd.Wait()

	_, base = startBinary(t, bin, args...)
	if !waitSuggested(t, base, q, gone, false, 10*time.Second) {
		t.Errorf("the deleted %s is still suggested for %s 10 s after the restart", gone, q)
	}
	if !waitSuggested(t, base, "ねおじ", "neo", true, 10*time.Second) {
		t.Errorf("the new article is not suggested for ねおじ 10 s after the restart")
	}
}
