package io.alpenlock.core.geo;

import java.util.Map;
import java.util.Optional;

/**
 * Turns a GeoIP2/GeoLite2 City (or Country) record, decoded as nested maps, into "City, Country" with the
 * English names ({@code city.names.en}, {@code country.names.en}). Database text is treated as untrusted: control
 * and formatting characters (bidirectional overrides among them) are dropped, white space collapsed, and each
 * name cut to {@value #MAX_NAME_LENGTH} characters. Records of any other shape give empty.
 */
final class LocationNames {

    static final int MAX_NAME_LENGTH = 80;

    private LocationNames() {
    }

    static Optional<String> of(Object record) {
        String city = englishName(record, "city");
        String country = englishName(record, "country");
        if (city.isEmpty() && country.isEmpty()) {
            return Optional.empty();
        }
        if (city.isEmpty()) {
            return Optional.of(country);
        }
        return Optional.of(country.isEmpty() ? city : city + ", " + country);
    }

    private static String englishName(Object record, String field) {
        if (record instanceof Map<?, ?> fields && fields.get(field) instanceof Map<?, ?> place
                && place.get("names") instanceof Map<?, ?> names && names.get("en") instanceof String name) {
            return clean(name, MAX_NAME_LENGTH);
        }
        return "";
    }

    /** Printable text on one line, at most {@code max} characters. */
    static String clean(String name, int max) {
        StringBuilder out = new StringBuilder(Math.min(name.length(), max));
        boolean space = false;
        for (int i = 0; i < name.length() && out.length() < max; ) {
            int c = name.codePointAt(i);
            i += Character.charCount(c);
            int type = Character.getType(c);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = out.length() > 0;
            } else if (type != Character.CONTROL && type != Character.FORMAT && type != Character.UNASSIGNED
                    && type != Character.PRIVATE_USE && type != Character.SURROGATE) {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                if (out.length() + Character.charCount(c) > max) {
                    break;
                }
                out.appendCodePoint(c);
            }
        }
        return out.toString();
    }
}
