package org.symbiose.plugins.forum;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The forum's views as maps for Facelets pages: EL on this server does not read record
 * components, so records (nested ones and those in lists too) become maps of their components.
 */
final class PageMaps {

    private PageMaps() {
    }

    static Object of(Object value) {
        if (value instanceof Record record) {
            Map<String, Object> map = new LinkedHashMap<>();
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                map.put(component.getName(), of(read(component, record)));
            }
            return map;
        }
        if (value instanceof Collection<?> values) {
            return values.stream().map(PageMaps::of).toList();
        }
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> copy = new LinkedHashMap<>();
            map.forEach((key, item) -> copy.put(key, of(item)));
            return copy;
        }
        return value;
    }

    private static Object read(RecordComponent component, Record record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("Cannot read " + component.getName() + " of " + record.getClass(), e);
        }
    }
}
