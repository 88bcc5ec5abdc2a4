package api

import (
	"golang.org/x/sync/semaphore"
)

// maxBufferedBytes bounds the bodies held whole in memory at once (PUT
// and POST /v1/related read theirs whole before decoding). A thousand
// clients each sending a megabyte draft and holding back its last byte
// had grown the server by 2.5 GB; past the budget a body is refused with
// 429 and the client tries again. Bulk bodies stream and do not count.
const maxBufferedBytes = 128 << 20

// publicShare is the part of the budget that bodies anyone may send
// (related drafts, a public route) may hold together: a half. The rest is
// kept for the write API's bodies, which need the key. Anyone sending
// drafts of two megabytes and holding back their last byte had filled
// the whole budget with 127 connections, and every PUT of the editors
// answered 429 until the drafts' deadline, again as often as they were
// sent again.
const publicShare = 2

// bodyBudget is a share of the memory for bodies held whole: a body read
// under it is charged for every byte, and the charge is given back when
// the request ends.
type bodyBudget struct {
	sem  *semaphore.Weighted
	size int64 // a body larger than this can never fit
}

func newBodyBudget(size int64) *bodyBudget {
	return &bodyBudget{sem: semaphore.NewWeighted(size), size: size}
}

// budgets are the shares a body is charged to.
type budgets []*bodyBudget

// newBudgets makes the write API's budget of size bytes and, within it,
// the public routes' share (see publicShare).
func newBudgets(size int64) (writes, public budgets) {
	all := newBodyBudget(size)
	return budgets{all}, budgets{all, newBodyBudget(size / publicShare)}
}

// fits reports whether a body of n bytes could fit into every share, and
// else the smallest share's size, which the body is over.
func (bs budgets) fits(n int64) (ok bool, size int64) {
	for _, b := range bs {
		if n > b.size {
			return false, b.size
		}
	}
	return true, 0
}

// tryAcquire charges n bytes to every share, or to none when one has not
// that much left.
func (bs budgets) tryAcquire(n int64) bool {
	for i, b := range bs {
		if !b.sem.TryAcquire(n) {
			bs[:i].release(n)
			return false
		}
	}
	return true
}

// release gives n bytes back to every share.
func (bs budgets) release(n int64) {
	if n == 0 {
		return
	}
	for _, b := range bs {
		b.sem.Release(n)
	}
}
