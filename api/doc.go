// Package api is Sagasu's JSON HTTP API on echo v5: routes, request
// parsing, middleware (request IDs, slog request logging, panic recovery,
// timeouts, body limits) and the one place where errors become HTTP
// statuses and {"error":{"code","message"}} bodies.
//
// Imports: echo and the index package; never bleve or cmd.
package api
