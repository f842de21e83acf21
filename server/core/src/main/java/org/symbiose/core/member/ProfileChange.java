package org.symbiose.core.member;

/** What a member changes on their profile; null leaves a field as it is, a blank avatar clears it. */
public record ProfileChange(String displayName, String bio, String avatarUrl, String locale) {
}
