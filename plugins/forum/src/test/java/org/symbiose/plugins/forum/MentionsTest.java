package org.symbiose.plugins.forum;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class MentionsTest {

    @Test
    void namesAreWordsOrQuoted() {
        assertEquals(List.of("alice", "Jean Dupont", "bob_2"),
                Mentions.in("Thanks @alice! And @\"Jean Dupont\", see what @bob_2 said."));
    }

    @Test
    void eachNameOnceAndPunctuationIsNotPartOfIt() {
        assertEquals(List.of("alice", "Zoé"), Mentions.in("@alice. @alice, @Zoé-"));
    }

    @Test
    void addressesAndCodeMentionNobody() {
        assertEquals(List.of("carol"), Mentions.in("""
                Write to me@example.org or `@notme`.
                ```
                @nobody
                ```
                Then ask @carol"""));
    }

    @Test
    void aPostMentionsAtMostTen() {
        StringBuilder many = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            many.append("@m").append(i).append(' ');
        }
        assertEquals(Mentions.MAX, Mentions.in(many.toString()).size());
    }
}
