package org.symbiose.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Two nodes of one EAR behind nginx, as the README's cluster command brings them up (PostgreSQL,
 * one data grid, round robin without stickiness), driven through nginx and each node directly:
 * a change made on one node (a post, a member's role or suspension) is never served stale by the
 * other, scheduled work runs once in the cluster, a plugin installed through one node runs on both,
 * every write acknowledged while a node is killed and started again is kept and found on both
 * nodes, and a member signed in on the site stays signed in when a node dies. One cluster for the whole class; the tests that kill nodes come
 * last, and the last one leaves node 2 down.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {

    private static final String FORUM = "api/v1/forum/";
    /** How soon a change on one node must reach every other node's caches (the bound). */
    private static final Duration INVALIDATION = Duration.ofSeconds(1);
    /** How long a node is read back after that bound, to see it never serves the old state again. */
    private static final Duration READ_BACK = Duration.ofSeconds(3);

    private static final Duration RUN = Duration.ofSeconds(60);
    private static final Duration KILL_AT = Duration.ofSeconds(20);
    private static final Duration START_AT = Duration.ofSeconds(40);
    /** After the kill, the requests that were on the dead node may fail; none after this. */
    private static final Duration ERRORS_AFTER_KILL = Duration.ofSeconds(10);
    /** Between one client's requests while node 1 restarts: a busy site, not a saturated machine. */
    private static final Duration CALM = Duration.ofSeconds(1);
    private static final int WRITERS = 8;
    private static final int READERS = 4;
    /** The built-in task whose period the cluster runs short, to count its runs. */
    private static final String SCHEDULED_TASK = "core.trust-sweep";
    private static final Duration TASK_PERIOD = Duration.ofSeconds(2);

    private static Cluster cluster;
    private static URI node1;
    private static URI node2;
    private static Api admin;

    @BeforeAll
    static void bringUp() {
        // a short period, looked at every second, so that a few seconds show whether each node runs the task
        // or the cluster does
        cluster = Cluster.up(Map.of("SYMBIOSE_TRUST_SWEEP_PERIOD", TASK_PERIOD.toString(),
                "SYMBIOSE_TASKS_POLL_SECONDS", "1"));
        node1 = cluster.node(1);
        node2 = cluster.node(2);
        admin = Accounts.admin().api();
        // on each node, whatever its settings cache: the writers reply as fast as they can
        for (URI node : List.of(node1, node2)) {
            for (String setting : List.of("forum.posts-per-minute", "forum.newcomer-posts-per-minute")) {
                Reply raised = admin.on(node).put("api/v1/admin/settings/" + setting, "{\"value\":\"9999\"}");
                assertThat(raised.status()).as(raised.toString()).isEqualTo(200);
            }
        }
    }

    @AfterAll
    static void bringDown() {
        if (cluster != null) {
            cluster.close();
        }
    }

    @Test
    @Order(1)
    void aPostDeletedOrHiddenOnOneNodeIsNeverServedByTheOther() {
        long category = category("Cache");
        Accounts.Account author = Accounts.member("Author");
        String word = word();
        long topic = created(author.api().post(FORUM + "topics", "{\"category\":" + category
                + ",\"title\":\"Cached on both nodes\",\"body\":\"Read on both nodes " + word + "\"}"));
        String deletedText = "Deleted on node one " + word;
        String hiddenText = "Hidden on node one " + word;
        long deleted = created(author.api().post(FORUM + "topics/" + topic + "/replies", "{\"body\":\"" + deletedText + "\"}"));
        long hidden = created(author.api().post(FORUM + "topics/" + topic + "/replies", "{\"body\":\"" + hiddenText + "\"}"));
        String topicPath = FORUM + "topics/" + topic;
        for (URI node : List.of(node1, node2)) {
            for (int read = 0; read < 3; read++) {
                assertThat(Api.anonymous().on(node).get(topicPath).body()).contains(deletedText, hiddenText);
                assertThat(Api.anonymous().on(node).get("api/v1/items/" + hidden).status()).isEqualTo(200);
            }
        }

        Reply deletion = author.api().on(node1).delete(FORUM + "posts/" + deleted);
        Instant deletedAt = Instant.now();
        assertThat(deletion.status()).as(deletion.toString()).isEqualTo(200);
        Duration staleAfterDeletion = staleFor(node2, topicPath, reply -> reply.body().contains(deletedText), deletedAt);

        Api flagger = Accounts.member("Flagger").api().on(node1);
        assertThat(flagger.post("api/v1/items/" + hidden + "/flags", "{\"reason\":\"SPAM\"}").status()).isEqualTo(201);
        Api moderator = Accounts.withRole("MODERATOR").api().on(node1);
        JsonObject entry = ReviewQueueEntries.openFor(moderator, hidden);
        for (int read = 0; read < 3; read++) {
            assertThat(Api.anonymous().on(node2).get(topicPath).body()).contains(hiddenText);
        }
        Reply hiding = moderator.put("api/v1/moderation/queue/" + entry.getJsonNumber("id"),
                "{\"decision\":\"HIDE\",\"version\":" + entry.getJsonNumber("version") + "}");
        Instant hiddenAt = Instant.now();
        assertThat(hiding.status()).as(hiding.toString()).isEqualTo(200);
        Duration staleAfterHiding = staleFor(node2, topicPath, reply -> reply.body().contains(hiddenText), hiddenAt);
        Duration itemStale = staleFor(node2, "api/v1/items/" + hidden, reply -> reply.status() != 404, hiddenAt);

        System.out.printf("Cluster cache: node 2 served the post deleted on node 1 for %s, the topic with the post"
                + " hidden on node 1 for %s, the hidden post itself for %s%n", staleAfterDeletion, staleAfterHiding,
                itemStale);
        assertThat(List.of(staleAfterDeletion, staleAfterHiding, itemStale))
                .as("how long node 2 served the old post after the change on node 1")
                .allSatisfy(stale -> assertThat(stale).isLessThanOrEqualTo(INVALIDATION));
    }

    @Test
    @Order(2)
    void aRoleOrSuspensionGivenOnOneNodeHoldsOnTheOtherAtOnce() {
        Accounts.Account member = Accounts.member("Standing");
        Api onNode2 = member.api().on(node2);
        for (int read = 0; read < 3; read++) {
            // node 2 now keeps the member's standing: a member, active
            assertThat(onNode2.get("api/v1/me").status()).isEqualTo(200);
            assertThat(onNode2.get("api/v1/moderation/queue").status()).isEqualTo(403);
        }

        Reply promoted = admin.on(node1).put("api/v1/admin/members/" + member.id() + "/role", "{\"role\":\"MODERATOR\"}");
        Instant promotedAt = Instant.now();
        assertThat(promoted.status()).as(promoted.toString()).isEqualTo(200);
        Duration stillMember = staleFor(onNode2, "api/v1/moderation/queue", reply -> reply.status() == 403, promotedAt);

        Reply suspended = admin.on(node1).put("api/v1/admin/members/" + member.id() + "/state",
                "{\"state\":\"SUSPENDED\",\"until\":\"" + Instant.now().plus(Duration.ofDays(1)) + "\"}");
        Instant suspendedAt = Instant.now();
        assertThat(suspended.status()).as(suspended.toString()).isEqualTo(200);
        Duration stillActive = staleFor(onNode2, "api/v1/me", reply -> reply.status() == 200, suspendedAt);

        System.out.printf("Cluster standings: node 2 saw the member promoted on node 1 as a member for %s, and let them"
                + " in for %s after their suspension%n", stillMember, stillActive);
        assertThat(List.of(stillMember, stillActive)).as("how long node 2 kept the member's old standing")
                .allSatisfy(stale -> assertThat(stale).isLessThanOrEqualTo(INVALIDATION));
        assertThat(onNode2.get("api/v1/me").status()).isEqualTo(401);
    }

    @Test
    @Order(3)
    void scheduledWorkRunsOnceInTheClusterNotOncePerNode() {
        Duration window = TASK_PERIOD.multipliedBy(8);
        long before = task(node1).getJsonNumber("runs").longValue();
        Set<String> runners = new TreeSet<>();
        Instant end = Instant.now().plus(window);
        for (int read = 0; Instant.now().isBefore(end); read++) {
            JsonObject task = task(read % 2 == 0 ? node1 : node2);
            if (!task.isNull("lastNode")) {
                runners.add(task.getString("lastNode"));
            }
            PayaraDomain.sleep(TASK_PERIOD.dividedBy(2));
        }
        long runs = task(node2).getJsonNumber("runs").longValue() - before;
        System.out.printf("Cluster schedule: %s ran %d times in %s with a period of %s on two nodes, run by %s%n",
                SCHEDULED_TASK, runs, window, TASK_PERIOD, runners);
        // once per period in the cluster: at most 8 and one at the window's edge; each node on its own would run 16
        assertThat(runs).as("runs in %s of a task due every %s, on two nodes", window, TASK_PERIOD).isBetween(2L, 9L);
    }

    @Test
    @Order(4)
    void aPluginInstalledThroughOneNodeRunsOnBoth() throws IOException {
        Path hello = Path.of(System.getProperty("symbiose.hello-plugin"));
        Reply installed = admin.on(node1).upload("api/v1/admin/plugins", Files.readAllBytes(hello),
                "application/java-archive");
        assertThat(installed.status()).as(installed.toString()).isEqualTo(202);
        for (URI node : List.of(node1, node2)) {
            await(Api.anonymous().on(node), "api/v1/hello/greeting", reply -> reply.status() == 200);
        }
        // each node records its plugins' states every few seconds, for the list of every node
        await(admin.on(node2), "api/v1/admin/plugins", reply -> helloStates(reply).size() == 2);
        assertThat(helloStates(admin.on(node1).get("api/v1/admin/plugins"))).as("the plugin on each node")
                .containsEntry("node1", "ACTIVE").containsEntry("node2", "ACTIVE");

        Reply removed = admin.on(node2).delete("api/v1/admin/plugins/hello");
        assertThat(removed.status()).as(removed.toString()).isBetween(200, 204);
        for (URI node : List.of(node1, node2)) {
            await(Api.anonymous().on(node), "api/v1/hello/greeting", reply -> reply.status() == 404);
        }
    }

    @Test
    @Order(5)
    void whileANodeDiesEveryAcknowledgedWriteIsKeptAndASignedInMemberStaysSignedIn() throws Exception {
        // one outage for both: a node's restart under load is the longest step of the cluster tests
        try (Chromium chromium = Chromium.open()) {
            WebDriver browser = chromium.driver();
            signIn(browser, Accounts.member("Roaming"));
            keepsWritesThroughAnOutage(browser);
            // nginx sends each request to the next node, so the session lives on both: each node dies in turn
            cluster.kill(2);
            assertSignedIn(browser, "with node 1 started again and node 2 killed");
        }
    }

    private void keepsWritesThroughAnOutage(WebDriver browser) throws Exception {
        List<ReplyWriter> writers = ReplyWriter.in(category("Reliability"), WRITERS);
        List<String> readPaths = new ArrayList<>(List.of(FORUM + "categories"));
        writers.forEach(writer -> readPaths.add(FORUM + "topics/" + writer.topic()));

        Outage outage = new Outage();
        AtomicBoolean done = new AtomicBoolean();
        AtomicInteger reads = new AtomicInteger();
        Instant began = Instant.now();
        Instant killed;
        Instant restarted;
        try (ExecutorService threads = Executors.newFixedThreadPool(WRITERS + READERS)) {
            writers.forEach(writer -> threads.submit(() -> writer.replyUntil(done, outage)));
            for (int i = 0; i < READERS; i++) {
                int first = i;
                threads.submit(() -> read(readPaths, first, done, outage, reads));
            }
            try {
                PayaraDomain.sleep(Duration.between(Instant.now(), began.plus(KILL_AT)));
                outage.killed();
                cluster.kill(1);
                killed = Instant.now();
                assertSignedIn(browser, "with node 1 killed");
                PayaraDomain.sleep(Duration.between(Instant.now(), began.plus(START_AT)));
                outage.restarting(CALM);
                cluster.start(1);
                restarted = Instant.now();
                PayaraDomain.sleep(Duration.between(Instant.now(), began.plus(RUN)));
            } finally {
                done.set(true);
            }
        }

        int acknowledged = ReplyWriter.acknowledged(writers);
        List<String> figures = new ArrayList<>();
        List<Set<Long>> lost = new ArrayList<>();
        List<Set<Long>> unsearchable = new ArrayList<>();
        for (URI node : List.of(node1, node2)) {
            Set<Long> unreadable = ReplyWriter.unreadable(writers, admin.on(node));
            Set<Long> unfound = ReplyWriter.unsearchable(writers, admin.on(node), Duration.ofSeconds(90));
            lost.add(unreadable);
            unsearchable.add(unfound);
            figures.add("node " + node.getPort() + ": lost " + unreadable.size() + ", not found by search " + unfound.size());
        }
        System.out.printf("Cluster reliability over %s: %d replies acknowledged (%d after the kill), %d refused,"
                + " %d unanswered, %d reads; %s; %d errors (%s); downtime through nginx %s; node 1 killed at %s s,"
                + " started again at %s s, ready %s later%n", Duration.between(began, Instant.now()), acknowledged,
                ReplyWriter.afterOutage(writers), ReplyWriter.refused(writers), ReplyWriter.unanswered(writers),
                reads.get(), figures, outage.failures(), outage.summary(), outage.downtime(),
                Duration.between(began, killed).toSeconds(), START_AT.toSeconds(), Duration.between(began.plus(START_AT),
                        restarted));
        assertThat(acknowledged).as("replies answered 201").isGreaterThanOrEqualTo(WRITERS);
        assertThat(lost).as("acknowledged replies gone, on node 1 and on node 2").allSatisfy(ids -> assertThat(ids).isEmpty());
        assertThat(unsearchable).as("acknowledged replies search does not find, on node 1 and on node 2")
                .allSatisfy(ids -> assertThat(ids).isEmpty());
        assertThat(outage.outside(killed, ERRORS_AFTER_KILL)).as("errors outside the %s after the kill", ERRORS_AFTER_KILL)
                .isEmpty();
    }

    private static void signIn(WebDriver browser, Accounts.Account member) {
        browser.get(Api.BASE.resolve("login.xhtml").toString());
        browser.findElement(By.id("login:email")).sendKeys(member.email());
        browser.findElement(By.id("login:password")).sendKeys(member.password());
        browser.findElement(By.id("login:submit")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(driver -> !driver.findElements(By.id("greeting")).isEmpty());
        assertSignedIn(browser, "after signing in through nginx");
    }

    private static void assertSignedIn(WebDriver browser, String when) {
        for (int page = 0; page < 4; page++) {
            browser.get(Api.BASE.toString());
            new WebDriverWait(browser, Duration.ofSeconds(20)).until(driver -> !driver.findElements(By.id("greeting"))
                    .isEmpty() || !driver.findElements(By.id("nav-login")).isEmpty());
            assertThat(browser.findElements(By.id("greeting"))).as("the greeting of a signed-in member, " + when)
                    .singleElement().satisfies(greeting -> assertThat(greeting.getText()).contains("Roaming"));
        }
        browser.get(Api.BASE.resolve("profile.xhtml").toString());
        assertThat(browser.getCurrentUrl()).as("the profile, " + when).endsWith("/profile.xhtml");
    }

    /**
     * Reads the pages in turn through nginx until {@code done}, each failure told to {@code outage}; as
     * the administrator, who sees every topic, so that no refusal is mistaken for a failure.
     */
    private static void read(List<String> paths, int first, AtomicBoolean done, Outage outage, AtomicInteger reads) {
        for (int i = first; !done.get(); i++) {
            String path = paths.get(i % paths.size());
            try {
                Reply reply = admin.get(path);
                if (reply.status() == 200) {
                    reads.incrementAndGet();
                } else {
                    outage.failed("read " + reply.status());
                }
            } catch (UncheckedIOException e) {
                outage.failed("read unanswered");
            }
            PayaraDomain.sleep(outage.pause());
        }
    }

    /**
     * Reads {@code path} on {@code node} over and over until {@link #READ_BACK} after
     * {@link #INVALIDATION} past {@code changed}; how long after the change the last read still
     * answered the old state ({@code stale}), zero if none did.
     */
    private static Duration staleFor(URI node, String path, Predicate<Reply> stale, Instant changed) {
        return staleFor(Api.anonymous().on(node), path, stale, changed);
    }

    /** How long after {@code changed} the {@code caller}'s reads of {@code path} were still {@code stale}. */
    private static Duration staleFor(Api visitor, String path, Predicate<Reply> stale, Instant changed) {
        Duration last = Duration.ZERO;
        Instant end = changed.plus(INVALIDATION).plus(READ_BACK);
        while (Instant.now().isBefore(end)) {
            Instant sent = Instant.now();
            if (stale.test(visitor.get(path))) {
                last = Duration.between(changed, sent);
            }
            PayaraDomain.sleep(Duration.ofMillis(50));
        }
        return last;
    }

    /** The hello plugin's state on each node, by node name, as a plugin list shows them. */
    private static Map<String, String> helloStates(Reply plugins) {
        assertThat(plugins.status()).as(plugins.toString()).isEqualTo(200);
        return plugins.items().getValuesAs(JsonObject.class).stream().filter(plugin -> plugin.getString("id").equals("hello"))
                .flatMap(plugin -> plugin.getJsonArray("nodes").getValuesAs(JsonObject.class).stream())
                .collect(Collectors.toMap(node -> node.getString("node"), node -> node.getString("state")));
    }

    /** {@link #SCHEDULED_TASK} as the admin task list of {@code node} shows it. */
    private static JsonObject task(URI node) {
        Reply tasks = admin.on(node).get("api/v1/admin/tasks");
        assertThat(tasks.status()).as(tasks.toString()).isEqualTo(200);
        return tasks.items().getValuesAs(JsonObject.class).stream()
                .filter(task -> task.getString("name").equals(SCHEDULED_TASK)).findFirst()
                .orElseThrow(() -> new AssertionError(SCHEDULED_TASK + " is not in " + tasks));
    }

    private static Reply await(Api api, String path, Predicate<Reply> condition) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        Reply reply = api.get(path);
        while (!condition.test(reply) && Instant.now().isBefore(deadline)) {
            PayaraDomain.sleep(Duration.ofMillis(500));
            reply = api.get(path);
        }
        assertThat(condition).as("%s: %s", path, reply).accepts(reply);
        return reply;
    }

    private static long category(String name) {
        return created(admin.post(FORUM + "categories", "{\"name\":\"" + name + " " + word() + "\"}"));
    }

    private static long created(Reply reply) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.json().getJsonNumber("id").longValue();
    }

    private static String word() {
        return "cluster" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }
}
