/**
 * HTTP edge: request ids for logs and tracing, the request size limit and CORS. These servlet filters
 * run before any FHIR processing, for every path.
 */
package org.successplan.server.web;
