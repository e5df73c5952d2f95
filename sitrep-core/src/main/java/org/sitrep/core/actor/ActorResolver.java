package org.sitrep.core.actor;

import org.sitrep.core.model.ActorMention;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Resolves a document's actor mentions: names map to their actor; a description ("the militants", "regime
 * forces") maps to the actor of its role named in the most sentences of the document (ties go to the
 * conflict's default), or else to the default actor of the
 * conflict the document is about; a pronoun-like description ("they", "fighters") maps to the last fighting actor
 * named before it. The words used are kept. Thread-safe.
 */
public final class ActorResolver {
    private final ActorLexicon lexicon;

    public ActorResolver(ActorLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * @param bySentence raw mentions per sentence, in document order
     * @param country    the document's focus country (ISO code), or null
     * @return resolved mentions per sentence, parallel to the input but for acronyms the lexicon does not know that no
     *         name of the document abbreviates ({@link ActorTagger#ACRONYM}), which are left out
     */
    public List<List<ActorMention>> resolve(List<List<ActorTagger.Raw>> bySentence, String country) {
        return resolve(bySentence, country, r -> false);
    }

    /**
     * As {@link #resolve(List, String)}; mentions {@code quoted} are someone's words ("the army was fighting 'armed
     * gangs'"): resolved like any other, but they do not make a group the document's challenger or incumbent.
     */
    public List<List<ActorMention>> resolve(List<List<ActorTagger.Raw>> bySentence, String country,
                                            java.util.function.Predicate<ActorTagger.Raw> quoted) {
        return resolve(bySentence, country, country == null ? java.util.Set.of() : java.util.Set.of(country), quoted);
    }

    /**
     * As {@link #resolve(List, String, java.util.function.Predicate)}; {@code about} holds every country the document
     * is about: another nation's forces are not whom its descriptions of the state's forces mean.
     */
    public List<List<ActorMention>> resolve(List<List<ActorTagger.Raw>> bySentence, String country, java.util.Set<String> about,
                                            java.util.function.Predicate<ActorTagger.Raw> quoted) {
        Map<String, Map<String, Integer>> byRole = new HashMap<>();
        Map<String, String> unknownSides = new HashMap<>(); // the side of each group the lexicon does not know, by id
        Map<String, String> abbreviated = new HashMap<>(); // such a group's id by its acronym or initials, lower case
        for (List<ActorTagger.Raw> s : bySentence) {
            java.util.Set<String> seen = new java.util.HashSet<>();
            for (ActorTagger.Raw r : s) {
                if (isAcronym(r)) {
                    continue;
                }
                if (r.entry().actor() != null && lexicon.actor(r.entry().actor().id()) == null && r.entry().actor().side() != null) {
                    abbreviated.putIfAbsent(r.entry().actor().side(), r.entry().actor().id());
                }
                if (r.entry().actor() != null && !quoted.test(r) && !lexicon.foreignForces(r.entry().actor(), about)
                        && seen.add(r.entry().actor().id())) {
                    byRole.computeIfAbsent(r.entry().actor().role(), k -> new HashMap<>()).merge(r.entry().actor().id(), 1, Integer::sum);
                }
                if (r.entry().actor() != null && lexicon.actor(r.entry().actor().id()) == null) {
                    // known before the sentences are resolved: a description may come before the group is named
                    // ("Separatist rebels ambushed …" before "The TPNPB said its fighters …")
                    String side = resolveOne(r, null, null, null, country, Map.of()).side();
                    if (side != null) {
                        unknownSides.putIfAbsent(r.entry().actor().id(), side);
                    }
                }
            }
        }
        ActorLexicon.Conflict conflict = country == null ? null : lexicon.conflict(country);
        // a conflict's challenger that is a state's forces (Ukraine's, in Russia's war) is no one's "rebels": in a
        // Russian report on Chechnya the rebels are not Ukraine's army
        String conflictChallenger = conflict == null || lexicon.actor(conflict.challenger()) != null
                && lexicon.actor(conflict.challenger()).kind().endsWith("forces") ? null : conflict.challenger();
        String challenger = top(byRole.get("challenger"), conflictChallenger);
        String incumbent = top(byRole.get("incumbent"), conflict == null ? null : conflict.incumbent());
        List<List<ActorMention>> out = new ArrayList<>();
        ActorMention lastFighter = null;
        for (List<ActorTagger.Raw> s : bySentence) {
            List<ActorMention> resolved = new ArrayList<>();
            for (ActorTagger.Raw r : s) {
                ActorMention m;
                if (isAcronym(r)) {
                    // "the LNA" after "the Libyan National Army (LNA)": that group; any other unknown acronym is no actor
                    String id = abbreviated.get(r.entry().actor().side());
                    if (id == null) {
                        continue;
                    }
                    m = new ActorMention(r.span(), r.text(), id, unknownSides.get(id), false);
                } else {
                    m = resolveOne(r, challenger, incumbent, lastFighter, country, unknownSides);
                }
                resolved.add(m);
                ActorLexicon.Actor a = m.actorId() == null ? null : lexicon.actor(m.actorId());
                boolean unknownGroup = a == null && r.entry().actor() != null && m.actorId() != null;
                if ((a != null && !a.isSource() || unknownGroup) && !isPronoun(r)) {
                    lastFighter = m; // a group the lexicon does not know fights too ("the Polisario Front said its fighters …")
                }
            }
            out.add(resolved);
        }
        return out;
    }

    /** Words in a group's name that say it fights the state. */
    private static final java.util.regex.Pattern CHALLENGING = java.util.regex.Pattern.compile(
            "(?i)\\b(liberation|resistance|revolutionary|revolution|rebel|rebels|insurgent|opposition|insurrection|freedom)\\b");

    /** A role's side where no conflict says more: the state's is the government, its challengers the opposition. */
    private static String defaultSide(String role) {
        return switch (role) {
            case "incumbent" -> "government";
            case "challenger" -> "opposition";
            default -> null;
        };
    }

    private static boolean isAcronym(ActorTagger.Raw r) {
        return r.entry().actor() != null && r.entry().actor().kind().equals(ActorTagger.ACRONYM);
    }

    private static boolean isPronoun(ActorTagger.Raw r) {
        return r.entry().description() != null && r.entry().description().role().equals("any");
    }

    private ActorMention resolveOne(ActorTagger.Raw r, String challenger, String incumbent, ActorMention lastFighter,
                                    String country, Map<String, String> unknownSides) {
        ActorLexicon.Entry e = r.entry();
        if (e.actor() != null && lexicon.actor(e.actor().id()) == null) {
            // a group the lexicon does not know: the side of the conflict's actor of its role where its name says
            // it (a numbered unit is the state's; a "Liberation Front", a "Resistance" or "Revolutionary" army
            // challenges it). Otherwise a side of its own (the tagger's token from its acronym or initials): an
            // unknown militia may fight for either, and is told apart from both
            String role = e.actor().role().equals("incumbent") ? "incumbent" : CHALLENGING.matcher(r.text()).find() ? "challenger" : null;
            if (role == null) {
                return new ActorMention(r.span(), r.text(), e.actor().id(), e.actor().side(), false);
            }
            ActorLexicon.Conflict c = country == null ? null : lexicon.conflict(country);
            String of = c == null ? null : role.equals("incumbent") ? c.incumbent() : c.challenger();
            ActorLexicon.Actor a = of == null ? null : lexicon.actor(of);
            if (role.equals("incumbent") && e.actor().side() != null) {
                return new ActorMention(r.span(), r.text(), e.actor().id(), e.actor().side(), false); // "Russia's 14th Army"
            }
            if (a == null && role.equals("challenger") && e.actor().side() != null) {
                // a war the lexicon does not know has no challenger's side to take: the group is a side of its own
                // ("the Balochistan Liberation Army (BLA)" → bla, not Syria's "opposition")
                return new ActorMention(r.span(), r.text(), e.actor().id(), e.actor().side(), false);
            }
            return new ActorMention(r.span(), r.text(), e.actor().id(), a != null ? lexicon.side(a, country) : defaultSide(role), false);
        }
        if (e.actor() != null) {
            return new ActorMention(r.span(), r.text(), e.actor().id(), lexicon.side(e.actor(), country), false);
        }
        String role = e.description().role();
        String id = switch (role) {
            case "challenger" -> challenger;
            case "incumbent" -> incumbent;
            default -> lastFighter != null ? lastFighter.actorId() : challenger;
        };
        ActorLexicon.Actor a = id == null ? null : lexicon.actor(id);
        // a description of a group the lexicon does not know, named before it ("the rebels" after "the TPNPB said"), is on its side
        String side = a != null ? lexicon.side(a, country) : id != null && unknownSides.containsKey(id) ? unknownSides.get(id) : defaultSide(role);
        if (a == null && id == null && role.equals("incumbent") && country != null) {
            side = lexicon.side(lexicon.stateOf(country), country); // "the army", "police" in Kenya: Kenya's forces
        }
        return new ActorMention(r.span(), r.text(), id, side, true);
    }

    private static String top(Map<String, Integer> counts, String fallback) {
        if (counts == null || counts.isEmpty()) {
            return fallback;
        }
        int max = counts.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        if (fallback != null && counts.getOrDefault(fallback, 0) == max) {
            return fallback;
        }
        return counts.entrySet().stream().filter(e -> e.getValue() == max).map(Map.Entry::getKey).sorted().findFirst()
                .orElse(fallback);
    }
}
