package org.symbiose.it;

/** The trust settings a fresh server has, for tests that change them to put them back. */
final class TrustDefaults {

    static final String JSON = """
            {"levels":[{"level":1,"daysVisited":1,"postsRead":30,"postsWritten":0,"likesReceived":0,"cleanDays":0},
            {"level":2,"daysVisited":15,"postsRead":100,"postsWritten":3,"likesReceived":1,"cleanDays":0},
            {"level":3,"daysVisited":50,"postsRead":500,"postsWritten":10,"likesReceived":20,"cleanDays":100}],
            "newcomerLinks":2,"newcomerImages":1,"spamThreshold":10}""";

    private TrustDefaults() {
    }
}
