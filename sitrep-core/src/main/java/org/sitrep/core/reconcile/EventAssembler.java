package org.sitrep.core.reconcile;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.sitrep.core.model.ActorRef;
import org.sitrep.core.model.Event;
import org.sitrep.core.model.EventType;
import org.sitrep.core.model.GeoPrecision;
import org.sitrep.core.model.Realis;
import org.sitrep.core.model.ResolvedPlace;
import org.sitrep.core.model.SourcedMention;
import org.sitrep.core.model.TimeInterval;
import org.sitrep.core.model.TimePrecision;
import org.sitrep.core.text.Fold;
import org.sitrep.core.text.Hashes;

/**
 * Builds one {@link Event} from the mentions merged into it: its type, actor, place and time, the disputes among
 * its sources, and its corroboration. Stateless and thread-safe.
 */
final class EventAssembler {

    Event assemble(String partition, List<SourcedMention> group) {
        List<SourcedMention> ms = new ArrayList<>(group);
        ms.sort((a, b) -> a.id().compareTo(b.id()));
        List<SourcedMention> support = ms.stream().filter(SourcedMention::supports).toList();
        List<SourcedMention> basis = support.isEmpty() ? ms : support;
        EventType type = basis.stream().map(s -> s.mention().type())
                .min(Comparator.comparingInt(Family::specificity).thenComparing(Enum::ordinal)).orElseThrow();
        Realis realis = ms.stream().map(s -> s.mention().realis()).min(Comparator.naturalOrder()).orElseThrow();
        ActorRef actor = mostNamed(basis, true);
        ActorRef target = mostNamed(basis, false);
        ResolvedPlace place = basis.stream().filter(s -> s.mention().place() != null).map(s -> s.mention().place().place())
                .min(Comparator.comparingInt(EventAssembler::placeRank)).orElse(null);
        List<String> disputed = new ArrayList<>();
        TimeInterval interval = interval(basis, disputed);
        Set<String> actorIds = new TreeSet<>();
        Set<String> sides = new TreeSet<>();
        for (SourcedMention s : basis) {
            if (s.mention().actor() != null && s.mention().actor().id() != null) {
                actorIds.add(s.mention().actor().id());
            }
            if (s.mention().actor() != null && s.mention().actor().side() != null) {
                sides.add(s.mention().actor().side());
            }
        }
        if (actorIds.size() > 1 && Family.of(type) != Family.FIGHT) {
            disputed.add("actor");
        }
        if (sides.size() > 1 && Family.of(type) != Family.FIGHT) {
            disputed.add("side");
        }
        if (!support.isEmpty() && Family.disputedHappening(ms)) {
            disputed.add("realis");
        }
        Origins origins = new Origins(support);
        return new Event(id(ms.get(0).id()), partition, type, realis, actor, target, place, interval, ms,
                origins.outlets(), origins.count(), origins.unknown(), disputed);
    }

    /** Smaller is better: resolved gazetteer points first, then by precision. */
    private static int placeRank(ResolvedPlace p) {
        int precision = p.precision() == null ? GeoPrecision.values().length : p.precision().ordinal();
        return (p.resolved() ? 0 : 100) + (p.geonameid() != null ? 0 : 10) + precision;
    }

    /** The actor (or target) most mentions name, ties to the one named first; null when none names one. */
    private static ActorRef mostNamed(List<SourcedMention> ms, boolean actor) {
        Map<String, Integer> counts = new HashMap<>();
        Map<String, ActorRef> first = new LinkedHashMap<>();
        for (SourcedMention s : ms) {
            ActorRef a = actor ? s.mention().actor() : s.mention().target();
            if (a == null || (a.id() == null && a.side() == null)) {
                continue;
            }
            String key = a.id() != null ? a.id() : "side:" + a.side();
            counts.merge(key, 1, Integer::sum);
            first.putIfAbsent(key, a);
        }
        String best = null;
        for (String k : first.keySet()) {
            if (best == null || counts.get(k) > counts.get(best)) {
                best = k;
            }
        }
        return best == null ? null : first.get(best);
    }

    /**
     * The intersection of the mentions' known times when it is not empty; otherwise their hull, as a range, with
     * "date" disputed. Mentions whose time is unknown do not take part.
     */
    static TimeInterval interval(List<SourcedMention> ms, List<String> disputed) {
        LocalDateTime lo = null;
        LocalDateTime hi = null;
        LocalDateTime hullLo = null;
        LocalDateTime hullHi = null;
        TimeInterval narrowest = null;
        for (SourcedMention s : ms) {
            TimeInterval t = s.mention().time() == null ? TimeInterval.UNKNOWN : s.mention().time().interval();
            if (!t.isKnown()) {
                continue;
            }
            lo = lo == null || t.start().isAfter(lo) ? t.start() : lo;
            hi = hi == null || t.end().isBefore(hi) ? t.end() : hi;
            hullLo = hullLo == null || t.start().isBefore(hullLo) ? t.start() : hullLo;
            hullHi = hullHi == null || t.end().isAfter(hullHi) ? t.end() : hullHi;
            if (narrowest == null || length(t) < length(narrowest)) {
                narrowest = t;
            }
        }
        if (narrowest == null) {
            return TimeInterval.UNKNOWN;
        }
        if (!daysOverlap(ms)) {
            disputed.add("date");
            return new TimeInterval(hullLo, hullHi, TimePrecision.RANGE);
        }
        if (lo.isBefore(hi)) {
            TimeInterval inter = new TimeInterval(lo, hi, narrowest.precision());
            return length(inter) < length(narrowest) ? inter : narrowest;
        }
        return narrowest;
    }

    /**
     * True when every two stated times share at least one calendar day. Times the extractor inferred (from the
     * narrative or the publication date) are no statement of the source and cannot dispute a date.
     */
    private static boolean daysOverlap(List<SourcedMention> ms) {
        List<TimeInterval> ts = new ArrayList<>();
        for (SourcedMention s : ms) {
            TimeInterval t = s.mention().time() == null ? TimeInterval.UNKNOWN : s.mention().time().interval();
            if (t.isKnown() && t.precision() != TimePrecision.INFERRED) {
                ts.add(t);
            }
        }
        for (int i = 0; i < ts.size(); i++) {
            for (int j = i + 1; j < ts.size(); j++) {
                TimeInterval a = ts.get(i);
                TimeInterval b = ts.get(j);
                if (a.lastDay().isBefore(b.firstDay()) || b.lastDay().isBefore(a.firstDay())) {
                    return false;
                }
            }
        }
        return true;
    }

    private static long length(TimeInterval t) {
        return java.time.Duration.between(t.start(), t.end()).toMinutes();
    }

    static String id(String firstMentionId) {
        return "ev-" + Hashes.hex("SHA-1", firstMentionId, 8);
    }

    /**
     * Distinct origins among supporting mentions. Sources are one origin when they carry the same sentence word
     * for word (a wire story republished by several sites); a source without a known outlet is its own origin.
     */
    static final class Origins {
        private final List<String> outlets = new ArrayList<>();
        private int count;
        private int unknown;

        Origins(List<SourcedMention> support) {
            List<String> sources = new ArrayList<>();
            Map<String, Integer> index = new HashMap<>();
            Map<String, String> labels = new HashMap<>();
            for (SourcedMention s : support) {
                if (index.putIfAbsent(s.sourceKey(), sources.size()) == null) {
                    sources.add(s.sourceKey());
                    labels.put(s.sourceKey(), s.sourceName());
                }
            }
            UnionFind uf = new UnionFind(sources.size());
            if (sources.size() > 1) { // one source is one origin: its quotes need not be folded and compared
                Map<FoldedQuote, Integer> byQuote = new HashMap<>();
                for (SourcedMention s : support) {
                    int src = index.get(s.sourceKey());
                    Integer other = byQuote.putIfAbsent(new FoldedQuote(s.mention().quote()), src);
                    if (other != null) {
                        uf.union(other, src);
                    }
                }
            }
            Set<Integer> roots = new HashSet<>();
            Map<Integer, Boolean> rootKnown = new HashMap<>();
            for (int i = 0; i < sources.size(); i++) {
                int r = uf.find(i);
                roots.add(r);
                rootKnown.merge(r, sources.get(i).startsWith("outlet:"), Boolean::logicalOr);
                if (!outlets.contains(labels.get(sources.get(i)))) { // two articles of one site without an outlet: one name
                    outlets.add(labels.get(sources.get(i)));
                }
            }
            outlets.sort(Comparator.naturalOrder());
            count = roots.size();
            unknown = (int) rootKnown.values().stream().filter(k -> !k).count();
        }

        List<String> outlets() {
            return outlets;
        }

        /**
         * A quote as a key equal to the quotes that fold to the same text ({@link Fold#fold(CharSequence)}), hashed and
         * compared as it is folded: an event of a popular place has thousands of mentions, and folding each one's
         * sentence into a string of its own at every refresh was a tenth of an increment's refresh.
         */
        private static final class FoldedQuote {
            private final String quote;
            private final int hash;

            FoldedQuote(String quote) {
                this.quote = quote;
                this.hash = Fold.foldedHash(quote);
            }

            @Override
            public int hashCode() {
                return hash;
            }

            @Override
            public boolean equals(Object o) {
                return o instanceof FoldedQuote q && q.hash == hash && (q.quote.equals(quote) || Fold.foldEquals(q.quote, quote));
            }
        }

        int count() {
            return count;
        }

        int unknown() {
            return unknown;
        }
    }
}
