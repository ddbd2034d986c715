package io.alpenlock.device.command;

import io.alpenlock.device.api.Printable;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/** Prints rows as columns separated by two spaces, with a header line; cells are made printable and cut. */
final class Table {

    static final int MAX_CELL = 80;

    private final List<String[]> rows = new ArrayList<>();

    Table(String... headers) {
        rows.add(headers);
    }

    Table row(String... cells) {
        if (cells.length != rows.get(0).length) {
            throw new IllegalArgumentException("wrong number of cells");
        }
        String[] printable = new String[cells.length];
        for (int i = 0; i < cells.length; i++) {
            printable[i] = cells[i] == null || cells[i].isEmpty() ? "-" : Printable.of(cells[i], MAX_CELL);
        }
        rows.add(printable);
        return this;
    }

    void print(PrintStream out, String indent) {
        int columns = rows.get(0).length;
        int[] widths = new int[columns];
        for (String[] row : rows) {
            for (int i = 0; i < columns; i++) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder(indent);
            for (int i = 0; i < columns; i++) {
                line.append(row[i]);
                if (i < columns - 1) {
                    line.append(" ".repeat(widths[i] - row[i].length() + 2));
                }
            }
            out.println(line);
        }
    }
}
