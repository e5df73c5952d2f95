package org.sitrep.core;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Where extraction spends its time, stage by stage (cleaning, dating, sentence splitting, each pipeline stage), summed
 * over every thread while switched on: what {@code sitrep bench --stages} prints. Off by default, when a stage pays one
 * volatile read; on, two {@link System#nanoTime} calls. A sampling profiler is no substitute on this code: without the
 * optimising compiler (the launcher's default) its samples land in the wrong methods.
 */
public final class StageTimes {
    private static volatile boolean on;
    private static final Map<String, LongAdder> NANOS = new ConcurrentHashMap<>();
    private static final List<String> ORDER = new java.util.concurrent.CopyOnWriteArrayList<>();

    private StageTimes() {
    }

    /** Clears the sums and starts adding to them. */
    public static void start() {
        NANOS.clear();
        ORDER.clear();
        on = true;
    }

    /** Stops adding. */
    public static void stop() {
        on = false;
    }

    /** A start time for {@link #add}, or 0 when off. */
    public static long begin() {
        return on ? System.nanoTime() : 0;
    }

    /** Adds the time since {@code begin} (from {@link #begin}) to the stage; nothing when that was 0. */
    public static void add(String stage, long begin) {
        if (begin != 0) {
            long spent = System.nanoTime() - begin;
            NANOS.computeIfAbsent(stage, s -> {
                ORDER.add(s);
                return new LongAdder();
            }).add(spent);
        }
    }

    /** Nanoseconds per stage, in the order the stages first reported. */
    public static Map<String, Long> snapshot() {
        Map<String, Long> out = new LinkedHashMap<>();
        for (String s : new ArrayList<>(ORDER)) {
            LongAdder a = NANOS.get(s);
            if (a != null) {
                out.put(s, a.sum());
            }
        }
        return out;
    }
}
