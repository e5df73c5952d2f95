package org.sitrep.core.eval;

import org.sitrep.core.model.EventMention;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * How many predicted events with a placed country lie in a country their article is about (the document metadata's
 * conflict field, else the countries the article's own places point to). An event placed abroad is usually a word
 * geocoded to a homonym on another continent.
 *
 * @param placed  events whose place has a country and whose article's countries are known
 * @param inside  those of them placed in one of their article's countries
 * @param outside the others, as "doc: place text → country"
 */
public record Placement(int placed, int inside, List<String> outside) {

    /**
     * @param countries document → the countries it is about (documents missing here are not counted)
     */
    public static Placement of(List<EventMention> events, Map<String, Set<String>> countries) {
        int placed = 0;
        int inside = 0;
        List<String> outside = new ArrayList<>();
        for (EventMention e : events) {
            Set<String> about = countries.get(e.doc());
            if (about == null || about.isEmpty() || e.place() == null || e.place().place().country() == null) {
                continue;
            }
            placed++;
            if (about.contains(e.place().place().country())) {
                inside++;
            } else {
                outside.add(e.doc() + ": " + e.place().text() + " → " + e.place().place().country());
            }
        }
        return new Placement(placed, inside, List.copyOf(outside));
    }

    public double share() {
        return placed == 0 ? 1 : (double) inside / placed;
    }

    public String line() {
        return String.format(Locale.ROOT, "placed in the article's country: %d/%d (%.1f%%)", inside, placed, 100 * share());
    }
}
