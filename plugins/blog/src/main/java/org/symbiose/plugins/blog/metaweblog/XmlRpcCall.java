package org.symbiose.plugins.blog.metaweblog;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One XML-RPC method call. Values are Java's: {@code String}, {@code Integer}, {@code Long} ({@code i8}),
 * {@code Boolean}, {@code Double}, {@link Instant}, {@code byte[]} (base64), {@code Map<String, Object>} (struct),
 * {@code List<Object>} (array), and {@link #NIL}.
 *
 * @param method the method name, such as {@code metaWeblog.newPost}
 * @param params the parameters, in order
 */
public record XmlRpcCall(String method, List<Object> params) {

    /** XML-RPC's {@code <nil/>}, which a list cannot hold as null. */
    public static final Object NIL = new Object() {
        @Override
        public String toString() {
            return "nil";
        }
    };

    public XmlRpcCall {
        params = List.copyOf(params);
    }

    /** The parameter at {@code index} as text (numbers too, as some clients send ids as ints). */
    public String text(int index, String name) {
        Object value = param(index, name);
        if (value instanceof String || value instanceof Integer || value instanceof Long) {
            return value.toString();
        }
        throw new XmlRpcFault(XmlRpcFault.BAD_PARAMETERS, "Parameter " + (index + 1) + " (" + name + ") must be a string");
    }

    /** The parameter at {@code index} as a struct. */
    @SuppressWarnings("unchecked")
    public Map<String, Object> struct(int index, String name) {
        if (param(index, name) instanceof Map<?, ?> map) {
            return (Map<String, Object>) map;
        }
        throw new XmlRpcFault(XmlRpcFault.BAD_PARAMETERS, "Parameter " + (index + 1) + " (" + name + ") must be a struct");
    }

    /** The parameter at {@code index} as a boolean; {@code otherwise} when absent. */
    public boolean flag(int index, boolean otherwise) {
        if (params.size() <= index) {
            return otherwise;
        }
        Object value = params.get(index);
        if (value instanceof Boolean b) {
            return b;
        }
        if (value instanceof Integer i) {
            return i != 0;
        }
        throw new XmlRpcFault(XmlRpcFault.BAD_PARAMETERS, "Parameter " + (index + 1) + " (publish) must be a boolean");
    }

    /** The parameter at {@code index} as a positive count; {@code otherwise} when absent. */
    public int count(int index, int otherwise) {
        if (params.size() <= index) {
            return otherwise;
        }
        if (params.get(index) instanceof Integer i && i > 0) {
            return i;
        }
        throw new XmlRpcFault(XmlRpcFault.BAD_PARAMETERS, "Parameter " + (index + 1) + " (numberOfPosts) must be a positive int");
    }

    private Object param(int index, String name) {
        if (params.size() <= index) {
            throw new XmlRpcFault(XmlRpcFault.BAD_PARAMETERS, method + " needs parameter " + (index + 1) + " (" + name + ")");
        }
        return params.get(index);
    }
}
