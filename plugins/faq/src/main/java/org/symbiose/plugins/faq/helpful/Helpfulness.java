package org.symbiose.plugins.faq.helpful;

/**
 * How readers found an entry.
 *
 * @param yes how many found it helpful
 * @param no  how many did not
 */
public record Helpfulness(long yes, long no) {
}
