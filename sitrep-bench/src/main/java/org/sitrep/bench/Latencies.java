package org.sitrep.bench;

/** Order statistics of sorted latencies, as every benchmark reports them (0 for none). */
public final class Latencies {
    private Latencies() {
    }

    public static double p50(double[] sorted) {
        return sorted.length == 0 ? 0 : sorted[sorted.length / 2];
    }

    /** The smallest value at or above 99% of the values. */
    public static double p99(double[] sorted) {
        return sorted.length == 0 ? 0 : sorted[Math.max(0, Math.min(sorted.length - 1, (int) Math.ceil(sorted.length * 0.99) - 1))];
    }
}
