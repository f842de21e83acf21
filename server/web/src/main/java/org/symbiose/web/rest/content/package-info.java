/**
 * The content store over HTTP.
 *
 * <p>Request bodies are classes with public fields rather than records: Payara's OpenAPI
 * generator takes a record's annotated constructor parameters for path parameters and fails.
 */
package org.symbiose.web.rest.content;
