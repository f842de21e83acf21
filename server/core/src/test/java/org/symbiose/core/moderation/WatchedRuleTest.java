package org.symbiose.core.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.symbiose.api.content.InvalidItemException;

class WatchedRuleTest {

    @Test
    void aWordMatchesWholeWordsIgnoringCaseAndAccents() {
        WatchedRule rule = WatchedRule.of(1L, "épée", false, WatchedWord.Action.BLOCK, null);
        assertThat(rule.matches("Une EPEE rouillée")).isTrue();
        assertThat(rule.matches("une épée.")).isTrue();
        assertThat(rule.matches("des épéistes")).as("not inside another word").isFalse();
    }

    @Test
    void censoringKeepsTheRestOfTheTextAsWritten() {
        WatchedRule rule = WatchedRule.of(1L, "idiot", false, WatchedWord.Action.CENSOR, "***");
        assertThat(rule.censor("Quel IDIOT, cet idiot-là ! Idiote.")).isEqualTo("Quel ***, cet ***-là ! Idiote.");
        assertThat(WatchedRule.of(2L, "vilain", false, WatchedWord.Action.CENSOR, null).censor("Très vîlain"))
                .isEqualTo("Très ■■■");
    }

    @Test
    void aRegexIsFoldedToo() {
        WatchedRule rule = WatchedRule.of(1L, "https?://[a-z.]*casino", true, WatchedWord.Action.REVIEW, null);
        assertThat(rule.matches("Visit HTTP://best.CASINO.example")).isTrue();
        assertThat(rule.matches("Visit http://example.org")).isFalse();
    }

    @Test
    void aBrokenRegexIsRefusedWithItsReason() {
        assertThatThrownBy(() -> WatchedRule.of(1L, "(unclosed", true, WatchedWord.Action.BLOCK, null))
                .isInstanceOfSatisfying(InvalidItemException.class, e -> assertThat(e.field()).isEqualTo("pattern"));
    }

    @Test
    void takingAccentsOffKeepsOneCharacterForEach() {
        assertThat(WatchedRule.unaccented("Œuvre Élève ß")).hasSize("Œuvre Élève ß".length()).isEqualTo("Œuvre Eleve ß");
    }

    @Test
    void upperCaseClassesKeepTheirMeaning() {
        // lower-cased, \S would have become \s and matched the blank
        WatchedRule notBlank = WatchedRule.of(1L, "buy\\Snow", true, WatchedWord.Action.BLOCK, null);
        assertThat(notBlank.matches("BUY-NOW")).isTrue();
        assertThat(notBlank.matches("buy now")).isFalse();
        WatchedRule notDigit = WatchedRule.of(2L, "code\\D\\D", true, WatchedWord.Action.BLOCK, null);
        assertThat(notDigit.matches("CODE-X")).isTrue();
        assertThat(notDigit.matches("CodeXY")).isTrue();
        assertThat(notDigit.matches("code12")).isFalse();
        WatchedRule notWord = WatchedRule.of(3L, "a\\Wb", true, WatchedWord.Action.BLOCK, null);
        assertThat(notWord.matches("A-B")).isTrue();
        assertThat(notWord.matches("axb")).isFalse();
        WatchedRule insideWord = WatchedRule.of(4L, "\\Bcasino", true, WatchedWord.Action.BLOCK, null);
        assertThat(insideWord.matches("megaCASINO")).isTrue();
        assertThat(insideWord.matches("a casino")).isFalse();
    }

    @Test
    void caseIsIgnoredBeyondAscii() {
        assertThat(WatchedRule.of(1L, "œuvre", false, WatchedWord.Action.BLOCK, null).matches("UNE ŒUVRE")).isTrue();
        assertThat(WatchedRule.of(2L, "straße", true, WatchedWord.Action.BLOCK, null).matches("STRAẞE")).isTrue();
    }

    @Test
    void aCatastrophicPatternRunsInLinearTime() {
        WatchedRule rule = WatchedRule.of(1L, "(a+)+$", true, WatchedWord.Action.BLOCK, null);
        String post = "a".repeat(100_000) + "!";
        long start = System.nanoTime();
        assertThat(rule.matches(post)).isFalse();
        assertThat(rule.censor(post)).isEqualTo(post);
        // java.util.regex takes longer than the universe's age on this; RE2/J a few milliseconds
        assertThat(java.time.Duration.ofNanos(System.nanoTime() - start)).isLessThan(java.time.Duration.ofSeconds(2));
    }

    @Test
    void whatRe2CannotRunIsRefusedWhenSaved() {
        assertThatThrownBy(() -> WatchedRule.of(1L, "(a)\\1", true, WatchedWord.Action.BLOCK, null))
                .isInstanceOfSatisfying(InvalidItemException.class, e -> assertThat(e.field()).isEqualTo("pattern"));
        assertThatThrownBy(() -> WatchedRule.of(1L, "spam(?!less)", true, WatchedWord.Action.BLOCK, null))
                .isInstanceOf(InvalidItemException.class);
    }

    @Test
    void aStoredPatternRe2CannotRunMatchesNothing() {
        WatchedRule rule = WatchedRule.stored(7L, "spam(?!less)", true, WatchedWord.Action.BLOCK, null);
        assertThat(rule.pattern()).isEqualTo("spam(?!less)");
        assertThat(rule.matches("spam")).isFalse();
    }

    @Test
    void consecutiveWordsAreAllCensored() {
        assertThat(WatchedRule.of(1L, "idiot", false, WatchedWord.Action.CENSOR, "*").censor("idiot idiot,IDIOT"))
                .isEqualTo("* *,*");
    }
}
