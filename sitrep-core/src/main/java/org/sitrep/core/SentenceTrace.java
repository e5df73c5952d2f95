package org.sitrep.core;

import org.sitrep.core.model.ActorMention;
import org.sitrep.core.model.PlaceMention;
import org.sitrep.core.model.Span;

import java.util.List;

/**
 * What the pipeline saw in one sentence, kept only when asked for ({@link Pipeline#process(org.sitrep.core.model.Article,
 * boolean)}): for explaining a miss ("no trigger", "place not found") in an evaluation.
 *
 * @param selected whether the sentence was analysed by the event grammar (the pre-filter found a trigger near a place)
 * @param triggers the event triggers found, as {@code type:words}
 */
public record SentenceTrace(int index, Span span, String text, boolean selected, List<PlaceMention> places,
                            List<ActorMention> actors, List<String> triggers) {
    public SentenceTrace {
        places = List.copyOf(places);
        actors = List.copyOf(actors);
        triggers = List.copyOf(triggers);
    }
}
