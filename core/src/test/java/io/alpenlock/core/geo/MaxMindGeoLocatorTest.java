package io.alpenlock.core.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.alpenlock.core.geo.testing.MmdbWriter;
import io.alpenlock.core.testing.LogCapture;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Lookups in real .mmdb files (written by {@link MmdbWriter}, read by MaxMind's reader). */
class MaxMindGeoLocatorTest {

    @TempDir
    Path dir;

    private MaxMindGeoLocator locator;

    @BeforeEach
    void openTestDatabase() throws Exception {
        Path file = new MmdbWriter("GeoLite2-City")
                .buildTime(Instant.parse("2026-11-20T08:00:00Z"))
                .network("192.0.2.0/24", MmdbWriter.city("Bern", "Switzerland"))
                .network("192.0.2.128/25", MmdbWriter.city("Genève", "Switzerland"))
                .network("198.51.100.0/24", MmdbWriter.country("Switzerland"))
                .network("2001:db8::/32", MmdbWriter.city("Zürich", "Switzerland"))
                .network("2001:db8:ab::/48", MmdbWriter.country("Liechtenstein"))
                .writeTo(dir.resolve("GeoLite2-City.mmdb"));
        locator = MaxMindGeoLocator.open(file);
    }

    @AfterEach
    void close() {
        locator.close();
    }

    private static InetAddress ip(String literal) throws Exception {
        return InetAddress.getByName(literal); // literals only
    }

    @Test
    void anAddressWithCityAndCountryGivesCityCommaCountry() throws Exception {
        assertThat(locator.approximateLocation(ip("192.0.2.7"))).contains("Bern, Switzerland");
        assertThat(locator.approximateLocation(ip("192.0.2.200"))).contains("Genève, Switzerland");
    }

    @Test
    void anAddressWithOnlyACountryGivesTheCountry() throws Exception {
        assertThat(locator.approximateLocation(ip("198.51.100.42"))).contains("Switzerland");
    }

    @Test
    void anAddressThatIsNotInTheDatabaseGivesNothing() throws Exception {
        assertThat(locator.approximateLocation(ip("203.0.113.9"))).isEmpty();
        assertThat(locator.approximateLocation(ip("127.0.0.1"))).isEmpty();
        assertThat(locator.approximateLocation(ip("10.1.2.3"))).isEmpty();
        assertThat(locator.approximateLocation(ip("2001:db9::1"))).isEmpty();
        assertThat(locator.approximateLocation(ip("::1"))).isEmpty();
    }

    @Test
    void ipv6AddressesAreLookedUp() throws Exception {
        assertThat(locator.approximateLocation(ip("2001:db8:1::5"))).contains("Zürich, Switzerland");
        assertThat(locator.approximateLocation(ip("2001:db8:ab:cd::1"))).contains("Liechtenstein");
    }

    @Test
    void addressesAsTextAreParsedAsLiteralsOnly() {
        assertThat(locator.approximateLocation("192.0.2.7")).contains("Bern, Switzerland");
        assertThat(locator.approximateLocation(" 192.0.2.7 ")).contains("Bern, Switzerland");
        assertThat(locator.approximateLocation("::ffff:192.0.2.7")).contains("Bern, Switzerland");
        assertThat(locator.approximateLocation("[2001:db8::1]")).contains("Zürich, Switzerland");
        assertThat(locator.approximateLocation("2001:DB8::1")).contains("Zürich, Switzerland");
        assertThat(locator.approximateLocation("fe80::1%eth0")).isEmpty();
        for (String bad : new String[] {null, "", " ", "localhost", "example.org", "192.0.2", "192.0.2.256",
            "0300.0000.0002.0007", "192.0.2.7/24", "2001:db8::g", "1:2:3:4:5:6:7:8:9", "[192.0.2.7", "::::",
            "deadbeef", "192.0.2.7 ; drop"}) {
            assertThat(locator.approximateLocation(bad)).as(String.valueOf(bad)).isEmpty();
        }
    }

    @Test
    void aNullAddressGivesNothing() {
        assertThat(locator.approximateLocation((InetAddress) null)).isEmpty();
    }

    @Test
    void namesAreCleanedAndRecordsOfOtherShapesGiveNothing() throws Exception {
        Path file = new MmdbWriter("GeoIP2-City")
                .network("192.0.2.0/26", MmdbWriter.city("Be\u202Ern\n\t  Mitte", "Schweiz\u0000"))
                .network("192.0.2.64/26", Map.of("city", Map.of("names", Map.of("de", "Bern"))))
                .network("192.0.2.128/26", Map.of("city", "Bern", "country", List.of("Switzerland")))
                .network("192.0.2.192/27", Map.of("city", Map.of("names", Map.of("en", "Bern"))))
                .network("192.0.2.224/27", Map.of("city", Map.of("names", Map.of("en", "x".repeat(500)))))
                .writeTo(dir.resolve("odd.mmdb"));
        try (MaxMindGeoLocator odd = MaxMindGeoLocator.open(file)) {
            assertThat(odd.approximateLocation("192.0.2.1")).contains("Bern Mitte, Schweiz");
            assertThat(odd.approximateLocation("192.0.2.65")).as("no English name").isEmpty();
            assertThat(odd.approximateLocation("192.0.2.129")).as("not maps").isEmpty();
            assertThat(odd.approximateLocation("192.0.2.193")).as("a city without country").contains("Bern");
            assertThat(odd.approximateLocation("192.0.2.225")).get().asString()
                    .hasSize(LocationNames.MAX_NAME_LENGTH);
        }
    }

    @Test
    void describesTheDatabaseForTheLog() {
        assertThat(locator.description()).isEqualTo("GeoLite2-City, built 2026-11-20");
        assertThat(locator.file()).isEqualTo(dir.resolve("GeoLite2-City.mmdb").toAbsolutePath());
    }

    @Test
    void aMissingFileIsRefusedWithItsName() {
        Path missing = dir.resolve("nowhere/GeoLite2-City.mmdb");
        assertThatThrownBy(() -> MaxMindGeoLocator.open(missing))
                .isInstanceOf(GeoDatabaseException.class)
                .hasMessage("GeoIP database " + missing.toAbsolutePath() + " does not exist")
                .satisfies(e -> assertThat(((GeoDatabaseException) e).file()).isEqualTo(missing.toAbsolutePath()));
    }

    @Test
    void aDirectoryIsRefused() {
        assertThatThrownBy(() -> MaxMindGeoLocator.open(dir))
                .isInstanceOf(GeoDatabaseException.class)
                .hasMessage("GeoIP database " + dir.toAbsolutePath() + " is not a regular file");
    }

    @Test
    void aFileThatIsNotAMaxMindDatabaseIsRefusedWithItsName() throws Exception {
        byte[] noise = new byte[4096];
        new Random(42).nextBytes(noise);
        for (Path bad : List.of(Files.write(dir.resolve("random.mmdb"), noise),
                Files.write(dir.resolve("empty.mmdb"), new byte[0]),
                Files.writeString(dir.resolve("GeoLite2-City.tar.gz"), "not a database"))) {
            assertThatThrownBy(() -> MaxMindGeoLocator.open(bad)).as(bad.toString())
                    .isInstanceOf(GeoDatabaseException.class)
                    .hasMessageStartingWith("GeoIP database " + bad.toAbsolutePath() + " is not a MaxMind DB (.mmdb) file: ");
        }
    }

    @Test
    void aDatabaseWithADamagedSearchTreeIsRefusedAtOpen() throws Exception {
        byte[] bytes = new MmdbWriter("GeoLite2-City").network("192.0.2.0/24", MmdbWriter.city("Bern", "Switzerland"))
                .toBytes();
        for (int i = 0; i < 6; i++) {
            bytes[i] = (byte) 0xFF; // the root's records point far beyond the end of the file
        }
        Path damaged = Files.write(dir.resolve("damaged.mmdb"), bytes);
        assertThatThrownBy(() -> MaxMindGeoLocator.open(damaged))
                .isInstanceOf(GeoDatabaseException.class)
                .hasMessageStartingWith("GeoIP database " + damaged.toAbsolutePath() + " is damaged or not a MaxMind DB");
    }

    @Test
    void aTruncatedDatabaseIsRefusedAtOpen() throws Exception {
        byte[] bytes = new MmdbWriter("GeoLite2-City").network("192.0.2.0/24", MmdbWriter.city("Bern", "Switzerland"))
                .toBytes();
        Path truncated = Files.write(dir.resolve("truncated.mmdb"), Arrays.copyOf(bytes, bytes.length / 2));
        assertThatThrownBy(() -> MaxMindGeoLocator.open(truncated)).isInstanceOf(GeoDatabaseException.class)
                .hasMessageContaining(truncated.toAbsolutePath().toString());
    }

    @Test
    void lookupsAfterCloseGiveNothingAndLogNothing() throws Exception {
        try (LogCapture log = LogCapture.of(MaxMindGeoLocator.class)) {
            locator.close();
            locator.close();
            assertThat(locator.approximateLocation(ip("192.0.2.7"))).isEmpty();
            assertThat(log.messages(Level.WARNING)).isEmpty();
        }
    }

    @Test
    void manyThreadsShareOneLocator() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                results.add(pool.submit(() -> {
                    for (int i = 0; i < 2_000; i++) {
                        Optional<String> bern = locator.approximateLocation(ip("192.0.2." + (i % 128)));
                        Optional<String> zurich = locator.approximateLocation(ip("2001:db8::" + Integer.toHexString(i)));
                        Optional<String> none = locator.approximateLocation(ip("203.0.113." + (i % 256)));
                        if (!bern.equals(Optional.of("Bern, Switzerland"))
                                || !zurich.equals(Optional.of("Zürich, Switzerland")) || none.isPresent()) {
                            return false;
                        }
                    }
                    return true;
                }));
            }
            for (Future<Boolean> result : results) {
                assertThat(result.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void noneKnowsNoPlace() throws Exception {
        assertThat(GeoLocator.none().approximateLocation(ip("192.0.2.7"))).isEmpty();
        assertThat(GeoLocator.none().approximateLocation("192.0.2.7")).isEmpty();
        assertThat(GeoLocator.none().approximateLocation((InetAddress) null)).isEmpty();
    }
}
