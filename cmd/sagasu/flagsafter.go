package main

import (
	"fmt"
	"strings"
)

// flagsAfterArgs refuses a known flag given after the command's
// arguments (`import FILE --data-dir DIR`, `backup DIR --data-dir D`):
// the flag package stops reading flags at the first argument, so the
// flag and its value were taken as arguments, and the command answered
// its usage line alone (import, backup) or that it takes no arguments
// (serve), not what was wrong. The message writes the command with the
// flags first. Arguments after `--` are arguments, whatever they look
// like.
func (f *flags) flagsAfterArgs(args []string) error {
	rest := f.fs.Args()
	if len(rest) < 2 || len(args) < len(rest) {
		return nil
	}
	before := args[:len(args)-len(rest)]
	if len(before) > 0 && before[len(before)-1] == "--" {
		return nil
	}
	var moved, positional []string
	first := ""
	for i := 0; i < len(rest); i++ {
		a := rest[i]
		fl, inline := f.knownFlag(a)
		if fl == "" || i == 0 {
			positional = append(positional, a)
			continue
		}
		if first == "" {
			first = a
		}
		moved = append(moved, a)
		if !inline && !f.isBool(fl) && i+1 < len(rest) {
			i++
			moved = append(moved, rest[i])
		}
	}
	if first == "" {
		return nil
	}
	write := append([]string{f.fs.Name()}, before...)
	write = append(append(write, moved...), positional...)
	return fmt.Errorf("%s comes after the argument %q: flags go before the arguments (Go's flag package stops reading flags at the first argument, and took it and what follows as arguments): write %s", first, rest[0], strings.Join(write, " "))
}

// knownFlag returns the name of the flag arg gives (-name, --name,
// -name=value), "" when it names none, and whether its value is in it.
func (f *flags) knownFlag(arg string) (name string, inline bool) {
	if len(arg) < 2 || arg[0] != '-' || arg == "--" {
		return "", false
	}
	name = strings.TrimPrefix(strings.TrimPrefix(arg, "-"), "-")
	name, _, inline = strings.Cut(name, "=")
	if f.fs.Lookup(name) == nil {
		return "", false
	}
	return name, inline
}

func (f *flags) isBool(name string) bool {
	b, ok := f.fs.Lookup(name).Value.(interface{ IsBoolFlag() bool })
	return ok && b.IsBoolFlag()
}
