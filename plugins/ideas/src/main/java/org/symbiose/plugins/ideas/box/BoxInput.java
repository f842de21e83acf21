package org.symbiose.plugins.ideas.box;

/**
 * {@code POST /boxes} and {@code PUT /boxes/{box}}: what is sent is changed, what is absent kept.
 * {@code closesAt} is ISO-8601 (empty text: no closing date); {@code voteBudget} 0 means unlimited.
 */
public class BoxInput {
    public String title;
    public String description;
    public String access;
    public String closesAt;
    public Integer voteBudget;
    public String language;
    public Long version;
}
