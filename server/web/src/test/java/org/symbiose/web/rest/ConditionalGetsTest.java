package org.symbiose.web.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ConditionalGetsTest {

    private static final String TAG = "abc";

    @Test
    void ifNoneMatchComparesWeaklyAndTakesLists() {
        assertTrue(ConditionalGets.matches("\"abc\"", TAG));
        assertTrue(ConditionalGets.matches("W/\"abc\"", TAG), "weak comparison, as RFC 9110 says for If-None-Match");
        assertTrue(ConditionalGets.matches("\"x\", \"abc\"", TAG));
        assertTrue(ConditionalGets.matches("*", TAG));
        assertFalse(ConditionalGets.matches("\"abcd\"", TAG));
        assertFalse(ConditionalGets.matches("abc", TAG), "an unquoted value is no entity tag");
        assertFalse(ConditionalGets.matches(null, TAG));
        assertFalse(ConditionalGets.matches(" ", TAG));
    }

    @Test
    void aListOfTagsIsWellFormedAndAnythingElseIsNot() {
        assertTrue(ConditionalGets.wellFormed("\"abc\""));
        assertTrue(ConditionalGets.wellFormed(" W/\"a\" , \"b\" "));
        assertTrue(ConditionalGets.wellFormed("*"));
        assertFalse(ConditionalGets.wellFormed("garbage, W/"));
        assertFalse(ConditionalGets.wellFormed("\"a"));
        assertFalse(ConditionalGets.wellFormed(""));
    }

    @Test
    void theTagFollowsTheBytes() {
        String one = ConditionalGets.digest("{\"a\":1}".getBytes(StandardCharsets.UTF_8));
        assertEquals(one, ConditionalGets.digest("{\"a\":1}".getBytes(StandardCharsets.UTF_8)));
        assertNotEquals(one, ConditionalGets.digest("{\"a\":2}".getBytes(StandardCharsets.UTF_8)));
        assertEquals(22, one.length(), "128 bits in base64url");
    }
}
