package api

import (
	"bufio"
	"fmt"
	"net"
	"net/http"
	"strings"
	"testing"
	"time"
)

// TestDraftsLeaveRoomForWrites: related drafts, which anyone may send, hold
// at most their share of the memory for bodies read whole, so drafts held
// open with their last byte missing cannot make the editors' writes answer
// 429 (127 such drafts of 2 MB had filled the whole 128 MiB, and every PUT
// was told to try again until the drafts' deadline).
func TestDraftsLeaveRoomForWrites(t *testing.T) {
	const budget = 64 << 10
	srv, _, _ := newWritableLog(t, Options{BufferedBytes: budget, RequestTimeout: 30 * time.Second})
	addr := strings.TrimPrefix(srv.URL, "http://")
	send := func(method, path, body string, key bool) int {
		t.Helper()
		req, _ := http.NewRequest(method, srv.URL+path, strings.NewReader(body))
		req.Header.Set("Content-Type", "application/json")
		if key {
			req.Header.Set("Authorization", "Bearer "+testKey)
		}
		res, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		res.Body.Close()
		return res.StatusCode
	}
	// A draft larger than the drafts' whole share can never fit: told so
	// (413), not to try again.
	if code := send(http.MethodPost, "/v1/related", `{"body":"`+strings.Repeat("量子", 6000)+`"}`, false); code != http.StatusRequestEntityTooLarge {
		t.Errorf("a draft of 36,011 bytes, over the drafts' share of %d: %d, want 413", budget/publicShare, code)
	}

	// Five drafts of 12,000 bytes, each held back by its last byte: 60,000
	// bytes fit the whole budget, but only two fit the drafts' half.
	const draftBytes, drafts = 12000, 5
	refused := make(chan int, drafts)
	for range drafts {
		conn, err := net.Dial("tcp", addr)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { conn.Close() })
		body := `{"body":"` + strings.Repeat("あ", (draftBytes-10)/3)
		fmt.Fprintf(conn, "POST /v1/related HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: %d\r\n\r\n%s", len(body)+2, body)
		go func() {
			res, err := http.ReadResponse(bufio.NewReader(conn), nil)
			if err != nil {
				return // (held open until the test closes it)
			}
			res.Body.Close()
			refused <- res.StatusCode
		}()
	}
	const wantRefused = drafts - (budget/publicShare)/draftBytes
	guard := time.After(20 * time.Second) // (only bounds a failure)
	for i := range wantRefused {
		select {
		case code := <-refused:
			if code != http.StatusTooManyRequests {
				t.Fatalf("a draft past the drafts' share: %d, want 429", code)
			}
		case <-guard:
			t.Fatalf("%d of the %d held drafts were refused, want %d: drafts may hold the whole budget", i, drafts, wantRefused)
		}
	}

	tests := []struct {
		name, method, path, body string
		key                      bool
		want                     int
	}{
		{"a write beside the held drafts", http.MethodPut, "/v1/articles/budget-put",
			fmt.Sprintf(`{"title":"編集部の記事","body":%q,"published":"2026-04-01T09:00:00+09:00"}`, strings.Repeat("記", 6000)), true, http.StatusCreated},
		{"another draft while the drafts' share is full", http.MethodPost, "/v1/related",
			`{"body":"` + strings.Repeat("量子", 2000) + `"}`, false, http.StatusTooManyRequests},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if code := send(tt.method, tt.path, tt.body, tt.key); code != tt.want {
				t.Errorf("%s %s of %d bytes: %d, want %d", tt.method, tt.path, len(tt.body), code, tt.want)
			}
		})
	}
}

// TestBudgetsChargeAllOrNone: a body is charged to every share it counts
// against, or to none when one of them is full.
func TestBudgetsChargeAllOrNone(t *testing.T) {
	writes, public := newBudgets(100)
	tests := []struct {
		name string
		bs   budgets
		n    int64
		want bool
	}{
		{"a draft within its share", public, 40, true},
		{"a draft past its share", public, 20, false},
		{"a write beside the drafts", writes, 60, true},
		{"a write past the whole budget", writes, 1, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.bs.tryAcquire(tt.n); got != tt.want {
				t.Errorf("tryAcquire(%d) = %v, want %v", tt.n, got, tt.want)
			}
		})
	}
	// The refused draft charged nothing: what the write took is all
	// that was left.
	public.release(40)
	if !writes.tryAcquire(40) {
		t.Error("after the draft's 40 were given back, a write of 40 did not fit: a refused charge was kept")
	}
}
