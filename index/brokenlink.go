package index

import (
	"errors"
	"fmt"
	"os"
	"syscall"
)

// BrokenLink says what is wrong with a path that is to become a
// directory, or be written into, when it is no usable one: a symbolic
// link whose target is missing or that leads round in a loop, or a file.
// It returns nil for a directory, a link to one, or nothing at the path.
// (mkdir had answered "file exists" for either link, where nothing the
// writer could see was there, and a backup into a file "not a
// directory".)
func BrokenLink(path string) error {
	li, err := os.Lstat(path)
	if err != nil {
		return nil
	}
	fi, err := os.Stat(path)
	switch {
	case li.Mode()&os.ModeSymlink != 0 && errors.Is(err, syscall.ELOOP):
		return fmt.Errorf("%s is a symbolic link that leads round in a loop: remove it, or point it at a directory", path)
	case li.Mode()&os.ModeSymlink != 0 && errors.Is(err, os.ErrNotExist):
		target, _ := os.Readlink(path)
		return fmt.Errorf("%s is a symbolic link to %s, which does not exist: make that directory, or remove the link", path, target)
	case err == nil && !fi.IsDir():
		return fmt.Errorf("%s is a file, not a directory", path)
	}
	return nil
}
