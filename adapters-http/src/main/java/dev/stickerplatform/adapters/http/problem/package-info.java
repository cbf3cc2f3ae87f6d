/**
 * Errors as RFC 9457 problem details ({@code application/problem+json}). {@link
 * dev.stickerplatform.adapters.http.problem.ProblemMapper} is the one place where exceptions become HTTP answers:
 * client mistakes are 4xx with a precise message, dependency outages 503, and anything unexpected a generic 500
 * whose cause is logged, never shown.
 *
 * <p><b>Internal</b>: not part of the embedding API; may change without notice.
 */
package dev.stickerplatform.adapters.http.problem;
