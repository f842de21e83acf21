/**
 * Members as plugins see them: a reference (id and public name), their role and their
 * account state.
 */
@Version("1.1.0")
package org.symbiose.api.member;

import org.osgi.annotation.versioning.Version;
