package io.alpenlock.mailbox.directory;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A table or column name from the configuration, optionally schema-qualified ({@code mail.mailbox}). Only
 * {@code [A-Za-z_][A-Za-z0-9_]*} parts are accepted, so nothing an administrator types can change the meaning of a
 * statement.
 *
 * <p>Rendered with {@link #render(SqlDialect)}: each part is folded the way the database folds unquoted names
 * (upper case on H2 and Oracle, lower case on PostgreSQL) and then quoted with the database's quote character. So
 * {@code mailbox} means what it means in the database's own SQL console, and reserved words ({@code user},
 * {@code password}) work as column names.
 */
public record SqlIdentifier(List<String> parts) {

    private static final Pattern PART = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,62}");

    public SqlIdentifier {
        parts = List.copyOf(parts);
        if (parts.isEmpty() || parts.size() > 2 || !parts.stream().allMatch(p -> PART.matcher(p).matches())) {
            throw new IllegalArgumentException("not an SQL identifier");
        }
    }

    /**
     * @param what  what the name is, for the message ("table", "address column")
     * @param text  the setting
     * @param qualified whether {@code schema.name} is allowed
     * @throws IllegalArgumentException with an administrator-readable message
     */
    public static SqlIdentifier parse(String what, String text, boolean qualified) {
        String trimmed = text == null ? "" : text.trim();
        if (trimmed.isEmpty()) {
            throw new IllegalArgumentException("the " + what + " name is missing");
        }
        List<String> split = List.of(trimmed.split("\\.", -1));
        boolean valid = (split.size() == 1 || (qualified && split.size() == 2))
                && split.stream().allMatch(p -> PART.matcher(p).matches());
        if (!valid) {
            throw new IllegalArgumentException("the " + what + " name '" + shown(trimmed) + "' is not a plain SQL name:"
                    + " use letters, digits and '_' (not starting with a digit, at most 63 characters)"
                    + (qualified ? ", optionally schema-qualified as schema.name" : ""));
        }
        return new SqlIdentifier(split);
    }

    public String render(SqlDialect dialect) {
        Objects.requireNonNull(dialect, "dialect");
        StringBuilder sql = new StringBuilder();
        for (String part : parts) {
            if (sql.length() > 0) {
                sql.append('.');
            }
            sql.append(dialect.quote()).append(dialect.fold(part)).append(dialect.quote());
        }
        return sql.toString();
    }

    @Override
    public String toString() {
        return String.join(".", parts);
    }

    private static String shown(String text) {
        String printable = text.codePoints().allMatch(c -> c >= 0x20 && c < 0x7f) ? text : "(unprintable)";
        return printable.length() > 80 ? printable.substring(0, 80) + "…" : printable;
    }

    /** How one database writes names: its quote string and how it folds unquoted names. */
    public record SqlDialect(String quote, Folding folding) {

        public enum Folding { UPPER, LOWER, NONE }

        public static final SqlDialect ANSI_UPPER = new SqlDialect("\"", Folding.UPPER);

        public SqlDialect {
            Objects.requireNonNull(folding, "folding");
            quote = quote == null || quote.isBlank() ? "" : quote.trim();
        }

        String fold(String part) {
            return switch (folding) {
                case UPPER -> part.toUpperCase(Locale.ROOT);
                case LOWER -> part.toLowerCase(Locale.ROOT);
                case NONE -> part;
            };
        }
    }
}
