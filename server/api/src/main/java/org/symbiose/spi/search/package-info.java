/**
 * How a plugin's items enter the search index.
 *
 * <p>Without a contribution, an item is indexed by its title, body and tags and shown without a
 * link. A {@link org.symbiose.spi.search.SearchContribution} for a content type says what of its
 * items is searchable, which facets they add, where results link to, and which places (a private
 * category, say) some viewers may not read.
 */
@Version("1.0.0")
package org.symbiose.spi.search;

import org.osgi.annotation.versioning.Version;
