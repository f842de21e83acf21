/**
 * Members as plugins see them: a reference (id and public name), their role and their
 * account state; {@link org.symbiose.api.member.MemberDirectory} looks them up.
 */
@Version("1.2.0")
package org.symbiose.api.member;

import org.osgi.annotation.versioning.Version;
