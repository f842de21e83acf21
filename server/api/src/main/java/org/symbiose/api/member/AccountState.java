package org.symbiose.api.member;

/** Whether a member can sign in and post. */
public enum AccountState {
    /** Signs in, reads and posts. */
    ACTIVE,
    /** Signs in and reads, but cannot post, reply, vote or react. */
    SILENCED,
    /** Cannot sign in until the suspension ends. */
    SUSPENDED,
    /** Gone for good: cannot sign in; their content stays, credited to an anonymous author. */
    DELETED
}
