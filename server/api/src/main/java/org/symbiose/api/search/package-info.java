/**
 * Search over all the community's content: one index that every plugin's items feed, queried in
 * the words people type.
 *
 * <p>The query language: plain words (all required), {@code "exact phrases"}, {@code -word} to
 * exclude, and the filters {@code tag:x}, {@code author:name}, {@code type:forum.topic} and
 * {@code plugin:forum}. French and English forms of a word meet ({@code cheval} finds
 * {@code chevaux}, {@code running} finds {@code run}, {@code eleve} finds {@code élève}). A search
 * only ever returns what its viewer may read: pending, hidden and deleted items and items in
 * places a plugin hides from them are left out, except for moderators.
 */
@Version("1.1.0")
package org.symbiose.api.search;

import org.osgi.annotation.versioning.Version;
