package org.symbiose.api.testing;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.List;

/**
 * Sets the fields Declarative Services would inject, for tests that build a plugin's components by
 * hand on these fakes: each instance field (its class's and its superclasses') whose type one of
 * the services is gets the first such service, the component itself excepted. A plain field such
 * as {@code Clock clock} is set too, which lets a test give its {@link SettableClock}.
 */
public final class Wiring {

    private Wiring() {
    }

    /** Wires {@code component} to {@code services}; returns it. */
    public static <T> T wire(T component, List<?> services) {
        for (Class<?> type = component.getClass(); type != Object.class; type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
                if (Modifier.isStatic(field.getModifiers())) {
                    continue;
                }
                services.stream().filter(s -> s != component && field.getType().isInstance(s)).findFirst()
                        .ifPresent(service -> set(field, component, service));
            }
        }
        return component;
    }

    private static void set(Field field, Object component, Object service) {
        try {
            field.setAccessible(true);
            field.set(component, service);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("Cannot set " + field, e);
        }
    }
}
