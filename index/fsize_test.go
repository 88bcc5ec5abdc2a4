package index

import (
	"os"
	"os/exec"
	"strings"
	"syscall"
	"testing"
)

// childDirEnv names the variable through which a test run again in a
// child process learns its directory (see inChild).
const childDirEnv = "SAGASU_TEST_CHILD_DIR"

// inChild runs the calling test again in a child process of this test
// binary, with a temporary directory of its own, and reports whether the
// caller is that child: it returns the directory and true in the child,
// and "" and false in the parent, after the child passed (or the test
// failed). A test that lowers a process-wide limit (the file size limit
// standing for a full disk) runs so, which leaves the other tests alone.
func inChild(t *testing.T) (string, bool) {
	t.Helper()
	if dir := os.Getenv(childDirEnv); dir != "" {
		return dir, true
	}
	cmd := exec.Command(os.Args[0], "-test.run=^"+t.Name()+"$", "-test.v")
	cmd.Env = append(os.Environ(), childDirEnv+"="+t.TempDir())
	if out, err := cmd.CombinedOutput(); err != nil || !strings.Contains(string(out), "--- PASS") {
		t.Fatalf("child test: %v\n%s", err, out)
	}
	return "", false
}

// lowerFileSizeLimit sets the process's file size limit to limit bytes,
// as a full disk would stop a write, and returns what restores the limit
// before. It skips the test where the limit cannot be lowered.
func lowerFileSizeLimit(t *testing.T, limit uint64) (restore func()) {
	t.Helper()
	var old syscall.Rlimit
	if err := syscall.Getrlimit(syscall.RLIMIT_FSIZE, &old); err != nil {
		t.Fatal(err)
	}
	lowered := old
	lowered.Cur = limit
	if err := syscall.Setrlimit(syscall.RLIMIT_FSIZE, &lowered); err != nil {
		t.Skipf("cannot lower the file size limit: %v", err)
	}
	return func() {
		if err := syscall.Setrlimit(syscall.RLIMIT_FSIZE, &old); err != nil {
			t.Fatal(err)
		}
	}
}
