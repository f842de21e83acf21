package org.symbiose.core.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RenderedPagesTest {

    private final RenderedPages pages = new RenderedPages(new ClusterCaches(Optional.empty(), null, Runnable::run));
    private final AtomicInteger renderings = new AtomicInteger();

    @Test
    void aNewItemDropsItsParentsPagesOnly() {
        show(1L);
        show(2L);
        assertThat(renderings).as("each page rendered once").hasValue(2);
        show(1L);
        assertThat(renderings).as("then kept").hasValue(2);

        pages.changed(1L, true);
        show(1L);
        show(2L);
        assertThat(renderings).as("the parent's page again, the other one kept").hasValue(3);
    }

    @Test
    void anyOtherChangeDropsEveryPage() {
        show(1L);
        show(2L);
        pages.changed(1L, false);
        show(2L);
        assertThat(renderings).as("an edit may show anywhere: a title in a list").hasValue(3);
        pages.changed(null, true);
        show(2L);
        assertThat(renderings).as("a new item of no parent").hasValue(4);
    }

    @Test
    void aPageAtAnAddressWithoutIdIsDroppedWithTheItemItsModelNamed() {
        String address = "/p/blog/post.xhtml?blog=news&month=2026-12&slug=out-now";
        assertThat(pages.itemAt(address)).as("not known before a rendering").isNull();
        pages.locate(address, 7L);
        showAt(address);
        showAt(address);
        assertThat(renderings).as("kept under the item's generation").hasValue(1);
        pages.changed(7L, true);
        showAt(address);
        assertThat(renderings).as("a new comment of the post drops it").hasValue(2);
        pages.changed(7L, false);
        assertThat(pages.itemAt(address)).as("an edit may give the address to another post").isNull();
    }

    private void showAt(String address) {
        pages.get(address + "|fr", pages.itemAt(address), key -> new RenderedPages.RenderedPage(List.of(),
                new byte[] {(byte) renderings.incrementAndGet()}, "\"t\"", "blog", "post"));
    }

    private void show(long item) {
        pages.get("/p/forum/topic.xhtml?id=" + item + "|fr", item, key -> new RenderedPages.RenderedPage(List.of(),
                new byte[] {(byte) renderings.incrementAndGet()}, "\"t\"", "forum", "topic"));
    }
}
