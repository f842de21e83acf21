/**
 * Telling members what happened that concerns them: a reply to their topic, a mention, an
 * accepted answer. Each notification is kept in the member's list (REST {@code /api/v1/me/notifications})
 * and is ready for delivery by e-mail.
 */
@Version("1.0.0")
package org.symbiose.api.notification;

import org.osgi.annotation.versioning.Version;
