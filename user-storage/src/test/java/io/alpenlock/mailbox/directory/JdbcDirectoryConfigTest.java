package io.alpenlock.mailbox.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.alpenlock.mailbox.password.WriteScheme;

class JdbcDirectoryConfigTest {

    private static Map<String, String> minimal() {
        Map<String, String> m = new HashMap<>();
        m.put(JdbcDirectoryConfig.JDBC_URL, "jdbc:h2:mem:x");
        return m;
    }

    @Test
    void onlyTheUrlIsRequiredAndEverythingElseTakesDefaults() {
        JdbcDirectoryConfig c = JdbcDirectoryConfig.from(minimal());
        assertThat(c.table()).hasToString("mailbox");
        assertThat(c.addressColumn()).hasToString("address");
        assertThat(c.passwordColumn()).hasToString("password");
        assertThat(c.enabledColumn()).isEmpty();
        assertThat(c.displayNameColumn()).isEmpty();
        assertThat(c.defaultScheme()).isEqualTo("CRYPT");
        assertThat(c.writeScheme().scheme()).isEqualTo(new WriteScheme.BlfCrypt(10));
        assertThat(c.readOnly()).isFalse();
        assertThat(c.poolSize()).isEqualTo(4);
        assertThat(c.connectTimeout()).isEqualTo(Duration.ofSeconds(3));
        assertThat(c.queryTimeout()).isEqualTo(Duration.ofSeconds(3));
    }

    @Test
    void readsEverySetting() {
        Map<String, String> m = minimal();
        m.put(JdbcDirectoryConfig.USERNAME, "mail");
        m.put(JdbcDirectoryConfig.PASSWORD, "s3cret");
        m.put(JdbcDirectoryConfig.TABLE, "postfix.mailbox");
        m.put(JdbcDirectoryConfig.ADDRESS_COLUMN, "username");
        m.put(JdbcDirectoryConfig.PASSWORD_COLUMN, "pw");
        m.put(JdbcDirectoryConfig.ENABLED_COLUMN, "active");
        m.put(JdbcDirectoryConfig.DISPLAY_NAME_COLUMN, "name");
        m.put(JdbcDirectoryConfig.DEFAULT_SCHEME, "SHA512-CRYPT");
        m.put(JdbcDirectoryConfig.WRITE_SCHEME, "ARGON2ID");
        m.put(JdbcDirectoryConfig.READ_ONLY, "TRUE");
        m.put(JdbcDirectoryConfig.POOL_SIZE, "20");
        m.put(JdbcDirectoryConfig.CONNECT_TIMEOUT, "1");
        m.put(JdbcDirectoryConfig.QUERY_TIMEOUT, "30");
        JdbcDirectoryConfig c = JdbcDirectoryConfig.from(m);
        assertThat(c.table().parts()).containsExactly("postfix", "mailbox");
        assertThat(c.enabledColumn()).hasValueSatisfying(id -> assertThat(id).hasToString("active"));
        assertThat(c.displayNameColumn()).hasValueSatisfying(id -> assertThat(id).hasToString("name"));
        assertThat(c.writeScheme().toSpec()).startsWith("ARGON2ID");
        assertThat(c.readOnly()).isTrue();
        assertThat(c.poolSize()).isEqualTo(20);
        assertThat(c.connectTimeout()).isEqualTo(Duration.ofSeconds(1));
        assertThat(c.queryTimeout()).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void namesEveryProblemAtOnce() {
        Map<String, String> m = new HashMap<>();
        m.put(JdbcDirectoryConfig.TABLE, "mailbox; DROP TABLE mailbox");
        m.put(JdbcDirectoryConfig.ADDRESS_COLUMN, "schema.address");
        m.put(JdbcDirectoryConfig.PASSWORD_COLUMN, "\"pw\"");
        m.put(JdbcDirectoryConfig.WRITE_SCHEME, "PLAIN");
        m.put(JdbcDirectoryConfig.DEFAULT_SCHEME, "NOPE");
        m.put(JdbcDirectoryConfig.POOL_SIZE, "21");
        m.put(JdbcDirectoryConfig.CONNECT_TIMEOUT, "0");
        m.put(JdbcDirectoryConfig.QUERY_TIMEOUT, "abc");
        m.put(JdbcDirectoryConfig.READ_ONLY, "maybe");
        assertThatThrownBy(() -> JdbcDirectoryConfig.from(m))
                .isInstanceOfSatisfying(InvalidDirectoryConfigException.class, e -> assertThat(e.problems())
                        .hasSize(10)
                        .anySatisfy(p -> assertThat(p).isEqualTo("the JDBC URL is missing"))
                        .anySatisfy(p -> assertThat(p).contains("table name 'mailbox; DROP TABLE mailbox'"))
                        .anySatisfy(p -> assertThat(p).contains("address column name 'schema.address'"))
                        .anySatisfy(p -> assertThat(p).contains("password column name '\"pw\"'"))
                        .anySatisfy(p -> assertThat(p).contains("password scheme for new passwords")
                                .contains("PLAIN"))
                        .anySatisfy(p -> assertThat(p).contains("default password scheme"))
                        .anySatisfy(p -> assertThat(p).contains("pool size must be a whole number from 1 to 20"))
                        .anySatisfy(p -> assertThat(p).contains("connection timeout (seconds) must be"))
                        .anySatisfy(p -> assertThat(p).contains("query timeout (seconds) must be"))
                        .anySatisfy(p -> assertThat(p).contains("read-only setting must be true or false")));
    }

    @Test
    void aUrlThatIsNotJdbcIsRefused() {
        Map<String, String> m = minimal();
        m.put(JdbcDirectoryConfig.JDBC_URL, "postgresql://db/mail");
        assertThatThrownBy(() -> JdbcDirectoryConfig.from(m)).hasMessageContaining("must start with 'jdbc:'");
    }

    @Test
    void toStringNeverShowsTheDatabasePassword() {
        Map<String, String> m = minimal();
        m.put(JdbcDirectoryConfig.PASSWORD, "s3cret-value");
        assertThat(JdbcDirectoryConfig.from(m).toString()).doesNotContain("s3cret-value").contains("password=****");
    }
}
