package org.symbiose.plugins.ideas.idea;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ExcerptTest {

    @Test
    void theTextOfTheHtmlWithItsEntitiesAndSpacesMadePlain() {
        assertEquals("Un thème sombre\u00A0: l'écran & les yeux <3 moins de /fatigue/",
                Excerpt.of("<p>Un <strong>thème</strong> sombre&#160;: l&#39;écran &amp; les yeux &lt;3</p>\n<ul><li>moins"
                        + " de &#x2F;fatigue&#x2f;</li></ul>"));
        assertEquals("", Excerpt.of("<p><img src=\"/api/v1/files/1\" alt=\"\" /></p>"));
        assertEquals("", Excerpt.of(null));
    }

    @Test
    void aLongTextIsCutAtAWordBeforeTheLimit() {
        String text = "mot ".repeat(100);

        String excerpt = Excerpt.of("<p>" + text + "</p>");

        assertTrue(excerpt.length() <= Excerpt.LENGTH && excerpt.endsWith("mot…"), excerpt);
        assertEquals("a".repeat(Excerpt.LENGTH - 1) + "…", Excerpt.of("<p>" + "a".repeat(300) + "</p>"));
    }

    @Test
    void aCutNeverSplitsACharacterOutsideTheBasicPlane() {
        String excerpt = Excerpt.of("<p>" + "a".repeat(Excerpt.LENGTH - 2) + "😀😀😀</p>");

        assertEquals("a".repeat(Excerpt.LENGTH - 2) + "…", excerpt);
    }
}
