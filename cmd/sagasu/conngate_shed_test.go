package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestConnGateShedsTrickledBodies: with every slot of the connection
// bound held by a request whose body trickles in (a draft, a GET with a
// body), a reader's search is served, not kept waiting until their
// bodies' deadline (a minute here, past the client's timeout), and a
// shed client is told why, 408 in JSON. The real server: the API reports
// each body's pace to the gate.
func TestConnGateShedsTrickledBodies(t *testing.T) {
	const slots = 3
	dir := filepath.Join(t.TempDir(), "data")
	base, stop := startServe(t, env(map[string]string{"SAGASU_DATA_DIR": dir}),
		"-max-conns", fmt.Sprint(slots), "-request-timeout", "1m")
	defer stop()
	addr := strings.TrimPrefix(base, "http://")

	heads := []string{
		"POST /v1/related HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n",
		"GET /v1/search?q=x HTTP/1.1\r\nHost: x\r\nContent-Length: 1000\r\n\r\n",
		"POST /v1/related HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n",
	}
	answers := make(chan string, slots)
	for i := range slots {
		c, err := net.Dial("tcp", addr)
		if err != nil {
			t.Fatal(err)
		}
		defer c.Close()
		if _, err := io.WriteString(c, heads[i]); err != nil {
			t.Fatal(err)
		}
		go trickle(c, strings.Contains(heads[i], "chunked"), answers)
	}
	time.Sleep(2 * bodyGrace) // every slot busy, each body past its grace

	client := &http.Client{Timeout: 30 * time.Second}
	res, err := client.Get(base + "/v1/search?q=" + url.QueryEscape("全固体電池"))
	if err != nil {
		t.Fatalf("a search with every slot trickling a body: %v (want it served before the bodies' deadline)", err)
	}
	res.Body.Close()
	if res.StatusCode != http.StatusOK {
		t.Errorf("search = %d, want 200", res.StatusCode)
	}
	select {
	case got := <-answers:
		var e struct {
			Error struct{ Code, Message string }
		}
		status, body, _ := strings.Cut(got, "\n")
		if err := json.Unmarshal([]byte(body), &e); status != "408" || err != nil || e.Error.Code != "body_timeout" || !strings.Contains(e.Error.Message, "--max-conns") {
			t.Errorf("a shed client's answer = %s %s, want 408 body_timeout naming --max-conns", status, body)
		}
	case <-time.After(10 * time.Second):
		t.Error("no trickling client was answered")
	}
}

// trickle sends c's body a byte every 200 ms (in chunks of one byte
// when chunked) until the connection fails, then sends the answer read,
// if any, as "STATUS\nBODY" on answers.
func trickle(c net.Conn, chunked bool, answers chan<- string) {
	stop := make(chan struct{})
	go func() {
		defer close(stop)
		res, err := http.ReadResponse(bufio.NewReader(c), nil)
		if err != nil {
			return
		}
		b, _ := io.ReadAll(res.Body)
		answers <- fmt.Sprintf("%d\n%s", res.StatusCode, b)
	}()
	for {
		piece := " "
		if chunked {
			piece = "1\r\n \r\n"
		}
		if _, err := io.WriteString(c, piece); err != nil {
			return
		}
		select {
		case <-stop:
			return
		case <-time.After(200 * time.Millisecond):
		}
	}
}

// TestBodyPaceSlow: a body is judged only while a read waits for it and
// once it has waited bodyGrace; time between reads (the server indexing a
// batch) is not counted against the client, so a bulk body on a slow but
// steady link is never taken for a trickle.
func TestBodyPaceSlow(t *testing.T) {
	t0 := time.Unix(1_000_000, 0)
	at := func(d time.Duration) time.Time { return t0.Add(d) }
	type read struct {
		start, end time.Duration
		received   int64 // after the read
	}
	cases := []struct {
		name     string
		reads    []read
		waitFrom time.Duration // a read waiting now began then (-1: none waits)
		now      time.Duration
		slow     bool
	}{
		{"a byte a second", []read{{0, time.Second, 1}, {time.Second, 2 * time.Second, 2}}, 2 * time.Second, 3 * time.Second, true},
		{"nothing sent after the headers", nil, 0, 2 * time.Second, true},
		{"within the grace", nil, 0, bodyGrace / 2, false},
		{"a steady 200 KB/s link", []read{{0, time.Second, 200_000}, {time.Second, 2 * time.Second, 400_000}}, 2 * time.Second, 2*time.Second + 100*time.Millisecond, false},
		{"a bulk batch written between reads", []read{{0, 200 * time.Millisecond, 100_000}}, 30 * time.Second, 30*time.Second + 500*time.Millisecond, false},
		{"no read waiting", []read{{0, 5 * time.Second, 1}}, -1, 10 * time.Second, false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var p bodyPace
			var received int64
			for _, r := range c.reads {
				p.wait(true, received, at(r.start))
				received = r.received
				p.wait(false, received, at(r.end))
			}
			if c.waitFrom >= 0 {
				p.wait(true, received, at(c.waitFrom))
			}
			if _, slow := p.slow(at(c.now)); slow != c.slow {
				t.Errorf("slow = %v, want %v", slow, c.slow)
			}
		})
	}
}
