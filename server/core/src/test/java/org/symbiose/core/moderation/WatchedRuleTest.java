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
    void foldingKeepsOneCharacterForEach() {
        assertThat(WatchedRule.fold("Œuvre Élève ß")).hasSize("Œuvre Élève ß".length()).isEqualTo("œuvre eleve ß");
    }
}
