package io.alpenlock.mailbox.directory;

import java.sql.SQLException;

/** One-line descriptions of driver errors for administrators: SQL state and the driver's first message line. */
final class SqlProblems {

    private SqlProblems() {
    }

    static String describe(Throwable error) {
        if (error == null) {
            return "unknown error";
        }
        String message = error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
        int newline = message.indexOf('\n');
        if (newline >= 0) {
            message = message.substring(0, newline);
        }
        if (message.length() > 300) {
            message = message.substring(0, 300) + "…";
        }
        if (error instanceof SQLException sql && sql.getSQLState() != null) {
            return message + " (SQL state " + sql.getSQLState() + ")";
        }
        return message;
    }
}
