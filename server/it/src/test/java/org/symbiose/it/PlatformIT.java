package org.symbiose.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The operational endpoints a script or an admin relies on. */
class PlatformIT extends Deployed {

    @Test
    void healthAnswers200OnceReady() {
        Reply health = Api.anonymous().get("api/v1/health");
        assertThat(health.status()).as(health.toString()).isEqualTo(200);
        assertThat(health.json().getString("status")).isEqualTo("UP");
        assertThat(health.json().getString("database")).isEqualTo("up");
        var cluster = health.json().getJsonObject("cluster");
        assertThat(cluster.getString("node")).isNotBlank();
        // one server alone: its data grid, if any, has this member only, unless another server joined it
        assertThat(cluster.getBoolean("joined")).isEqualTo(cluster.getInt("members") > 1);
    }

    @Test
    void theSiteSessionCookieIsHttpOnlyAndSameSite() {
        Reply home = Api.anonymous().get("");
        assertThat(home.status()).isEqualTo(200);
        assertThat(home.contentType()).startsWith("text/html");
        assertThat(home.header("Set-Cookie")).startsWith("JSESSIONID=").contains("HttpOnly").containsIgnoringCase("SameSite=Lax");
    }

    @Test
    void microProfileEndpointsAnswer() {
        assertThat(Api.anonymous().get("health/ready").status()).isEqualTo(200);
        Reply metrics = Api.anonymous().get("metrics");
        assertThat(metrics.status()).isEqualTo(200);
        Reply openapi = Api.anonymous().get("openapi");
        assertThat(openapi.status()).isEqualTo(200);
        assertThat(openapi.body()).contains("/api/v1/items", "/api/v1/members", "/api/v1/me/tokens");
    }
}
