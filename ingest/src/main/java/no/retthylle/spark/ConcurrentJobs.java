package no.retthylle.spark;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Submits independent Spark work from {@value #THREADS} driver threads at once. On small
 * data a Spark query's time goes mostly to planning it on the driver, one thread per query,
 * while the executors wait; two queries in flight keep both busy. Spark runs jobs from
 * several threads of one session. The work submitted must not depend on its order: each
 * piece reads registered views or datasets and writes only its own output.
 */
public final class ConcurrentJobs implements AutoCloseable {

    /** Driver threads submitting at once: two, as this project's machine has two cores; more were not measured. */
    public static final int THREADS = 2;

    private final ExecutorService pool = Executors.newFixedThreadPool(THREADS, runnable -> {
        Thread thread = new Thread(runnable, "retthylle-job");
        thread.setDaemon(true);
        return thread;
    });

    /** Starts a piece of work. */
    public <T> Pending<T> submit(Callable<T> work) {
        return new Pending<>(pool.submit(work));
    }

    /**
     * Waits for all work submitted to end, however it ends, so that none outlives the
     * scope that owns its inputs and outputs (for example a folder deleted after a failure).
     */
    @Override
    public void close() {
        pool.shutdown();
        boolean interrupted = false;
        while (!pool.isTerminated()) {
            try {
                pool.awaitTermination(1, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** Work in flight; {@link #get} waits for its result or rethrows what it threw. */
    public record Pending<T>(Future<T> future) {

        /**
         * The result. An unchecked exception or error of the work is rethrown as it was; a
         * checked one is wrapped in an {@link IllegalStateException}.
         */
        public T get() {
            try {
                return future.get();
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException runtime) {
                    throw runtime;
                }
                if (e.getCause() instanceof Error error) {
                    throw error;
                }
                throw new IllegalStateException(e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for a Spark job", e);
            }
        }
    }
}
