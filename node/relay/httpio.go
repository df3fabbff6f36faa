package relay

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime"
	"net"
	"net/http"
	"strconv"
	"strings"
	"time"
)

// apiError is an error the API answers with: an HTTP status, a code and one sentence.
type apiError struct {
	Status  int
	Code    string
	Message string
	// RetryAfter, when set, becomes the Retry-After header (rate limits).
	RetryAfter time.Duration
	// Err is the underlying error, for the log only.
	Err error
}

func (e *apiError) Error() string { return e.Code + ": " + e.Message }

func (e *apiError) Unwrap() error { return e.Err }

func errorf(status int, code, format string, args ...any) *apiError {
	return &apiError{Status: status, Code: code, Message: fmt.Sprintf(format, args...)}
}

// Codes of refusals that are not custom errors of the escrow.
const (
	codeBadRequest       = "BadRequest"
	codeBadJSON          = "BadJSON"
	codeUnknownField     = "UnknownField"
	codeMissingField     = "MissingField"
	codeInvalidField     = "InvalidField"
	codeBodyTooLarge     = "BodyTooLarge"
	codeUnsupportedType  = "UnsupportedMediaType"
	codeNotFound         = "NotFound"
	codeMethodNotAllowed = "MethodNotAllowed"
	codeOriginNotAllowed = "OriginNotAllowed"
	codeRateLimited      = "RateLimited"
	codeDeadlineTooSoon  = "DeadlineTooSoon"
	codeDeadlinePassed   = "RelayDeadlinePassed" // the contract's name for it
	codeFeeTooLow        = "FeeTooLow"
	codeTokenNotRelayed  = "TokenNotRelayed"
	codeShareBelowFee    = "ShareBelowFee"
	codePacketExpiring   = "PacketExpiring"
	codeClaimInProgress  = "ClaimInProgress"
	codeTicketInProgress = "TicketInProgress"
	codeNoProofs         = "NoProofs"
	codeRootMismatch     = "RootMismatch"
	codeNotAllowlist     = "NotAllowlistPacket"
	codeRelayerNoFunds   = "RelayerOutOfFunds"
	codePending          = "Pending"
	codeUnavailable      = "Unavailable"
	codeInternal         = "Internal"
)

type errorBody struct {
	Error struct {
		Code    string `json:"code"`
		Message string `json:"message"`
	} `json:"error"`
}

// writeJSON answers with status and v as JSON.
func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	_ = enc.Encode(v) // the client went away: nothing left to tell it
}

// writeError answers with e as {"error": {"code", "message"}}.
func writeError(w http.ResponseWriter, e *apiError) {
	if e.RetryAfter > 0 {
		secs := int((e.RetryAfter + time.Second - 1) / time.Second)
		w.Header().Set("Retry-After", strconv.Itoa(secs))
	}
	var b errorBody
	b.Error.Code, b.Error.Message = e.Code, e.Message
	writeJSON(w, e.Status, b)
}

// readJSONBody checks the content type and size of a request body and returns it. Decoding is left to the
// caller, which knows the fields.
func readJSONBody(r *http.Request, max int64) ([]byte, *apiError) {
	ct := r.Header.Get("Content-Type")
	mt, _, err := mime.ParseMediaType(ct)
	if ct == "" || err != nil || mt != "application/json" {
		got := ct
		if got == "" {
			got = "none"
		}
		return nil, errorf(http.StatusUnsupportedMediaType, codeUnsupportedType,
			"the body must be JSON sent with Content-Type: application/json (got %s)", got)
	}
	if r.ContentLength > max {
		return nil, tooLarge(max)
	}
	body, err := io.ReadAll(http.MaxBytesReader(nil, r.Body, max))
	if err != nil {
		var mbe *http.MaxBytesError
		if errors.As(err, &mbe) {
			return nil, tooLarge(max)
		}
		return nil, errorf(http.StatusBadRequest, codeBadRequest, "cannot read the request body: %v", err)
	}
	return body, nil
}

func tooLarge(max int64) *apiError {
	return errorf(http.StatusRequestEntityTooLarge, codeBodyTooLarge, "the request body is larger than %d bytes", max)
}

// decodeStrict decodes one JSON object into v, refusing unknown fields and anything after the object.
// fields lists the accepted fields for the message about an unknown one.
func decodeStrict(body []byte, v any, fields string) *apiError {
	if len(strings.TrimSpace(string(body))) == 0 {
		return errorf(http.StatusBadRequest, codeBadJSON, "the request body is empty; send a JSON object with %s", fields)
	}
	dec := json.NewDecoder(strings.NewReader(string(body)))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		return jsonError(err, fields)
	}
	if dec.More() {
		return errorf(http.StatusBadRequest, codeBadJSON, "the body must be a single JSON object, but more follows it")
	}
	return nil
}

// jsonError explains a decoding error of encoding/json.
func jsonError(err error, fields string) *apiError {
	var syn *json.SyntaxError
	var typ *json.UnmarshalTypeError
	switch {
	case errors.As(err, &syn):
		return errorf(http.StatusBadRequest, codeBadJSON, "the body is not valid JSON (at byte %d: %v)", syn.Offset, syn)
	case errors.Is(err, io.ErrUnexpectedEOF):
		return errorf(http.StatusBadRequest, codeBadJSON, "the body is not valid JSON: it ends in the middle of a value")
	case errors.As(err, &typ) && typ.Field == "":
		return errorf(http.StatusBadRequest, codeBadJSON, "the body must be a JSON object with %s, not a JSON %s", fields, typ.Value)
	case errors.As(err, &typ):
		return errorf(http.StatusBadRequest, codeInvalidField, "field %q must be a string or a number, not a JSON %s", typ.Field, typ.Value)
	case strings.HasPrefix(err.Error(), "json: unknown field "):
		name := strings.TrimPrefix(err.Error(), "json: unknown field ")
		return errorf(http.StatusBadRequest, codeUnknownField, "unknown field %s; the accepted fields are %s", name, fields)
	}
	return errorf(http.StatusBadRequest, codeBadJSON, "the body is not valid JSON: %v", err)
}

// clientIP is the address rate limits count a request against.
func clientIP(r *http.Request, trustForwarded bool) string {
	if trustForwarded {
		if xff := r.Header.Values("X-Forwarded-For"); len(xff) > 0 {
			parts := strings.Split(xff[len(xff)-1], ",")
			if ip := strings.TrimSpace(parts[len(parts)-1]); ip != "" {
				return ip
			}
		}
	}
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		return r.RemoteAddr
	}
	return host
}

// statusRecorder remembers the status a handler answered with, for the request log.
type statusRecorder struct {
	http.ResponseWriter
	status int
	code   string
}

func (s *statusRecorder) WriteHeader(status int) {
	s.status = status
	s.ResponseWriter.WriteHeader(status)
}
