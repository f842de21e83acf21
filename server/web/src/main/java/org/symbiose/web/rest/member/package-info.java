/**
 * Members over HTTP: registration, profiles, tokens, moderation of accounts.
 *
 * <p>Request bodies are classes with public fields rather than records: Payara's OpenAPI
 * generator takes a record's annotated constructor parameters for path parameters and fails.
 */
package org.symbiose.web.rest.member;
