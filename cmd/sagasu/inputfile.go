package main

import (
	"fmt"
	"os"
	"strings"
)

// openFile opens the file a flag or an argument names for reading, and
// refuses a directory by name, as what the command wanted there (a
// directory had been read as a file that holds nothing: `gen --from
// DIR` said "no articles in the source", `bench --queries DIR` that it
// "holds no requests").
func openFile(name, want string) (*os.File, int64, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, 0, err
	}
	st, err := f.Stat()
	if err != nil {
		f.Close()
		return nil, 0, err
	}
	if st.IsDir() {
		f.Close()
		return nil, 0, fmt.Errorf("%s is a directory, not %s", name, want)
	}
	return f, st.Size(), nil
}

// noArguments refuses the words after a command's flags that it takes
// none of, saying where what they may have meant goes: `gen -n 1000
// out.jsonl` had written the articles to standard output and ignored
// out.jsonl, and `bench` and `eval` ran without the file given them.
func (f *flags) noArguments(where string) error {
	if f.fs.NArg() == 0 {
		return nil
	}
	return fmt.Errorf("%s takes no arguments, got %q: %s", strings.TrimPrefix(f.fs.Name(), "sagasu "), f.fs.Args(), where)
}
