package org.sitrep.core.extract;

import org.junit.jupiter.api.Test;
import org.sitrep.core.TestData;
import org.sitrep.core.model.EventMention;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The in-article reconciliation is linear in a document's mentions: twice the mentions (the bundled example's, told
 * again and again, with a summary at the top) take at most 2.5 times the CPU time. It compared all pairs of mentions,
 * which a 10 MB article made the slowest stage and let overrun the time limit.
 */
class ReconcilerScalingTest {
    private static List<EventMention> seedMentions() {
        List<EventMention> out = new ArrayList<>();
        for (Path p : TestData.seeds()) {
            out.addAll(TestData.extract(TestData.read(p), "2024-12-05").events());
        }
        return out;
    }

    private static List<EventMention> told(List<EventMention> base, int n) {
        List<EventMention> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            EventMention e = base.get(i % base.size());
            out.add(new EventMention(e.doc(), i, e.type(), e.realis(), e.trigger(), e.actor(), e.target(), e.place(), e.time(),
                    e.claimant(), e.casualties(), e.quote(), e.span(), e.confidence()));
        }
        return out;
    }

    private static double cpuSeconds(List<EventMention> in, Set<Integer> summary) {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        long t0 = mx.getCurrentThreadCpuTime();
        MentionReconciler.withoutVagueRestatements(MentionReconciler.onePerHappening(in, summary));
        return (mx.getCurrentThreadCpuTime() - t0) / 1e9;
    }

    @Test
    void twiceTheMentionsTakeAtMostTwoAndAHalfTimesTheTime() {
        List<EventMention> base = seedMentions();
        assertTrue(base.size() > 50, "mentions of the example: " + base.size());
        Set<Integer> summary = new HashSet<>();
        for (int i = 0; i < 40; i++) {
            summary.add(i); // the first sentences are a summary's bullets
        }
        List<EventMention> small = told(base, 20_000);
        List<EventMention> large = told(base, 40_000);
        cpuSeconds(small, summary);
        cpuSeconds(large, summary);
        double ratio = 0;
        for (int attempt = 0; attempt < 3; attempt++) {
            double t1 = Double.MAX_VALUE;
            double t2 = Double.MAX_VALUE;
            for (int run = 0; run < 3; run++) {
                t1 = Math.min(t1, cpuSeconds(small, summary));
                t2 = Math.min(t2, cpuSeconds(large, summary));
            }
            ratio = t2 / Math.max(t1, 1e-3);
            System.out.printf("reconciliation: %.3f s for 20,000 mentions, %.3f s for 40,000: %.2fx%n", t1, t2, ratio);
            if (ratio <= 2.5) {
                break;
            }
        }
        assertTrue(ratio <= 2.5, "twice the mentions took " + ratio + " times the time");
    }
}
