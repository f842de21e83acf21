package org.symbiose.core.moderation;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The links and images in a post's Markdown: images are {@code ![alt](url)} or {@code <img>};
 * links are the web addresses left once images are taken out.
 *
 * @param links  how many links
 * @param images how many images
 */
record PostLinks(int links, int images) {

    private static final Pattern IMAGE = Pattern.compile("!\\[[^\\]]*]\\([^)]*\\)|<img\\b[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern LINK = Pattern.compile("\\b(?:https?://|www\\.)[^\\s)\"'<>]+", Pattern.CASE_INSENSITIVE);

    static PostLinks in(String text) {
        if (text == null || text.isEmpty()) {
            return new PostLinks(0, 0);
        }
        Matcher images = IMAGE.matcher(text);
        int imageCount = 0;
        StringBuilder rest = new StringBuilder();
        while (images.find()) {
            imageCount++;
            images.appendReplacement(rest, " ");
        }
        images.appendTail(rest);
        return new PostLinks((int) LINK.matcher(rest).results().count(), imageCount);
    }
}
