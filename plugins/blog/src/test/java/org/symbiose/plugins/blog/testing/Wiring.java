package org.symbiose.plugins.blog.testing;

import java.lang.reflect.Field;

/** Sets the fields Declarative Services would inject, for tests that build components by hand. */
public final class Wiring {

    private Wiring() {
    }

    /** Sets each field of {@code component} whose type the given service is (or extends). */
    public static <T> T wire(T component, Object... services) {
        for (Class<?> type = component.getClass(); type != Object.class; type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
                for (Object service : services) {
                    if (field.getType().isInstance(service) && !java.lang.reflect.Modifier.isStatic(field.getModifiers())) {
                        try {
                            field.setAccessible(true);
                            field.set(component, service);
                        } catch (IllegalAccessException e) {
                            throw new IllegalStateException(e);
                        }
                    }
                }
            }
        }
        return component;
    }
}
