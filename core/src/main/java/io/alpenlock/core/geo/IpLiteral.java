package io.alpenlock.core.geo;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.regex.Pattern;

/** Parses IP address literals without ever asking DNS (unlike {@link InetAddress#getByName} with a host name). */
public final class IpLiteral {

    private static final String OCTET = "(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])";
    private static final Pattern IPV4 = Pattern.compile(OCTET + "(\\." + OCTET + "){3}");
    /** Hex groups, colons and an optional dotted IPv4 tail; {@link InetAddress} checks the details. */
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]{2,45}");

    private IpLiteral() {
    }

    /**
     * The address of an IPv4 or IPv6 literal ({@code 203.0.113.7}, {@code 2001:db8::1}, {@code [2001:db8::1]}, a zone
     * id is dropped), or empty for anything else, including host names (never resolved).
     */
    public static Optional<InetAddress> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String value = text.strip();
        if (value.startsWith("[") && value.endsWith("]")) {
            value = value.substring(1, value.length() - 1);
        }
        int zone = value.indexOf('%');
        if (zone >= 0 && value.indexOf(':') >= 0) {
            value = value.substring(0, zone); // a link-local zone says nothing about the place
        }
        boolean literal = IPV4.matcher(value).matches() || value.indexOf(':') >= 0 && IPV6.matcher(value).matches();
        if (!literal) {
            return Optional.empty();
        }
        try {
            // A dotted quad or a text with a colon is parsed as a literal (an invalid one throws): no DNS query.
            return Optional.of(InetAddress.getByName(value));
        } catch (UnknownHostException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
