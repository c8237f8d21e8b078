package no.retthylle.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.Optional;

/**
 * Splits SQL text read line by line into statements ended by {@code ;}. A {@code ;} inside a
 * quoted literal or identifier ({@code '…'}, {@code "…"}, {@code `…`}; {@code \} escapes the
 * next character inside {@code '…'} and {@code "…"}) or after {@code --} on its line does not end a statement.
 * Text after the last {@code ;} is a statement of its own at the end of the input. Statements
 * are returned stripped, without the {@code ;}; empty ones are skipped.
 */
final class SqlStatements {

    private final BufferedReader in;
    private final StringBuilder pending = new StringBuilder();

    SqlStatements(BufferedReader in) {
        this.in = in;
    }

    /** The next statement, reading more lines only as needed; empty at the end of the input. */
    Optional<String> next() throws IOException {
        while (true) {
            int end = terminator(pending);
            if (end >= 0) {
                String statement = pending.substring(0, end).strip();
                pending.delete(0, end + 1);
                if (!statement.isEmpty()) {
                    return Optional.of(statement);
                }
                continue;
            }
            String line = in.readLine();
            if (line == null) {
                String rest = pending.toString().strip();
                pending.setLength(0);
                return rest.isEmpty() ? Optional.empty() : Optional.of(rest);
            }
            pending.append(line).append('\n');
        }
    }

    /** The index of the first {@code ;} that ends a statement, or -1. */
    static int terminator(CharSequence text) {
        char quote = 0;
        boolean comment = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (comment) {
                comment = c != '\n';
            } else if (quote != 0) {
                if (c == '\\' && quote != '`') {
                    i++;
                } else if (c == quote) {
                    quote = 0;
                }
            } else if (c == '\'' || c == '"' || c == '`') {
                quote = c;
            } else if (c == '-' && i + 1 < text.length() && text.charAt(i + 1) == '-') {
                comment = true;
            } else if (c == ';') {
                return i;
            }
        }
        return -1;
    }
}
