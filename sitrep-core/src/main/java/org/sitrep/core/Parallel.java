package org.sitrep.core;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntConsumer;

/**
 * Runs the independent steps of one large piece of work (a vague mention's choice, an event's assembly, a place's
 * timeline, a stored mention's JSON) on a few threads: the caller and up to {@code threads - 1} others, each taking the
 * next block of indexes until none is left. Every step writes only its own slot of an array that the caller reads
 * after all have finished, so the result is the same as a loop's. Small inputs run on the caller alone (starting
 * threads would cost more).
 */
public final class Parallel {
    /** Steps below which a loop runs on the caller alone. */
    public static final int MIN_STEPS = 2_000;
    /** Steps a thread takes at a time. */
    private static final int BLOCK = 64;

    private Parallel() {
    }

    /** {@code body.accept(i)} for every i in [0, n), on up to {@code threads} threads when n is at least {@code min}. */
    public static void forEach(int n, int threads, int min, IntConsumer body) {
        int helpers = n < min ? 0 : Math.min(threads, (n + BLOCK - 1) / BLOCK) - 1;
        if (helpers <= 0) {
            for (int i = 0; i < n; i++) {
                body.accept(i);
            }
            return;
        }
        AtomicInteger next = new AtomicInteger();
        AtomicReference<Throwable> failed = new AtomicReference<>();
        Runnable work = () -> {
            try {
                for (int from = next.getAndAdd(BLOCK); from < n && failed.get() == null; from = next.getAndAdd(BLOCK)) {
                    for (int i = from; i < Math.min(n, from + BLOCK); i++) {
                        body.accept(i);
                    }
                }
            } catch (Throwable t) {
                failed.compareAndSet(null, t);
            }
        };
        List<Thread> started = new ArrayList<>(helpers);
        for (int k = 0; k < helpers; k++) {
            Thread t = new Thread(work, "sitrep-reconcile-" + (k + 1));
            t.setDaemon(true);
            t.start();
            started.add(t);
        }
        work.run();
        boolean interrupted = false;
        for (Thread t : started) {
            while (true) {
                try {
                    t.join();
                    break;
                } catch (InterruptedException e) {
                    interrupted = true; // the helpers end on their own: their blocks are short
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        Throwable t = failed.get();
        if (t instanceof RuntimeException e) {
            throw e;
        }
        if (t instanceof Error e) {
            throw e;
        }
        if (t != null) {
            throw new IllegalStateException(t);
        }
    }
}
