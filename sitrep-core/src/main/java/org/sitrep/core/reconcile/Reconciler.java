package org.sitrep.core.reconcile;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.sitrep.core.Extraction;
import org.sitrep.core.model.Event;
import org.sitrep.core.model.SourcedClaim;
import org.sitrep.core.model.SourcedMention;

/**
 * The cross-document stage: from the extractions of many articles to merged events. Hosts that keep mentions
 * in a store merge one {@link EventMerger#partition partition} at a time; this class does all partitions of an
 * in-memory collection. Stateless and thread-safe.
 */
public final class Reconciler {
    private final EventMerger merger = new EventMerger();

    /** The article's event mentions with their sources; ids are the article id and the mention's index. */
    public static List<SourcedMention> mentions(Extraction x) {
        List<SourcedMention> out = new ArrayList<>();
        for (int i = 0; i < x.events().size(); i++) {
            out.add(new SourcedMention(x.article().id() + ":" + i, x.article().id(), x.article().outlet(),
                    x.article().published(), x.events().get(i), x.article().sourceName()));
        }
        return out;
    }

    /** The article's claims with their sources. */
    public static List<SourcedClaim> claims(Extraction x) {
        List<SourcedClaim> out = new ArrayList<>();
        for (int i = 0; i < x.claims().size(); i++) {
            out.add(new SourcedClaim(x.article().id() + ":c" + i, x.article().id(), x.article().outlet(), x.claims().get(i),
                    x.article().sourceName()));
        }
        return out;
    }

    /** Merges mentions of every partition; events sorted by id. */
    public List<Event> events(Collection<SourcedMention> mentions) {
        Map<String, List<SourcedMention>> parts = new TreeMap<>();
        for (SourcedMention m : mentions) {
            parts.computeIfAbsent(EventMerger.partition(m.mention()), k -> new ArrayList<>()).add(m);
        }
        List<Event> out = new ArrayList<>();
        parts.forEach((p, ms) -> out.addAll(merger.merge(p, ms)));
        out.sort(java.util.Comparator.comparing(Event::id));
        return out;
    }
}
