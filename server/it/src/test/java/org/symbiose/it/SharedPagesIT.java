package org.symbiose.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A topic page kept for visitors who are not signed in: shown again with an ETag and 304, stateless
 * (no view of anyone's session in it), changed at once when the topic gets a reply, and never shown
 * to a signed-in member. The topic's JSON answers 304 too, decided before it is built.
 */
class SharedPagesIT extends Deployed {

    private static final String FORUM = "api/v1/forum/";

    @Test
    void aKeptTopicPageChangesAtOnceAndIsNeverAMembersPage() {
        Accounts.Account manager = Accounts.withRole("COMMUNITY_MANAGER");
        Reply category = manager.api().post(FORUM + "categories", "{\"name\":\"Kept " + UUID.randomUUID() + "\"}");
        assertThat(category.status()).as(category.toString()).isEqualTo(201);
        Reply topic = manager.api().post(FORUM + "topics", "{\"category\":" + category.json().getJsonNumber("id")
                + ",\"title\":\"Kept page " + UUID.randomUUID() + "\",\"body\":\"First post\"}");
        assertThat(topic.status()).as(topic.toString()).isEqualTo(201);
        long id = topic.json().getJsonNumber("id").longValue();
        String page = "/p/forum/topic.xhtml?id=" + id;

        RawHttp.Answer first = RawHttp.send("GET", page);
        RawHttp.Answer second = RawHttp.send("GET", page);
        assertThat(first.status()).isEqualTo(200);
        assertThat(second.status()).isEqualTo(200);
        String tag = second.values("ETag").stream().findFirst().orElseThrow(() -> new AssertionError(second));
        assertThat(first.values("ETag")).as("the first showing has the kept page's tag").containsExactly(tag);
        assertThat(second.body()).as("the page as rendered").isEqualTo(first.body())
                .doesNotContainPattern("name=\"jakarta.faces.ViewState\"[^>]*value=\"(?!stateless\")");
        assertThat(second.values("Set-Cookie")).as("a kept page opens no session").isEmpty();
        assertThat(RawHttp.send("GET", page, "If-None-Match", tag).status()).isEqualTo(304);

        String reply = "Seen at once " + UUID.randomUUID();
        Reply written = manager.api().post(FORUM + "topics/" + id + "/replies", "{\"body\":\"" + reply + "\"}");
        assertThat(written.status()).as(written.toString()).isEqualTo(201);
        RawHttp.Answer changed = RawHttp.send("GET", page, "If-None-Match", tag);
        assertThat(changed.status()).as("the reply shows on the next read").isEqualTo(200);
        assertThat(changed.body()).contains(reply);

        HttpResponse<String> members = SiteSession.signedIn(manager.email(), manager.password()).get(page.substring(1));
        assertThat(members.statusCode()).isEqualTo(200);
        assertThat(members.body()).as("the member's own page, with their reply form").contains("reply-form")
                .doesNotContain("value=\"stateless\"");
        assertThat(members.headers().firstValue("ETag")).as("a member's page is not the kept one").isEmpty();
    }

    @Test
    void aTopicsTagIsDecidedWithoutItsBodyAndChangesWithAReply() {
        Accounts.Account member = Accounts.withRole("COMMUNITY_MANAGER");
        Reply category = member.api().post(FORUM + "categories", "{\"name\":\"Tags " + UUID.randomUUID() + "\"}");
        Reply topic = member.api().post(FORUM + "topics", "{\"category\":" + category.json().getJsonNumber("id")
                + ",\"title\":\"Tagged " + UUID.randomUUID() + "\",\"body\":\"First\"}");
        long id = topic.json().getJsonNumber("id").longValue();

        RawHttp.Answer read = RawHttp.send("GET", "/" + FORUM + "topics/" + id);
        String tag = read.values("ETag").stream().findFirst().orElseThrow(() -> new AssertionError(read));
        RawHttp.Answer again = RawHttp.send("GET", "/" + FORUM + "topics/" + id, "If-None-Match", tag);
        assertThat(again.status()).as("a view more is no change").isEqualTo(304);

        member.api().post(FORUM + "topics/" + id + "/replies", "{\"body\":\"A reply\"}");
        assertThat(RawHttp.send("GET", "/" + FORUM + "topics/" + id, "If-None-Match", tag).status()).isEqualTo(200);
    }
}
