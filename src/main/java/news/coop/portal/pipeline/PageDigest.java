package news.coop.portal.pipeline;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import news.coop.portal.cache.Key;
import news.coop.portal.render.PageJob;

/**
 * A page job's content, for the key of its rendered page in the build cache: every component of the
 * job and of the records in it, by name and value, walked in declaration order. Views are records of
 * texts, numbers, booleans, lists and other records, so two equal jobs give equal digests and two
 * different ones different digests; a value of any other type is refused, so that a new kind of
 * value cannot silently drop out of the key.
 *
 * <p>A record enters a key as its own digest, made once per record object: the plan shares one view of
 * an item among every page that shows it (listings, feeds, neighbours), so an item's text is hashed
 * once, not once per page. One per build; thread-safe.
 */
final class PageDigest {
    private final Map<Class<?>, RecordComponent[]> components = new ConcurrentHashMap<>();
    private final Map<Record, byte[]> digests = java.util.Collections.synchronizedMap(new java.util.IdentityHashMap<>());

    /** Adds {@code job} to {@code key}. */
    Key.Builder add(Key.Builder key, PageJob job) {
        walk(key, job);
        return key;
    }

    private byte[] digest(Record record) {
        Key.Builder key = Key.of(record.getClass().getName());
        for (RecordComponent component : components.computeIfAbsent(record.getClass(), Class::getRecordComponents)) {
            key.add(component.getName());
            try {
                walk(key, component.getAccessor().invoke(record));
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("cannot read " + component, e);
            }
        }
        return key.bytes();
    }

    private void walk(Key.Builder key, Object value) {
        if (value == null) {
            key.add("\u0000null");
        } else if (value instanceof String text) {
            key.add("s").add(text);
        } else if (value instanceof Integer || value instanceof Long || value instanceof Boolean) {
            key.add("v").add(value.toString());
        } else if (value instanceof List<?> list) {
            key.add("l").add(String.valueOf(list.size()));
            list.forEach(element -> walk(key, element));
        } else if (value instanceof Record record) {
            byte[] digest = digests.get(record);
            if (digest == null) {
                digest = digest(record);
                digests.put(record, digest);
            }
            key.add("r").add(digest);
        } else {
            throw new IllegalArgumentException("a page's model holds a " + value.getClass().getName() + ", which its cache key cannot take");
        }
    }
}
