package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

// buildBinary builds sagasu once per test binary; TestMain removes it.
var buildOnce struct {
	sync.Once
	dir  string
	path string
	err  error
}

func TestMain(m *testing.M) {
	code := m.Run()
	if buildOnce.dir != "" {
		os.RemoveAll(buildOnce.dir)
	}
	os.Exit(code)
}

func buildBinary(t *testing.T) string {
	t.Helper()
	buildOnce.Do(func() {
		dir, err := os.MkdirTemp("", "sagasu-bin-")
		if err != nil {
			buildOnce.err = err
			return
		}
		buildOnce.dir = dir
		buildOnce.path = filepath.Join(dir, "sagasu")
		out, err := exec.Command("go", "build", "-o", buildOnce.path, ".").CombinedOutput()
		if err != nil {
			buildOnce.err = fmt.Errorf("go build: %v\n%s", err, out)
		}
	})
	if buildOnce.err != nil {
		t.Fatal(buildOnce.err)
	}
	return buildOnce.path
}

// startBinary runs `sagasu serve` as a real process and returns its URL.
func startBinary(t *testing.T, bin string, args ...string) (*exec.Cmd, string) {
	t.Helper()
	cmd := exec.Command(bin, append([]string{"serve", "-addr", "127.0.0.1:0"}, args...)...)
	cmd.Env = append(os.Environ(), "SAGASU_LOG_LEVEL=warn")
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	cmd.Stderr = io.Discard
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { cmd.Process.Kill(); cmd.Wait() })
	lines := bufio.NewScanner(stdout)
	got := make(chan string, 1)
	go func() {
		for lines.Scan() {
			if u, ok := strings.CutPrefix(lines.Text(), "listening on "); ok {
				got <- u
			}
		}
	}()
	select {
	case u := <-got:
		return cmd, u
	case <-time.After(60 * time.Second):
		t.Fatal("sagasu serve did not start")
	}
	return nil, ""
}

type sent struct {
	id, title string
}

func put(client *http.Client, base, key string, a sent) error {
	body := fmt.Sprintf(`{"title":%q,"body":"クラッシュ試験の本文。%s","published":"2026-11-01T09:00:00+09:00"}`, a.title, a.title)
	req, _ := http.NewRequest(http.MethodPut, base+"/v1/articles/"+a.id, strings.NewReader(body))
	req.Header.Set("Authorization", "Bearer "+key)
	resp, err := client.Do(req)
	if err != nil {
		return err
	}
	io.Copy(io.Discard, resp.Body)
	resp.Body.Close()
	if resp.StatusCode/100 != 2 {
		return fmt.Errorf("status %d", resp.StatusCode)
	}
	return nil
}

// TestAcknowledgedWritesSurviveSIGKILL starts the real binary, writes
// articles from four clients, kills the server with SIGKILL while writes
// are in flight, restarts it on the same directory and checks that every
// acknowledged write is there, and every unacknowledged one is either
// whole or absent.
func TestAcknowledgedWritesSurviveSIGKILL(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs the binary; skipped with -short")
	}
	bin := buildBinary(t)
	dir := filepath.Join(t.TempDir(), "data")
	const key = "durability-key"
	cmd, base := startBinary(t, bin, "-data-dir", dir, "-api-key", key, "-sample=false")

	var mu sync.Mutex
	var acked, attempted []sent
	stop := make(chan struct{})
	var wg sync.WaitGroup
	client := &http.Client{Timeout: 10 * time.Second}
	for w := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; ; i++ {
				select {
				case <-stop:
					return
				default:
				}
				a := sent{id: fmt.Sprintf("w%d-%05d", w, i), title: fmt.Sprintf("耐久試験 %d-%d", w, i)}
				mu.Lock()
				attempted = append(attempted, a)
				mu.Unlock()
				if err := put(client, base, key, a); err != nil {
					return // the server is gone
				}
				mu.Lock()
				acked = append(acked, a)
				mu.Unlock()
			}
		}()
	}
	// Let writes pile up, then kill without warning, mid-write.
	for {
		time.Sleep(100 * time.Millisecond)
		mu.Lock()
		n := len(acked)
		mu.Unlock()
		if n >= 150 {
			break
		}
	}
	if err := cmd.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	cmd.Wait()
	close(stop)
	wg.Wait()
	t.Logf("%d writes acknowledged, %d attempted before SIGKILL", len(acked), len(attempted))

	_, base = startBinary(t, bin, "-data-dir", dir, "-api-key", key, "-sample=false")
	ackedSet := map[string]bool{}
	for _, a := range acked {
		ackedSet[a.id] = true
	}
	lost, partial := 0, 0
	for _, a := range attempted {
		resp, err := http.Get(base + "/v1/articles/" + a.id)
		if err != nil {
			t.Fatal(err)
		}
		var got struct{ Title, Body string }
		json.NewDecoder(resp.Body).Decode(&got)
		resp.Body.Close()
		switch {
		case resp.StatusCode == 404 && ackedSet[a.id]:
			lost++
			t.Errorf("acknowledged %s lost", a.id)
		case resp.StatusCode == 200 && (got.Title != a.title || !strings.HasSuffix(got.Body, a.title)):
			partial++
			t.Errorf("%s half written: %+v", a.id, got)
		case resp.StatusCode != 200 && resp.StatusCode != 404:
			t.Errorf("%s: status %d", a.id, resp.StatusCode)
		}
	}
	resp, err := http.Get(base + "/v1/search?q=" + "耐久試験&per_page=1")
	if err != nil || resp.StatusCode != 200 {
		t.Fatalf("search after restart: %v %v", err, resp)
	}
	resp.Body.Close()
	if lost+partial == 0 {
		t.Logf("after restart: all %d acknowledged writes present, none partial", len(acked))
	}
}

// TestSignalFinishesInFlight sends SIGTERM, or SIGHUP (a terminal that
// closes, or a habit of other servers' reloads, which had killed the
// process at once, an export cut mid-line and nothing logged), while a
// bulk import is being written: the import is answered in full, the
// process exits cleanly, and the articles are there after a restart.
func TestSignalFinishesInFlight(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs the binary; skipped with -short")
	}
	bin := buildBinary(t)
	for _, sig := range []syscall.Signal{syscall.SIGTERM, syscall.SIGHUP} {
		t.Run(sig.String(), func(t *testing.T) { finishesInFlight(t, bin, sig) })
	}
}

func finishesInFlight(t *testing.T, bin string, sig syscall.Signal) {
	dir := filepath.Join(t.TempDir(), "data")
	const key = "term-key"
	cmd, base := startBinary(t, bin, "-data-dir", dir, "-api-key", key, "-sample=false", "-shutdown-timeout", "60s")
	var b strings.Builder
	for i := range 3000 {
		fmt.Fprintf(&b, `{"id":"t-%d","title":"停止試験 %d","body":"終了シグナルを受けても処理中の要求は最後まで続ける。","published":"2026-11-02T09:00:00+09:00"}`+"\n", i, i)
	}
	type result struct {
		status int
		body   string
		err    error
	}
	done := make(chan result, 1)
	go func() {
		req, _ := http.NewRequest(http.MethodPost, base+"/v1/articles/_bulk", strings.NewReader(b.String()))
		req.Header.Set("Authorization", "Bearer "+key)
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			done <- result{err: err}
			return
		}
		raw, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		done <- result{status: resp.StatusCode, body: string(raw)}
	}()
	time.Sleep(300 * time.Millisecond) // the import is under way
	if err := cmd.Process.Signal(sig); err != nil {
		t.Fatal(err)
	}
	r := <-done
	if r.err != nil || r.status != 200 || !strings.Contains(r.body, `"created":3000`) {
		t.Fatalf("in-flight bulk: %v %d %.200s", r.err, r.status, r.body)
	}
	if err := cmd.Wait(); err != nil {
		t.Errorf("exit after %v: %v", sig, err)
	}
	if _, err := http.Get(base + "/healthz"); err == nil {
		t.Error("still accepting connections after shutdown")
	}
	_, base = startBinary(t, bin, "-data-dir", dir, "-sample=false")
	resp, err := http.Get(base + "/readyz")
	if err != nil {
		t.Fatal(err)
	}
	var ready struct{ Articles int }
	json.NewDecoder(resp.Body).Decode(&ready)
	resp.Body.Close()
	if ready.Articles != 3000 {
		t.Errorf("after restart: %d articles, want 3000", ready.Articles)
	}
}

// TestSIGTERMStopsSlowBulk: a bulk import whose body is still coming near
// the end of the grace period stops, writes what it read, and says so.
func TestSIGTERMStopsSlowBulk(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs the binary; skipped with -short")
	}
	bin := buildBinary(t)
	dir := filepath.Join(t.TempDir(), "data")
	const key = "term-key"
	cmd, base := startBinary(t, bin, "-data-dir", dir, "-api-key", key, "-sample=false", "-shutdown-timeout", "3s")
	pr, pw := io.Pipe()
	go func() {
		for i := 0; ; i++ {
			if _, err := fmt.Fprintf(pw, `{"id":"s-%d","title":"停止試験 %d","published":"2026-11-02T09:00:00+09:00"}`+"\n", i, i); err != nil {
				return
			}
			time.Sleep(20 * time.Millisecond)
		}
	}()
	done := make(chan *http.Response, 1)
	go func() {
		req, _ := http.NewRequest(http.MethodPost, base+"/v1/articles/_bulk", pr)
		req.Header.Set("Authorization", "Bearer "+key)
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Error(err)
		}
		done <- resp
	}()
	time.Sleep(500 * time.Millisecond)
	if err := cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	resp := <-done
	pw.Close()
	if resp == nil {
		t.FailNow()
	}
	raw, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != http.StatusServiceUnavailable || !strings.Contains(string(raw), `"shutting_down"`) {
		t.Errorf("slow bulk at shutdown = %d %.200s, want 503 shutting_down", resp.StatusCode, raw)
	}
	if err := cmd.Wait(); err != nil {
		t.Errorf("exit after SIGTERM: %v", err)
	}
}
