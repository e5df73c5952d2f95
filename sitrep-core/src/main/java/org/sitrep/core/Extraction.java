package org.sitrep.core;

import org.sitrep.core.model.ActorUse;
import org.sitrep.core.model.Article;
import org.sitrep.core.model.Claim;
import org.sitrep.core.model.Diagnostic;
import org.sitrep.core.model.EventMention;
import org.sitrep.core.model.PlaceMention;
import org.sitrep.core.model.QuantityMention;

import java.util.List;

/**
 * What the pipeline found in one article.
 *
 * @param quantities  the numbers the article states ("at least 727", "hundreds", "23 of whom")
 * @param unresolved  place mentions whose names the gazetteer lacks (degraded to a container)
 * @param diagnostics the article's diagnostics plus any raised while extracting (time limit, …)
 * @param actors      every actor named or described, by sentence (for framing)
 * @param trace       what the pipeline saw in each sentence; empty unless asked for
 * @param countries   the countries the article is about (ISO codes, the main one first), as its places say
 */
public record Extraction(Article article, List<EventMention> events, List<Claim> claims, List<QuantityMention> quantities,
                         List<PlaceMention> unresolved, List<Diagnostic> diagnostics, List<ActorUse> actors,
                         List<SentenceTrace> trace, List<String> countries) {
    public Extraction(Article article, List<EventMention> events, List<Claim> claims, List<QuantityMention> quantities,
                      List<PlaceMention> unresolved, List<Diagnostic> diagnostics, List<ActorUse> actors) {
        this(article, events, claims, quantities, unresolved, diagnostics, actors, List.of(), List.of());
    }

    public Extraction {
        countries = List.copyOf(countries);
        trace = List.copyOf(trace);
        actors = List.copyOf(actors);
        quantities = List.copyOf(quantities);
        events = List.copyOf(events);
        claims = List.copyOf(claims);
        unresolved = List.copyOf(unresolved);
        diagnostics = List.copyOf(diagnostics);
    }
}
