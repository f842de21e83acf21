package org.symbiose.plugins.forum;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The forum's notifications are said in the member's language. */
class TextsTest {

    @Test
    void everyNoticeIsSaidInFrenchAndInEnglish() {
        for (String kind : new String[] {"mention", "reply", "topic", "accepted"}) {
            String french = Texts.say(Locale.FRENCH, "notice." + kind, "Alice", "Les chats", "Animaux");
            String english = Texts.say(Locale.ENGLISH, "notice." + kind, "Alice", "Les chats", "Animaux");
            assertNotEquals(english, french, kind);
        }
        assertEquals("Alice a ouvert « Les chats » dans Animaux",
                Texts.say(Locale.FRENCH, "notice.topic", "Alice", "Les chats", "Animaux"));
        assertEquals("Your answer in “Les chats” was accepted", Texts.say(Locale.GERMAN, "notice.accepted", "Les chats"),
                "a language the forum has no texts for is English");
    }
}
