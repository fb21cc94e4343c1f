/**
 * Limits on what one request, and one client, may ask of the server: request rates per client (429 with
 * {@code Retry-After}), the shape of request bodies (valid UTF-8, gzip inflated within the size limit, no
 * XML DTDs, bounded nesting and array lengths), the number of transaction entries, and the cost and
 * strictness of searches ({@code _include} limits, known modifiers, sane paging values, well-formed
 * conditional headers). Each refusal is a 4xx with an OperationOutcome carrying an {@code ErrorCode}.
 * The request size limit itself ({@code ssp.http.max-request-size}) stays in the {@code web} package.
 */
package org.successplan.server.limits;
