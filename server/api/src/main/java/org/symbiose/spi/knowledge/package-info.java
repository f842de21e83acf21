/**
 * How an answer given in one plugin becomes knowledge kept by another.
 *
 * <p>A knowledge plugin (the FAQ) registers an {@link org.symbiose.spi.knowledge.AnswerPromotion}
 * as an OSGi service; a discussion plugin (the forum) references it optionally and offers its
 * moderators "promote to FAQ" only while one is present. Neither imports the other.
 */
@Version("1.0.0")
package org.symbiose.spi.knowledge;

import org.osgi.annotation.versioning.Version;
