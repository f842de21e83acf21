/**
 * The audit log: every moderator's and administrator's action, append-only, for the moderation
 * console to show and export.
 */
@Version("1.0.0")
package org.symbiose.api.audit;

import org.osgi.annotation.versioning.Version;
