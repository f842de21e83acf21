/**
 * The platform's REST vocabulary, for the core's endpoints and plugins' alike, so that every
 * part of {@code /api/v1} answers in one way.
 *
 * <ul>
 * <li>{@link org.symbiose.api.rest.Page}: the one shape of every list, {@code {items, next}},
 * with the next page's URL also sent as a {@code Link: <url>; rel="next"} header by the core.</li>
 * <li>{@link org.symbiose.api.rest.ProblemType} and {@link org.symbiose.api.rest.ProblemException}:
 * the platform's problem types; an endpoint throws the exception and the core answers
 * {@code application/problem+json} with that type; a refusal of several fields at once (a
 * form's every fault) carries them as {@link org.symbiose.api.rest.FieldProblem}s, each with a
 * stable code.</li>
 * <li>{@link org.symbiose.api.rest.Versions}: versions as HTTP validators, for reads that know
 * their version ({@code ETag}, 304) and updates that must name it ({@code If-Match} or a
 * {@code version} field, else 428).</li>
 * </ul>
 *
 * <p>Every successful {@code GET} under {@code /api/v1} gets an {@code ETag} and answers 304 to a
 * matching {@code If-None-Match} without the endpoint doing anything: the core computes a strong
 * tag from the answer's bytes when the endpoint set none. Endpoints that know a cheaper validator
 * (a version) answer through {@link org.symbiose.api.rest.Versions#read}; those that also know when
 * their answer last changed (feeds) give it too, for {@code Last-Modified} and
 * {@code If-Modified-Since}.
 */
@Version("1.2.0")
package org.symbiose.api.rest;

import org.osgi.annotation.versioning.Version;
