package io.alpenlock.core.testing;

import java.util.Map;
import java.util.Set;
import org.keycloak.Config;

/** A Keycloak configuration scope backed by a map, as Keycloak hands one provider its options. */
public final class MapScope implements Config.Scope {

    private final Map<String, String> values;

    public MapScope(Map<String, String> values) {
        this.values = Map.copyOf(values);
    }

    @Override
    public String get(String key) {
        return values.get(key);
    }

    @Override
    public String get(String key, String defaultValue) {
        return values.getOrDefault(key, defaultValue);
    }

    @Override
    public String[] getArray(String key) {
        String value = values.get(key);
        return value == null ? null : value.split(",");
    }

    @Override
    public Integer getInt(String key, Integer defaultValue) {
        String value = values.get(key);
        return value == null ? defaultValue : Integer.valueOf(value);
    }

    @Override
    public Long getLong(String key, Long defaultValue) {
        String value = values.get(key);
        return value == null ? defaultValue : Long.valueOf(value);
    }

    @Override
    public Boolean getBoolean(String key, Boolean defaultValue) {
        String value = values.get(key);
        return value == null ? defaultValue : Boolean.valueOf(value);
    }

    @Override
    public Config.Scope scope(String... scope) {
        return new MapScope(Map.of());
    }

    @Override
    public Set<String> getPropertyNames() {
        return values.keySet();
    }

    @Override
    public Config.Scope root() {
        return new MapScope(Map.of());
    }
}
