package org.symbiose.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Password guessing, as an attacker would try it: many guesses at once on one account, and one address guessing
 * on many accounts. Each test calls from its own loopback address (127.0.0.x), so the other tests' failures,
 * all from 127.0.0.1, do not count against it, nor its against them.
 */
class SignInThrottleIT extends Deployed {

    /** The server's defaults: symbiose.security.login.max-failures and max-failures-per-address. */
    private static final int PER_ACCOUNT = 5;
    private static final int PER_ADDRESS = 20;

    @Test
    void parallelGuessesOnOneAccountGetNoMoreTriesThanTheLimit() throws Exception {
        Accounts.Account target = Accounts.member("Target");
        HttpClient client = from("127.0.0.2");
        int guesses = 30;
        ExecutorService guessers = Executors.newFixedThreadPool(guesses);
        List<Future<Integer>> answers = new ArrayList<>();
        for (int i = 0; i < guesses; i++) {
            String guess = "guess-" + i;
            answers.add(guessers.submit(() -> me(client, target.email(), guess)));
        }
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> answer : answers) {
            statuses.add(answer.get());
        }
        guessers.shutdown();
        Map<Integer, Long> counted = statuses.stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        assertThat(counted).as("guesses that reached the password check answer 401, the others 429")
                .containsEntry(401, (long) PER_ACCOUNT).containsEntry(429, (long) (guesses - PER_ACCOUNT)).hasSize(2);
        assertThat(me(client, target.email(), target.password())).as("even the right password waits now").isEqualTo(429);
    }

    @Test
    void oneAddressGuessingOnManyAccountsIsThrottled() {
        HttpClient guesser = from("127.0.0.3");
        for (int i = 0; i < PER_ADDRESS; i++) {
            assertThat(me(guesser, "nobody-" + UUID.randomUUID() + "@symbiose.test", "guess")).isEqualTo(401);
        }
        Accounts.Account member = Accounts.member("Bystander");
        assertThat(me(guesser, member.email(), member.password())).as("this address is over its limit").isEqualTo(429);
        assertThat(me(from("127.0.0.4"), member.email(), member.password())).as("another address is not").isEqualTo(200);
    }

    private static HttpClient from(String address) {
        try {
            return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10))
                    .localAddress(InetAddress.getByName(address)).build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int me(HttpClient client, String email, String password) {
        HttpRequest request = HttpRequest.newBuilder(Api.BASE.resolve("api/v1/me")).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((email + ":" + password).getBytes(StandardCharsets.UTF_8)))
                .build();
        try {
            return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
