package io.alpenlock.organizations.roles;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One of the rule tables in {@code src/test/resources/io/alpenlock/organizations/roles}: lines of cells
 * separated by {@code |}, the first non-comment line naming the columns, {@code #} lines and blank lines
 * ignored. Cells are trimmed.
 */
record RuleTable(String name, List<String> columns, List<Row> rows) {

    /** The outcome columns every table ends with: the decision when the organization has 1 or 2 legal representatives. */
    static final List<String> OUTCOME_COLUMNS = List.of("1 LR", "2 LRs");

    /** The value of an outcome cell for a situation that cannot exist (the rules must throw). */
    static final String IMPOSSIBLE = "impossible";

    record Row(String table, int line, Map<String, String> cells) {

        String get(String column) {
            String value = cells.get(column);
            if (value == null) {
                throw new IllegalArgumentException(table + " has no column " + column);
            }
            return value;
        }

        /** The situation columns (all but the outcomes), in table order: what the coverage test counts. */
        List<String> situation() {
            return cells.entrySet().stream().filter(e -> !OUTCOME_COLUMNS.contains(e.getKey())).map(Map.Entry::getValue).toList();
        }

        @Override
        public String toString() {
            return table + ":" + line + " " + String.join(" | ", cells.values());
        }
    }

    static RuleTable load(String name, String... situationColumns) {
        List<String> expectedColumns = new ArrayList<>(Arrays.asList(situationColumns));
        expectedColumns.addAll(OUTCOME_COLUMNS);
        List<String> lines = read(name);
        List<String> columns = null;
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            List<String> cells = Arrays.stream(line.split("\\|", -1)).map(String::strip).toList();
            if (columns == null) {
                if (!cells.equals(expectedColumns)) {
                    throw new IllegalStateException(name + ": columns " + cells + ", expected " + expectedColumns);
                }
                columns = cells;
                continue;
            }
            if (cells.size() != columns.size()) {
                throw new IllegalStateException(name + ":" + (i + 1) + ": " + cells.size() + " cells, expected " + columns.size());
            }
            Map<String, String> byColumn = new LinkedHashMap<>();
            for (int c = 0; c < columns.size(); c++) {
                byColumn.put(columns.get(c), cells.get(c));
            }
            rows.add(new Row(name, i + 1, byColumn));
        }
        if (columns == null) {
            throw new IllegalStateException(name + " has no header line");
        }
        return new RuleTable(name, columns, List.copyOf(rows));
    }

    private static List<String> read(String name) {
        try (InputStream in = RuleTable.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("No rule table " + name + " next to " + RuleTable.class.getName());
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
