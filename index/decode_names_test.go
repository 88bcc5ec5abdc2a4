package index

import (
	"errors"
	"strings"
	"testing"
)

// TestUnknownFieldNamesTheMeant: a field name that is an allowed one in
// another width or case, or with white space around it, is told the name
// meant (ｔｉｔｌｅ had been said only to be unknown, as a query
// parameter's ｑ is not); any other unknown name is not.
func TestUnknownFieldNamesTheMeant(t *testing.T) {
	for _, tt := range []struct {
		name, line, field, want string
	}{
		{"full width", `{"id":"a","ｔｉｔｌｅ":"t","published":"2026-04-01T00:00:00Z"}`, "ｔｉｔｌｅ", "did you mean title?"},
		{"capitals", `{"id":"a","title":"t","Published":"2026-04-01T00:00:00Z"}`, "Published", "did you mean published?"},
		{"full width capitals", `{"id":"a","title":"t","published":"2026-04-01T00:00:00Z","ＴＡＧＳ":[]}`, "ＴＡＧＳ", "did you mean tags?"},
		{"a space after", `{"id":"a","title":"t","published":"2026-04-01T00:00:00Z","body ":"x"}`, `"body "`, "did you mean body?"},
		{"another name", `{"id":"a","title":"t","published":"2026-04-01T00:00:00Z","score":1}`, "score", "unknown field (names are case-sensitive; allowed: id, title"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			_, err := DecodeArticle([]byte(tt.line))
			var ve *ValidationError
			if !errors.As(err, &ve) || ve.Field != tt.field || !strings.Contains(ve.Msg, tt.want) {
				t.Errorf("DecodeArticle(%s) = %v, want field %q and a message with %q", tt.line, err, tt.field, tt.want)
			}
		})
	}
}
