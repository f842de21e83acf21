package org.symbiose.web.rest.openapi;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;

/**
 * A plugin's REST operations, as OpenAPI path items read from the JAX-RS annotations of its
 * endpoint class: the same annotations the core serves it by, so the document cannot drift
 * from what is served.
 */
final class PluginOperations {

    // "{id: [0-9]+}" is served as "{id}": OpenAPI templates carry no regular expressions
    private static final Pattern TEMPLATE_REGEX = Pattern.compile("\\{\\s*([A-Za-z0-9_.-]+)\\s*:[^}]*}");
    private static final String ERRORS = "Errors are application/problem+json: 400 or 422 bad input, 401 sign-in"
            + " needed, 403 not allowed, 404 unknown or not visible to the caller, 409 conflict, 429 too many requests.";

    private PluginOperations() {
    }

    /** Sub-resources reached through sub-resource locators, this deep at most. */
    private static final int MOST_NESTED = 3;

    /**
     * The path items of one plugin's endpoint, by path under the server root: its own methods, and those of the
     * sub-resources its locators ({@code @Path} without an HTTP method) return.
     */
    static Map<String, PathItem> of(String pluginId, Class<?> endpoint) {
        Map<String, PathItem> items = new TreeMap<>();
        collect(pluginId, "", endpoint, items, 0);
        return items;
    }

    private static void collect(String pluginId, String prefix, Class<?> type, Map<String, PathItem> items, int depth) {
        Arrays.stream(type.getMethods())
                .sorted(Comparator.comparing(Method::getName).thenComparing(Method::getParameterCount))
                .forEach(method -> {
                    String verb = verb(method);
                    String relative = prefix + relative(method);
                    if (verb != null) {
                        items.computeIfAbsent("/api/v1/" + pluginId + relative, p -> OASFactory.createPathItem())
                                .setOperation(PathItem.HttpMethod.valueOf(verb), operation(pluginId, type, method));
                    } else if (method.isAnnotationPresent(Path.class) && depth < MOST_NESTED
                            && !method.getReturnType().isPrimitive() && method.getReturnType() != Object.class) {
                        collect(pluginId, relative, method.getReturnType(), items, depth + 1);
                    }
                });
    }

    private static String verb(Method method) {
        return Arrays.stream(method.getAnnotations())
                .map(a -> a.annotationType().getAnnotation(HttpMethod.class))
                .filter(m -> m != null)
                .map(HttpMethod::value)
                .findFirst().orElse(null);
    }

    /** The method's own path, {@code /x/{id}}, or empty. */
    private static String relative(Method method) {
        Path path = method.getAnnotation(Path.class);
        String relative = path == null ? "" : TEMPLATE_REGEX.matcher(path.value()).replaceAll("{$1}");
        relative = relative.replaceAll("^/+|/+$", "");
        return relative.isEmpty() ? "" : "/" + relative;
    }

    private static Operation operation(String pluginId, Class<?> endpoint, Method method) {
        Operation operation = OASFactory.createOperation()
                .operationId(pluginId + "." + method.getName())
                .addTag(pluginId)
                .description(access(method, endpoint) + " " + ERRORS);
        for (Parameter parameter : method.getParameters()) {
            describe(operation, method, parameter);
        }
        Produces produces = method.isAnnotationPresent(Produces.class) ? method.getAnnotation(Produces.class)
                : endpoint.getAnnotation(Produces.class);
        String produced = first(produces == null ? null : produces.value());
        Content answer = method.getReturnType() == void.class ? null
                : OASFactory.createContent().addMediaType(produced, OASFactory.createMediaType());
        operation.responses(OASFactory.createAPIResponses().addAPIResponse("default",
                OASFactory.createAPIResponse().description("The result").content(answer)));
        if (method.isAnnotationPresent(RolesAllowed.class)
                || !method.isAnnotationPresent(PermitAll.class) && endpoint.isAnnotationPresent(RolesAllowed.class)) {
            operation.security(List.of(requirement("token"), requirement("basic")));
        }
        return operation;
    }

    private static void describe(Operation operation, Method method, Parameter parameter) {
        PathParam inPath = parameter.getAnnotation(PathParam.class);
        QueryParam inQuery = parameter.getAnnotation(QueryParam.class);
        if (inPath != null || inQuery != null) {
            DefaultValue byDefault = parameter.getAnnotation(DefaultValue.class);
            Schema schema = OASFactory.createSchema().type(schemaType(parameter.getType()))
                    .defaultValue(byDefault == null ? null : byDefault.value());
            operation.addParameter(OASFactory.createParameter()
                    .name(inPath != null ? inPath.value() : inQuery.value())
                    .in(inPath != null ? org.eclipse.microprofile.openapi.models.parameters.Parameter.In.PATH
                            : org.eclipse.microprofile.openapi.models.parameters.Parameter.In.QUERY)
                    .required(inPath != null ? Boolean.TRUE : null)
                    .schema(schema));
        } else if (parameter.getAnnotation(Context.class) == null && parameter.getAnnotations().length == 0) {
            Consumes consumes = method.getAnnotation(Consumes.class);
            String consumed = first(consumes == null ? null : consumes.value());
            operation.requestBody(OASFactory.createRequestBody().required(true).content(OASFactory.createContent()
                    .addMediaType(consumed, OASFactory.createMediaType()
                            .schema(OASFactory.createSchema().type(schemaType(parameter.getType()))))));
        }
    }

    /** Who may call: the method's rule, else its class's, as the core enforces it. */
    private static String access(Method method, Class<?> endpoint) {
        RolesAllowed roles = method.getAnnotation(RolesAllowed.class);
        if (roles == null && !method.isAnnotationPresent(PermitAll.class)) {
            roles = endpoint.getAnnotation(RolesAllowed.class);
        }
        if (roles != null) {
            return "For: " + String.join(", ", roles.value()) + ".";
        }
        return method.getAnnotation(PermitAll.class) != null ? "For everyone." : "Refused to everyone.";
    }

    private static String first(String[] mediaTypes) {
        return mediaTypes == null || mediaTypes.length == 0 ? MediaType.APPLICATION_JSON : mediaTypes[0];
    }

    private static Schema.SchemaType schemaType(Class<?> type) {
        if (type == int.class || type == long.class || type == Integer.class || type == Long.class) {
            return Schema.SchemaType.INTEGER;
        }
        if (type == boolean.class || type == Boolean.class) {
            return Schema.SchemaType.BOOLEAN;
        }
        if (type == double.class || type == float.class || Number.class.isAssignableFrom(type)) {
            return Schema.SchemaType.NUMBER;
        }
        if (type == String.class || type.isEnum()) {
            return Schema.SchemaType.STRING;
        }
        return List.class.isAssignableFrom(type) || type.isArray() ? Schema.SchemaType.ARRAY : Schema.SchemaType.OBJECT;
    }

    private static SecurityRequirement requirement(String scheme) {
        return OASFactory.createSecurityRequirement().addScheme(scheme);
    }
}
