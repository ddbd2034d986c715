package io.alpenlock.mailbox.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import io.alpenlock.mailbox.directory.SqlIdentifier.SqlDialect;

class SqlIdentifierTest {

    @Test
    void isFoldedTheWayTheDatabaseFoldsUnquotedNamesAndThenQuoted() {
        SqlIdentifier id = SqlIdentifier.parse("table", " mail.Mailbox ", true);
        assertThat(id.render(new SqlDialect("\"", SqlDialect.Folding.UPPER))).isEqualTo("\"MAIL\".\"MAILBOX\"");
        assertThat(id.render(new SqlDialect("\"", SqlDialect.Folding.LOWER))).isEqualTo("\"mail\".\"mailbox\"");
        assertThat(id.render(new SqlDialect("`", SqlDialect.Folding.NONE))).isEqualTo("`mail`.`Mailbox`");
    }

    @ParameterizedTest
    @ValueSource(strings = {"a b", "x;drop", "\"x\"", "1abc", "a.b.c", "x--", "", "ä", "a.", ".a"})
    void anythingButPlainNamesIsRefused(String text) {
        assertThatThrownBy(() -> SqlIdentifier.parse("table", text, true))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("table name");
    }

    @Test
    void columnsCannotBeQualified() {
        assertThatThrownBy(() -> SqlIdentifier.parse("address column", "t.address", false))
                .hasMessageContaining("address column name 't.address' is not a plain SQL name");
    }
}
