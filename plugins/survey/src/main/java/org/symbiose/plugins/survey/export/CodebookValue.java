package org.symbiose.plugins.survey.export;

import org.symbiose.plugins.survey.Bilingual;

/**
 * One code a column may hold and what it means.
 *
 * @param code    as written in the cell
 * @param meaning in the survey's languages
 */
public record CodebookValue(String code, Bilingual meaning) {
}
