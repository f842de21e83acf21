/** Search over HTTP: hits with facets and highlights, suggestions as you type, related items, and the index's administration. */
package org.symbiose.web.rest.search;
