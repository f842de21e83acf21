package org.symbiose.core.plugin;

/** Why an operation on plugins was refused; nothing was changed. */
public class PluginException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** How the refusal reads to a client. */
    public enum Kind { NOT_FOUND, INVALID }

    private final Kind kind;

    public PluginException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }

    static PluginException unknown(String id) {
        return new PluginException(Kind.NOT_FOUND, "No plugin is installed with id " + id);
    }
}
