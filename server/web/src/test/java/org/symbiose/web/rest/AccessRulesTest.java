package org.symbiose.web.rest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.symbiose.api.member.Role;

/** Every endpoint says who may call it; an endpoint that forgets is closed, never open. */
class AccessRulesTest {

    @Test
    void everyResourceMethodDeclaresItsRule() throws Exception {
        List<Method> endpoints = resourceClasses().flatMap(type -> Stream.of(type.getDeclaredMethods()))
                .filter(m -> Stream.of(GET.class, POST.class, PUT.class, DELETE.class).anyMatch(m::isAnnotationPresent))
                .toList();
        assertThat(endpoints).hasSizeGreaterThanOrEqualTo(20);
        for (Method endpoint : endpoints) {
            assertThat(AccessRules.ruleOf(endpoint, endpoint.getDeclaringClass()).declared())
                    .as(endpoint.toString()).isTrue();
        }
    }

    @Test
    void aMethodWithoutRuleIsClosedAndAMethodRuleOverridesItsClass() throws Exception {
        assertThat(AccessRules.ruleOf(Undeclared.class.getDeclaredMethod("open"), Undeclared.class).declared()).isFalse();
        AccessRules.Rule health = AccessRules.ruleOf(HealthResource.class.getMethod("health"), HealthResource.class);
        assertThat(health.declared()).isTrue();
        assertThat(health.least()).isNull();
        AccessRules.Rule list = AccessRules.ruleOf(
                org.symbiose.web.rest.member.AdminMembersResource.class.getMethod("list", String.class, String.class,
                        jakarta.ws.rs.core.UriInfo.class),
                org.symbiose.web.rest.member.AdminMembersResource.class);
        assertThat(list.least()).isEqualTo(Role.MODERATOR);
    }

    static class Undeclared {
        @GET
        public String open() {
            return "";
        }
    }

    private static Stream<Class<?>> resourceClasses() throws IOException, URISyntaxException {
        java.nio.file.Path root = Paths.get(HealthResource.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        try (Stream<java.nio.file.Path> files = Files.walk(root.resolve("org/symbiose/web/rest"))) {
            return files.filter(f -> f.toString().endsWith(".class") && !f.toString().contains("$"))
                    .map(f -> root.relativize(f).toString().replace('/', '.').replaceAll("\\.class$", ""))
                    .map(AccessRulesTest::load)
                    .filter(type -> type.isAnnotationPresent(Path.class))
                    .toList().stream();
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, AccessRulesTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
