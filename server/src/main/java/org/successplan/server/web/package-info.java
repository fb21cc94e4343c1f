/**
 * HTTP edge: request ids for logs and tracing, security headers, the request size limit and CORS. These
 * servlet filters run before any FHIR processing, for every path. Also what clients see of failures
 * outside their control: Jetty's own refusals as OperationOutcomes, and internal errors without
 * internals (no stack traces, exception messages or SQL).
 */
package org.successplan.server.web;
