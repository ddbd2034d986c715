package io.alpenlock.core.dpop;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;

/**
 * The form in which {@code htu} and the request URI are compared (RFC 9449 §4.3 point 9, RFC 3986 §6.2.2–6.2.3):
 * {@code http}/{@code https} only; scheme and host lower-cased; the default port (80/443) removed; an empty path
 * becomes {@code /}; percent-encodings upper-cased, unreserved ones decoded, non-ASCII characters encoded as UTF-8;
 * dot segments removed; query and fragment dropped. A trailing slash is significant ({@code /a} ≠ {@code /a/}).
 * URIs with user information are refused.
 */
public final class HtuNormalizer {

    private HtuNormalizer() {
    }

    /** @throws IllegalArgumentException if the text is not an absolute http(s) URI (the message quotes nothing) */
    public static String normalize(String uri) {
        Objects.requireNonNull(uri, "uri");
        URI parsed;
        try {
            parsed = new URI(uri);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a URI");
        }
        if (!parsed.isAbsolute() || parsed.isOpaque() || parsed.getRawUserInfo() != null) {
            throw new IllegalArgumentException("not an absolute http(s) URI without user information");
        }
        String scheme = parsed.getScheme().toLowerCase(Locale.ROOT);
        int defaultPort = switch (scheme) {
            case "http" -> 80;
            case "https" -> 443;
            default -> throw new IllegalArgumentException("not an http(s) URI");
        };
        String host = parsed.getHost();
        if (host == null || host.isEmpty()) {
            throw new IllegalArgumentException("the URI has no host");
        }
        int port = parsed.getPort();
        String path = parsed.getRawPath() == null || parsed.getRawPath().isEmpty() ? "/" : parsed.getRawPath();
        return scheme + "://" + host.toLowerCase(Locale.ROOT) + (port == -1 || port == defaultPort ? "" : ":" + port)
                + removeDotSegments(normalizePercentEncoding(path));
    }

    /** Strips query and fragment only (what a client puts into {@code htu}). */
    static String withoutQueryAndFragment(String uri) {
        int end = uri.length();
        int query = uri.indexOf('?');
        int fragment = uri.indexOf('#');
        if (query >= 0) {
            end = query;
        }
        if (fragment >= 0 && fragment < end) {
            end = fragment;
        }
        return uri.substring(0, end);
    }

    private static String normalizePercentEncoding(String path) {
        StringBuilder out = new StringBuilder(path.length());
        for (int i = 0; i < path.length(); ) {
            int c = path.codePointAt(i);
            if (c == '%' && i + 2 < path.length()) {
                int value = Integer.parseInt(path.substring(i + 1, i + 3), 16);
                if (isUnreserved(value)) {
                    out.append((char) value);
                } else {
                    appendEncoded(out, value);
                }
                i += 3;
            } else if (c > 0x7e) {
                for (byte b : new String(Character.toChars(c)).getBytes(StandardCharsets.UTF_8)) {
                    appendEncoded(out, b & 0xff);
                }
                i += Character.charCount(c);
            } else {
                out.append((char) c);
                i++;
            }
        }
        return out.toString();
    }

    private static boolean isUnreserved(int c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.'
                || c == '_' || c == '~';
    }

    private static void appendEncoded(StringBuilder out, int value) {
        out.append('%').append(Character.toUpperCase(Character.forDigit(value >> 4, 16)))
                .append(Character.toUpperCase(Character.forDigit(value & 15, 16)));
    }

    /** RFC 3986 §5.2.4, for an absolute path. */
    static String removeDotSegments(String path) {
        StringBuilder input = new StringBuilder(path);
        StringBuilder output = new StringBuilder(path.length());
        while (input.length() > 0) {
            String in = input.toString();
            if (in.startsWith("../")) {
                input.delete(0, 3);
            } else if (in.startsWith("./")) {
                input.delete(0, 2);
            } else if (in.startsWith("/./")) {
                input.delete(0, 2);
            } else if (in.equals("/.")) {
                input.replace(0, 2, "/");
            } else if (in.startsWith("/../")) {
                input.delete(0, 3);
                removeLastSegment(output);
            } else if (in.equals("/..")) {
                input.replace(0, 3, "/");
                removeLastSegment(output);
            } else if (in.equals(".") || in.equals("..")) {
                input.setLength(0);
            } else {
                int next = in.indexOf('/', in.startsWith("/") ? 1 : 0);
                int end = next < 0 ? in.length() : next;
                output.append(in, 0, end);
                input.delete(0, end);
            }
        }
        return output.length() == 0 ? "/" : output.toString();
    }

    private static void removeLastSegment(StringBuilder output) {
        int slash = output.lastIndexOf("/");
        output.setLength(Math.max(slash, 0));
    }
}
