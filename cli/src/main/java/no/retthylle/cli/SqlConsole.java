package no.retthylle.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.apache.spark.SparkThrowable;
import org.apache.spark.sql.AnalysisException;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalyst.parser.ParseException;

/**
 * Runs SQL statements typed by a person against the views of a session and prints each
 * result, as an aligned table or as CSV. A statement Spark refuses (a parse or analysis
 * error, or an error in the data such as a division by zero under ANSI mode) is a
 * {@link UsageException} with Spark's message: the prompt prints it and goes on.
 */
final class SqlConsole {

    static final String PROMPT = "sql> ";
    private static final Set<String> QUIT = Set.of("quit", "exit");

    private final SparkSession spark;
    private final PrintWriter out;
    private final boolean csv;

    SqlConsole(SparkSession spark, PrintWriter out, boolean csv) {
        this.spark = spark;
        this.out = out;
        this.csv = csv;
    }

    /** Runs one statement and prints its result; a statement Spark refuses is a UsageException. */
    void run(String statement) {
        QueryResult result;
        try {
            result = QueryResult.of(spark.sql(statement));
        } catch (Exception e) {
            // Spark throws AnalysisException, a checked exception, without declaring it.
            Optional<String> message = userError(e);
            if (message.isPresent()) {
                throw new UsageException("bad SQL: " + message.get());
            }
            throw e;
        }
        out.print(csv ? result.csv() : result.table());
        out.flush();
    }

    /**
     * Reads statements ended by {@code ;} until the end of the input or {@code quit} /
     * {@code exit}, printing the prompt and Spark's messages on {@code err}.
     */
    void prompt(BufferedReader in, PrintWriter err) throws IOException {
        SqlStatements statements = new SqlStatements(in);
        err.print(PROMPT);
        err.flush();
        for (Optional<String> next = statements.next(); next.isPresent(); next = statements.next()) {
            if (QUIT.contains(next.get().toLowerCase(Locale.ROOT))) {
                break;
            }
            try {
                run(next.get());
            } catch (UsageException e) {
                err.println("retthylle: " + e.getMessage());
            }
            err.print(PROMPT);
            err.flush();
        }
        err.println();
    }

    /**
     * Spark's message when it refused the statement itself, rather than failing internally:
     * a parse error with the statement and a marker, an analysis error without the plan, or
     * an error with a SQLSTATE outside class XX (internal), e.g. a division by zero.
     */
    private static Optional<String> userError(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ParseException parse) {
                return Optional.of(parse.getMessage().strip());
            }
            if (t instanceof AnalysisException analysis) {
                return Optional.of(analysis.getSimpleMessage());
            }
            if (t instanceof SparkThrowable spark && spark.getSqlState() != null
                    && !spark.getSqlState().startsWith("XX")) {
                return Optional.of(t.getMessage());
            }
        }
        return Optional.empty();
    }
}
