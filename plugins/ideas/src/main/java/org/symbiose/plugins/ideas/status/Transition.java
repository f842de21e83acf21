package org.symbiose.plugins.ideas.status;

/** A move the workflow allows, from one status key to another. */
public record Transition(String from, String to) {
}
