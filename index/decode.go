package index

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"reflect"
	"regexp"
	"strconv"
	"strings"

	json "github.com/go-json-experiment/json"
	"github.com/go-json-experiment/json/jsontext"
	"golang.org/x/text/width"
)

// Strict JSON decoding of request bodies, with errors that name the
// member and say what it should hold.

// DecodeObject decodes b, which must hold exactly one JSON object, into v,
// a pointer to a struct, as strictly as the API documents: member names
// match the struct's json tags exactly (case included), unknown and
// repeated members are rejected, and so are invalid UTF-8 and escapes
// that are not Unicode (a lone surrogate such as \ud800), instead of
// being replaced with U+FFFD. encoding/json accepts all of these, so the
// same body could mean different things to Sagasu and to another reader.
// Failures are *ValidationError naming the member.
func DecodeObject(b []byte, v any) error {
	if len(bytes.TrimLeft(b, " \t\r\n")) == 0 {
		return &ValidationError{Msg: "is empty; send one JSON object"}
	}
	if kind := firstKind(b); kind != "{" && kind != "" {
		if !jsontext.Value(b).IsValid() {
			// (title=a&… starts like true, - like a number.)
			return &ValidationError{Msg: "is not valid JSON; send one JSON object, {\"title\": …}"}
		}
		if kind == "an array" {
			// (An article's hint, that a bulk import takes one object a
			// line, is decodeArticle's: a related draft's array had
			// been sent to the bulk import too.)
			return &ValidationError{Msg: "must be a JSON object, found an array; send one object, " + objectShape(v)}
		}
		return &ValidationError{Msg: "must be a JSON object, found " + kind}
	}
	err := json.Unmarshal(b, v, json.RejectUnknownMembers(true))
	if err == nil {
		return nil
	}
	var sem *json.SemanticError
	var syn *jsontext.SyntacticError
	switch {
	case errors.As(err, &syn):
		field := topMember(syn.JSONPointer)
		if errors.Is(syn.Err, jsontext.ErrDuplicateName) {
			return &ValidationError{Field: field, Msg: "is given more than once; give each field once"}
		}
		if errors.Is(syn.Err, io.ErrUnexpectedEOF) {
			return &ValidationError{Msg: "is a truncated JSON object: it ends before its closing }"}
		}
		hint := syntaxHint(b, syn.ByteOffset)
		if name := LegacyEncoding(b); hint == "" && name != "" {
			// (Shift_JIS bytes are invalid UTF-8; ISO-2022-JP's are
			// ASCII with escapes, control characters in a string.)
			hint = "; " + ConvertHint(name)
		}
		if field == "" {
			return &ValidationError{Msg: fmt.Sprintf("is malformed JSON at byte %d: %v%s", syn.ByteOffset, syn.Err, hint)}
		}
		return &ValidationError{Field: field, Msg: fmt.Sprintf("malformed JSON at byte %d: %v%s", syn.ByteOffset, syn.Err, hint)}
	case errors.As(err, &sem):
		field := topMember(sem.JSONPointer)
		if errors.Is(sem.Err, json.ErrUnknownName) {
			allowed := strings.Join(jsonNames(v), ", ")
			if want := fieldMeant(field, jsonNames(v)); want != "" {
				// (ｔｉｔｌｅ, typed with the IME in full width, or
				// Title: said only to be unknown, the name meant left to
				// find in the list.)
				if field != strings.TrimSpace(field) {
					field = strconv.Quote(field)
				}
				return &ValidationError{Field: field, Msg: fmt.Sprintf("unknown field; did you mean %s? (names are lower case and half width; allowed: %s)", want, allowed)}
			}
			for i, r := range []rune(field) {
				if !isVisible(r) {
					// ("\ufefftitle" had been written as if it were the
					// allowed title, the U+FEFF not showing.)
					return &ValidationError{Field: strconv.Quote(field), Msg: fmt.Sprintf("unknown field: its name has %U, which does not show, at character %d; allowed: %s", r, i+1, allowed)}
				}
			}
			return &ValidationError{Field: field, Msg: fmt.Sprintf("unknown field (names are case-sensitive; allowed: %s)", allowed)}
		}
		want := describeType(memberType(v, field))
		if field == "" {
			want = "a JSON object"
		}
		found := describeKind(sem.JSONKind)
		if sem.JSONKind == '0' && len(sem.JSONValue) > 0 {
			n := string(sem.JSONValue)
			if want == "a whole number" && wholeNumber.MatchString(n) {
				// (a whole number past int64 had been told to be one:
				// "size: must be a whole number, found the number 1e23's
				// digits")
				return &ValidationError{Field: field, Msg: fmt.Sprintf("the number %s is out of range", truncate(n, 24))}
			}
			found = "the number " + truncate(n, 24)
		}
		return &ValidationError{Field: field, Msg: fmt.Sprintf("must be %s, found %s", want, found)}
	case errors.Is(err, io.ErrUnexpectedEOF), errors.Is(err, io.EOF):
		return &ValidationError{Msg: "is a truncated or empty JSON object"}
	}
	return &ValidationError{Msg: "is malformed JSON: " + err.Error()}
}

// wholeNumber matches a JSON number written as a whole one.
var wholeNumber = regexp.MustCompile(`^-?[0-9]+$`)

// fieldMeant returns the allowed name that name is in another width, case
// or with white space around it (ｔｉｔｌｅ, Title, " body"), or "".
func fieldMeant(name string, allowed []string) string {
	folded := strings.ToLower(strings.TrimSpace(width.Narrow.String(name)))
	for _, a := range allowed {
		if a == folded {
			return a
		}
	}
	return ""
}

// syntaxHint says what a JSON syntax error at byte off of b most likely
// is, for the slips of JSON written by hand ("; …"), or "": a comma
// before a closing bracket, a member name without quotes, single quotes.
func syntaxHint(b []byte, off int64) string {
	if off < 0 || off >= int64(len(b)) {
		return ""
	}
	i := int(off)
	if bytes.HasPrefix(b[i:], []byte("\xef\xbb\xbf")) {
		// (Two files joined, or a body encoded twice: one mark at the
		// very start is ignored, not a second.)
		return "; a byte order mark (U+FEFF) stands where a value should start: only one, at the very start, is ignored; remove the others"
	}
	if b[i] == 0x1a && len(bytes.TrimSpace(b[i+1:])) == 0 {
		// (Old DOS and Windows tools end a text file so.)
		return "; Ctrl-Z (U+001A) ends the text, an end-of-file mark of old Windows tools: remove it"
	}
	if b[i] == 0 {
		// (A file written when a machine crashed or its disk filled
		// often ends in a run of NULs; the decoder said only "invalid
		// character '\x00'".)
		return "; a NUL byte (U+0000) stands where a value should start: no text, as a crash or a full disk leaves at the end of a file being written, or a binary file: remove the NULs, or restore the file"
	}
	if b[i] == '{' && i > 0 && jsontext.Value(bytes.TrimSpace(b[:i])).IsValid() {
		return "; a second JSON object follows the first: send one (a bulk body or an import file takes one per line)"
	}
	if b[i] == ',' {
		if rest := bytes.TrimLeft(b[i+1:], " \t\r\n"); len(rest) > 0 && (rest[0] == '}' || rest[0] == ']') {
			return "; JSON allows no comma before a closing } or ]: remove it"
		}
	}
	if b[i] == '\'' {
		return "; JSON strings and member names take double quotes (\"title\"), not single ones"
	}
	word := func(c byte) bool { return c == '_' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }
	j := i
	for j > 0 && word(b[j-1]) {
		j--
	}
	if word(b[i]) || j < i {
		if before := bytes.TrimRight(b[:j], " \t\r\n"); len(before) > 0 && (before[len(before)-1] == '{' || before[len(before)-1] == ',') {
			return "; member names take double quotes (\"title\": …)"
		}
	}
	return ""
}

// firstKind names the kind of JSON value b starts with: "{" for an
// object, "" when b is empty or starts with something that is no value
// (left to the decoder to report).
func firstKind(b []byte) string {
	b = bytes.TrimLeft(b, " \t\r\n")
	if len(b) == 0 {
		return ""
	}
	switch c := b[0]; {
	case c == '{':
		return "{"
	case c == '[':
		return "an array"
	case c == '"':
		return "a string"
	case c == 't' || c == 'f':
		return "true or false"
	case c == 'n':
		return "null"
	case c == '-' || '0' <= c && c <= '9':
		return "a number"
	}
	return ""
}

// topMember is the top-level member a JSON pointer (/tags/0) is in.
func topMember(p jsontext.Pointer) string {
	for tok := range p.Tokens() {
		return truncate(tok, maxNameShown) // (an unknown name may be megabytes long)
	}
	return ""
}

// maxNameShown bounds the characters of a member name an error repeats.
const maxNameShown = 64

// jsonNames lists the member names of the struct v points to.
func jsonNames(v any) []string {
	t := reflect.TypeOf(v).Elem()
	names := make([]string, 0, t.NumField())
	for i := range t.NumField() {
		f := t.Field(i)
		if name, _, _ := strings.Cut(f.Tag.Get("json"), ","); name != "" && name != "-" {
			names = append(names, name)
		}
	}
	return names
}

// isJSONArray reports whether b holds one valid JSON array.
func isJSONArray(b []byte) bool {
	return firstKind(b) == "an array" && jsontext.Value(b).IsValid()
}

// objectShape writes the object v decodes by its first two members, as
// a client is shown what to send: {"title": …, "body": …}.
func objectShape(v any) string {
	names := jsonNames(v)
	parts := make([]string, 0, 3)
	for _, n := range names[:min(2, len(names))] {
		parts = append(parts, strconv.Quote(n)+": …")
	}
	if len(names) > 2 {
		parts = append(parts, "…")
	}
	return "{" + strings.Join(parts, ", ") + "}"
}

// memberType is the Go type of the member name of the struct v points to.
func memberType(v any, name string) reflect.Type {
	t := reflect.TypeOf(v).Elem()
	for i := range t.NumField() {
		f := t.Field(i)
		if tag, _, _ := strings.Cut(f.Tag.Get("json"), ","); tag == name {
			return f.Type
		}
	}
	return nil
}

// describeType says in words what JSON a Go type takes.
func describeType(t reflect.Type) string {
	if t == nil {
		return "another type"
	}
	if t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	switch t.Kind() {
	case reflect.String:
		return "a string"
	case reflect.Int, reflect.Int64, reflect.Int32:
		return "a whole number"
	case reflect.Float64, reflect.Float32:
		return "a number"
	case reflect.Bool:
		return "true or false"
	case reflect.Slice:
		if t.Elem().Kind() == reflect.String {
			return "an array of strings"
		}
		return "an array"
	}
	return "a JSON object"
}

func describeKind(k jsontext.Kind) string {
	switch k {
	case '"':
		return "a string"
	case '0':
		return "a number"
	case 't', 'f':
		return "true or false"
	case 'n':
		return "null"
	case '{':
		return "an object"
	case '[':
		return "an array"
	}
	return "another value"
}
