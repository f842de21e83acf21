package org.symbiose.plugins.ideas.status;

import java.util.Locale;

/**
 * One status of a box's workflow.
 *
 * @param key      stable identifier, what an idea's {@code status} attribute holds
 * @param labelEn  its English name
 * @param labelFr  its French name
 * @param colour   {@code #rrggbb}
 * @param closed   whether an idea here is finished (done, declined): no more votes, and its votes
 *                 go back to the voters' budgets
 * @param position its place in the workflow (the roadmap's columns), from 0
 */
public record Status(String key, String labelEn, String labelFr, String colour, boolean closed, int position) {

    /** Its name in {@code locale} (French or else English). */
    public String label(Locale locale) {
        return locale != null && "fr".equals(locale.getLanguage()) ? labelFr : labelEn;
    }
}
