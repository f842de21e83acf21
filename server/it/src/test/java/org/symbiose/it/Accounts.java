package org.symbiose.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.UUID;

/** Members for tests: each registered afresh, signed in with an API token. */
final class Accounts {

    static final String ADMIN_EMAIL = "admin@symbiose.test";
    static final String ADMIN_PASSWORD = "admin-password-1";

    private Accounts() {
    }

    /** A signed-in member. */
    record Account(long id, String email, String password, Api api) {
    }

    private static Account admin;

    static synchronized Account admin() {
        if (admin == null) {
            admin = signIn(ADMIN_EMAIL, ADMIN_PASSWORD);
        }
        return admin;
    }

    static Account member() {
        return member("Member");
    }

    static Account member(String name) {
        return member(name, "en");
    }

    /** A new member whose pages are in {@code locale} ("fr" or "en"). */
    static Account member(String name, String locale) {
        String email = name.toLowerCase().replaceAll("[^a-z]", "") + "-" + UUID.randomUUID() + "@symbiose.test";
        String password = "password-" + UUID.randomUUID();
        Reply created = Api.anonymous().post("api/v1/members", """
                {"email":"%s","displayName":"%s","password":"%s","locale":"%s"}""".formatted(email, name, password, locale));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return signIn(email, password);
    }

    /** A new member given {@code role} ("MODERATOR", ...) by the administrator. */
    static Account withRole(String role) {
        return withRole(role, "en");
    }

    /** A new member given {@code role} whose pages are in {@code locale}. */
    static Account withRole(String role, String locale) {
        Account account = member(role.charAt(0) + role.substring(1).toLowerCase(), locale);
        Reply changed = admin().api().put("api/v1/admin/members/" + account.id() + "/role", "{\"role\":\"" + role + "\"}");
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        return account;
    }

    /** Trades the password for an API token once, so later calls skip the deliberately slow PBKDF2 check. */
    static Account signIn(String email, String password) {
        Reply token = Api.basic(email, password).post("api/v1/me/tokens", "{\"name\":\"tests\"}");
        assertThat(token.status()).as(token.toString()).isEqualTo(201);
        Api api = Api.token(token.json().getString("token"));
        Reply me = api.get("api/v1/me");
        assertThat(me.status()).as(me.toString()).isEqualTo(200);
        JsonObject profile = me.json();
        return new Account(profile.getJsonNumber("id").longValue(), email, password, api);
    }
}
