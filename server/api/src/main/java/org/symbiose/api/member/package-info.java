/**
 * Members as plugins see them: a reference (id and public name), their role, their account
 * state and trust level; {@link org.symbiose.api.member.MemberDirectory} looks them up, and
 * {@link org.symbiose.api.member.Participation} hears what they read and the likes they receive.
 */
@Version("1.6.0")
package org.symbiose.api.member;

import org.osgi.annotation.versioning.Version;
