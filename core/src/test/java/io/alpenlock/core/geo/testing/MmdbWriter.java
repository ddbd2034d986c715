package io.alpenlock.core.geo.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Test-only writer of small MaxMind DB files (MaxMind DB File Format Specification v2.0), so that tests read real
 * {@code .mmdb} files with MaxMind's reader without shipping MaxMind's data. It writes an IPv6 tree
 * ({@code ip_version 6}) with 24-bit records; IPv4 networks live under {@code ::/96}, where readers look IPv4
 * addresses up. Later networks override earlier ones where they overlap. Values: {@link String}, {@link Map}
 * (string keys), {@link List}, {@link Boolean}, {@link Double}, {@link Integer}/{@link Long} (≥ 0: uint32 or
 * uint64).
 *
 * <pre>
 * Path file = new MmdbWriter("GeoLite2-City")
 *         .network("127.0.0.0/8", MmdbWriter.city("Bern", "Switzerland"))
 *         .writeTo(dir.resolve("test.mmdb"));
 * </pre>
 */
public final class MmdbWriter {

    /** The marker before the metadata map, at the end of every MaxMind DB file. */
    public static final byte[] METADATA_MARKER = {(byte) 0xAB, (byte) 0xCD, (byte) 0xEF,
        'M', 'a', 'x', 'M', 'i', 'n', 'd', '.', 'c', 'o', 'm'};
    private static final int RECORD_SIZE = 24;
    private static final int DATA_SECTION_SEPARATOR = 16;

    private final String databaseType;
    private final Node root = new Node();
    private Instant buildTime = Instant.parse("2026-11-20T00:00:00Z");

    public MmdbWriter(String databaseType) {
        this.databaseType = Objects.requireNonNull(databaseType, "databaseType");
    }

    /** A GeoIP2/GeoLite2 City record with English names. */
    public static Map<String, Object> city(String city, String country) {
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("city", Map.of("geoname_id", 2661552L, "names", Map.of("en", city)));
        record.putAll(country(country));
        return record;
    }

    /** A record that knows only the country (as GeoLite2-City has for many addresses). */
    public static Map<String, Object> country(String country) {
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("continent", Map.of("code", "EU", "names", Map.of("en", "Europe")));
        record.put("country", Map.of("geoname_id", 2658434L, "iso_code", "CH", "names", Map.of("en", country)));
        return record;
    }

    public MmdbWriter buildTime(Instant time) {
        this.buildTime = Objects.requireNonNull(time, "time");
        return this;
    }

    /** Maps a network in CIDR notation ({@code 192.0.2.0/24}, {@code 2001:db8::/32}) to a record. */
    public MmdbWriter network(String cidr, Map<String, ?> record) {
        Objects.requireNonNull(record, "record");
        int slash = cidr.indexOf('/');
        if (slash < 0) {
            throw new IllegalArgumentException("not CIDR: " + cidr);
        }
        InetAddress address;
        try {
            address = InetAddress.getByName(cidr.substring(0, slash)); // test input: literals only
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("not an IP address: " + cidr, e);
        }
        int prefix = Integer.parseInt(cidr.substring(slash + 1));
        byte[] bits = new byte[16];
        byte[] raw = address.getAddress();
        System.arraycopy(raw, 0, bits, 16 - raw.length, raw.length);
        if (address instanceof Inet4Address) {
            if (prefix < 0 || prefix > 32) {
                throw new IllegalArgumentException("bad IPv4 prefix: " + cidr);
            }
            prefix += 96;
        } else if (prefix < 0 || prefix > 128) {
            throw new IllegalArgumentException("bad IPv6 prefix: " + cidr);
        }
        if (prefix == 0) {
            throw new IllegalArgumentException("a /0 network is not supported: " + cidr);
        }
        insert(bits, prefix, new Data(record));
        return this;
    }

    public Path writeTo(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.write(file, toBytes());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public byte[] toBytes() {
        List<Node> nodes = numberNodes();
        int nodeCount = nodes.size();
        ByteArrayOutputStream data = new ByteArrayOutputStream();
        Map<Data, Integer> offsets = new IdentityHashMap<>();
        Map<Map<String, ?>, Integer> byContent = new LinkedHashMap<>();
        for (Node node : nodes) {
            for (Object record : new Object[] {node.left, node.right}) {
                if (record instanceof Data d && !offsets.containsKey(d)) {
                    Integer known = byContent.get(d.record);
                    if (known == null) {
                        known = data.size();
                        byContent.put(d.record, known);
                        encode(d.record, data);
                    }
                    offsets.put(d, known);
                }
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Node node : nodes) {
            writeRecord(out, recordValue(node.left, nodeCount, offsets));
            writeRecord(out, recordValue(node.right, nodeCount, offsets));
        }
        out.writeBytes(new byte[DATA_SECTION_SEPARATOR]);
        out.writeBytes(data.toByteArray());
        out.writeBytes(METADATA_MARKER);
        encode(metadata(nodeCount), out);
        return out.toByteArray();
    }

    private Map<String, Object> metadata(int nodeCount) {
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("node_count", new Uint(6, nodeCount));
        metadata.put("record_size", new Uint(5, RECORD_SIZE));
        metadata.put("ip_version", new Uint(5, 6));
        metadata.put("database_type", databaseType);
        metadata.put("languages", List.of("en"));
        metadata.put("binary_format_major_version", new Uint(5, 2));
        metadata.put("binary_format_minor_version", new Uint(5, 0));
        metadata.put("build_epoch", new Uint(9, buildTime.getEpochSecond()));
        metadata.put("description", Map.of("en", "Alpenlock test database"));
        return metadata;
    }

    // ---- search tree

    /** A tree node; each side is null (no data), a {@link Node} or a {@link Data}. */
    private static final class Node {
        Object left;
        Object right;
        int number;
    }

    /** One inserted record (identity matters: the same content may be inserted twice). */
    private record Data(Map<String, ?> record) {
    }

    private void insert(byte[] address, int prefix, Data data) {
        Node node = root;
        for (int depth = 0; depth < prefix - 1; depth++) {
            boolean one = bit(address, depth);
            Object next = one ? node.right : node.left;
            if (!(next instanceof Node)) {
                Node child = new Node();
                child.left = next; // a wider network's data (or nothing) continues on both sides
                child.right = next;
                if (one) {
                    node.right = child;
                } else {
                    node.left = child;
                }
                next = child;
            }
            node = (Node) next;
        }
        if (bit(address, prefix - 1)) {
            node.right = data;
        } else {
            node.left = data;
        }
    }

    private static boolean bit(byte[] address, int index) {
        return (address[index / 8] >> (7 - index % 8) & 1) == 1;
    }

    private List<Node> numberNodes() {
        List<Node> nodes = new ArrayList<>();
        Deque<Node> queue = new ArrayDeque<>();
        queue.add(root);
        while (!queue.isEmpty()) {
            Node node = queue.removeFirst();
            node.number = nodes.size();
            nodes.add(node);
            if (node.left instanceof Node n) {
                queue.add(n);
            }
            if (node.right instanceof Node n) {
                queue.add(n);
            }
        }
        return nodes;
    }

    private static long recordValue(Object record, int nodeCount, Map<Data, Integer> offsets) {
        long value;
        if (record == null) {
            value = nodeCount; // "no data"
        } else if (record instanceof Node node) {
            value = node.number;
        } else {
            value = (long) nodeCount + DATA_SECTION_SEPARATOR + offsets.get((Data) record);
        }
        if (value >= 1L << RECORD_SIZE) {
            throw new IllegalStateException("too large for 24-bit records");
        }
        return value;
    }

    private static void writeRecord(ByteArrayOutputStream out, long value) {
        out.write((int) (value >> 16) & 0xFF);
        out.write((int) (value >> 8) & 0xFF);
        out.write((int) value & 0xFF);
    }

    // ---- data section encoding

    /** An unsigned integer of an explicit type: 5 uint16, 6 uint32, 9 uint64. */
    private record Uint(int type, long value) {
    }

    private static void encode(Object value, ByteArrayOutputStream out) {
        if (value instanceof String s) {
            byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
            control(out, 2, bytes.length);
            out.writeBytes(bytes);
        } else if (value instanceof Map<?, ?> map) {
            control(out, 7, map.size());
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                encode((String) entry.getKey(), out);
                encode(entry.getValue(), out);
            }
        } else if (value instanceof List<?> list) {
            control(out, 11, list.size());
            for (Object item : list) {
                encode(item, out);
            }
        } else if (value instanceof Boolean b) {
            control(out, 14, b ? 1 : 0);
        } else if (value instanceof Double d) {
            control(out, 3, 8);
            out.writeBytes(java.nio.ByteBuffer.allocate(8).putDouble(d).array());
        } else if (value instanceof Uint u) {
            unsigned(out, u.type, BigInteger.valueOf(u.value));
        } else if (value instanceof Integer || value instanceof Long) {
            long v = ((Number) value).longValue();
            if (v < 0) {
                throw new IllegalArgumentException("negative numbers are not supported: " + v);
            }
            unsigned(out, v <= 0xFFFFFFFFL ? 6 : 9, BigInteger.valueOf(v));
        } else {
            throw new IllegalArgumentException("unsupported value: " + value);
        }
    }

    private static void unsigned(ByteArrayOutputStream out, int type, BigInteger value) {
        byte[] bytes = value.toByteArray();
        int start = 0;
        while (start < bytes.length && bytes[start] == 0) {
            start++; // minimal big-endian form; zero has no bytes at all
        }
        control(out, type, bytes.length - start);
        out.write(bytes, start, bytes.length - start);
    }

    /** The control byte (type in the top 3 bits, or 0 + an extended type byte), then the size's extra bytes. */
    private static void control(ByteArrayOutputStream out, int type, int size) {
        int sizeBits;
        byte[] extra;
        if (size < 29) {
            sizeBits = size;
            extra = new byte[0];
        } else if (size < 29 + 256) {
            sizeBits = 29;
            extra = new byte[] {(byte) (size - 29)};
        } else if (size < 285 + 65_536) {
            sizeBits = 30;
            int rest = size - 285;
            extra = new byte[] {(byte) (rest >> 8), (byte) rest};
        } else {
            sizeBits = 31;
            int rest = size - 65_821;
            extra = new byte[] {(byte) (rest >> 16), (byte) (rest >> 8), (byte) rest};
        }
        if (type <= 7) {
            out.write(type << 5 | sizeBits);
        } else {
            out.write(sizeBits);
            out.write(type - 7);
        }
        out.writeBytes(extra);
    }
}
