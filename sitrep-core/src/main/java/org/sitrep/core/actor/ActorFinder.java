package org.sitrep.core.actor;

import org.sitrep.core.model.ActorMention;
import org.sitrep.core.text.Words;

import java.util.List;

/**
 * The actor stage: finds the actor phrases of each sentence (names, descriptions, phrases shaped like an armed
 * group's), then resolves them for the document as a whole (a description to the actor the document names, a new
 * group to a side). Implementations are thread-safe and never throw on any text.
 */
public interface ActorFinder {
    /** The actor phrases of one sentence, unresolved. */
    List<ActorTagger.Raw> find(Words sentence);

    /**
     * Resolves every sentence's phrases together.
     *
     * @param country the country the document is clearly about (its conflict's actors and sides apply), or null
     */
    default List<List<ActorMention>> resolve(List<List<ActorTagger.Raw>> bySentence, String country) {
        return resolve(bySentence, country, r -> false);
    }

    /**
     * As {@link #resolve(List, String)}, with the phrases that are someone's quoted words ("fighting \"armed gangs\""):
     * they do not make a group the document's challenger or incumbent.
     */
    default List<List<ActorMention>> resolve(List<List<ActorTagger.Raw>> bySentence, String country,
                                             java.util.function.Predicate<ActorTagger.Raw> quoted) {
        return resolve(bySentence, country, country == null ? java.util.Set.of() : java.util.Set.of(country), quoted);
    }

    /**
     * As {@link #resolve(List, String, java.util.function.Predicate)}, with every country the document is about
     * ({@code about}: its own and those with a good share of its places): the forces of any other nation in it
     * ("French troops" in a report on Rwanda) are not whom its "government forces" are.
     */
    List<List<ActorMention>> resolve(List<List<ActorTagger.Raw>> bySentence, String country, java.util.Set<String> about,
                                     java.util.function.Predicate<ActorTagger.Raw> quoted);

    /** The actors, conflicts and sides resolution draws on. */
    ActorLexicon lexicon();

    /** The rule-based finder over a lexicon, with the English pack's words. */
    static ActorFinder of(ActorLexicon lexicon) {
        return of(lexicon, org.sitrep.core.lang.LanguagePack.english());
    }

    /** The rule-based finder over a lexicon, with a language pack's words for actor phrases. */
    static ActorFinder of(ActorLexicon lexicon, org.sitrep.core.lang.LanguagePack pack) {
        ActorTagger tagger = new ActorTagger(lexicon, pack);
        ActorResolver resolver = new ActorResolver(lexicon);
        return new ActorFinder() {
            @Override
            public List<ActorTagger.Raw> find(Words sentence) {
                return tagger.tag(sentence);
            }

            @Override
            public List<List<ActorMention>> resolve(List<List<ActorTagger.Raw>> bySentence, String country,
                                                    java.util.Set<String> about, java.util.function.Predicate<ActorTagger.Raw> quoted) {
                return resolver.resolve(bySentence, country, about, quoted);
            }

            @Override
            public ActorLexicon lexicon() {
                return lexicon;
            }
        };
    }
}
