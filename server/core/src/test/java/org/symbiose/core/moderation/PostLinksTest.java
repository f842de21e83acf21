package org.symbiose.core.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PostLinksTest {

    @Test
    void inlineLinksAndImagesCount() {
        assertThat(PostLinks.in("[a](https://a.example) and ![b](https://b.example/b.png)")).isEqualTo(new PostLinks(1, 1));
    }

    @Test
    void referenceStyleLinksCount() {
        assertThat(PostLinks.in("""
                Read [this][one], [that][two] and [the third].

                [one]: https://one.example
                [two]: <https://two.example> "Two"
                [the third]: https://three.example
                """)).isEqualTo(new PostLinks(3, 0));
    }

    @Test
    void everyUseOfOneReferenceCounts() {
        assertThat(PostLinks.in("[buy][x] [cheap][x] [now][x]\n\n[x]: https://shop.example")).isEqualTo(new PostLinks(3, 0));
    }

    @Test
    void referenceStyleImagesCount() {
        assertThat(PostLinks.in("""
                ![first][pic] ![second][pic] ![pic]

                [pic]: https://img.example/p.png
                """)).isEqualTo(new PostLinks(0, 3));
    }

    @Test
    void autolinksAndWrittenAddressesCountOnceEach() {
        assertThat(PostLinks.in("<https://auto.example> and www.plain.example, [https://x.example](https://x.example)"))
                .isEqualTo(new PostLinks(3, 0));
    }

    @Test
    void anImageInsideALinkIsBoth() {
        assertThat(PostLinks.in("[![logo](https://img.example/l.png)](https://site.example)")).isEqualTo(new PostLinks(1, 1));
    }

    @Test
    void rawHtmlLinksAndImagesCount() {
        assertThat(PostLinks.in("Hi <a href=\"https://a.example\">there</a> <img src=\"https://i.example/x.png\">"))
                .isEqualTo(new PostLinks(1, 1));
        assertThat(PostLinks.in("<div>\n<img src=\"https://i.example/1.png\"><img src=\"https://i.example/2.png\">\n</div>"))
                .isEqualTo(new PostLinks(0, 2));
    }

    @Test
    void anUnusedReferenceDefinitionShowsNothing() {
        assertThat(PostLinks.in("Nothing here.\n\n[unused]: https://hidden.example")).isEqualTo(new PostLinks(0, 0));
    }

    @Test
    void textWithoutAddressesHasNone() {
        assertThat(PostLinks.in("a.b.c, [brackets] and ![no image]")).isEqualTo(new PostLinks(0, 0));
    }
}
