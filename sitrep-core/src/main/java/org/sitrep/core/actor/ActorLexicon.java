package org.sitrep.core.actor;

import org.sitrep.core.lang.LanguagePack;
import org.sitrep.core.text.Rx;
import org.sitrep.core.text.PhraseTrie;
import org.sitrep.core.text.Resources;
import org.sitrep.core.text.Words;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The actor lexicon: canonical actors ({@code actors.tsv}), generic descriptions ({@code descriptions.tsv}) and
 * per-conflict defaults ({@code conflicts.tsv}). Immutable and thread-safe once loaded.
 */
public final class ActorLexicon {
    /** A canonical actor. */
    public record Actor(String id, String side, String kind) {
        /** The generic role descriptions of this actor take: incumbent, challenger, or none. */
        public String role() {
            return switch (kind) {
                case "state_forces" -> "incumbent";
                case "armed_group" -> "challenger";
                default -> "none";
            };
        }

        /** True for sources that report rather than fight (monitors, media, officials). */
        public boolean isSource() {
            return kind.equals("monitor") || kind.equals("media") || kind.equals("official");
        }

        /** True for those who act in events without fighting (humanitarian services that evacuate). */
        public boolean isHumanitarian() {
            return kind.equals("humanitarian");
        }
    }

    /** A generic description: its role and whether it is loaded language. */
    public record Description(String role, boolean loaded) {
    }

    /** What a lexicon phrase means: exactly one of actor or description is set. */
    public record Entry(Actor actor, Description description, boolean acronym) {
    }

    /** Default actors of a conflict. */
    public record Conflict(String country, String incumbent, String challenger) {
    }

    private final PhraseTrie<Entry> trie;
    private final Map<String, Actor> actors;
    private final Map<String, Conflict> conflicts;
    private final Map<String, String> sides;
    private final Map<String, String> stateForces;
    /**
     * A country's name (folded, one to three words: "chad", "south sudan") to the actor its possessive names with a
     * force word ("Chad's army", "South Sudan's army"); names two countries share are left out.
     */
    private final Map<String, String> countryForces;
    /** The first words of the nationalities of two words ("south" of "south sudanese"), the only words they are tried at. */
    private final java.util.Set<String> twoWordStarts;
    /** The first words of the countries' names ({@link #countryForces}), the only words those are tried at. */
    private final java.util.Set<String> countryStarts;
    private final PhraseTrie<Boolean> forceWords;
    /** Force words that tell who holds a place rather than name a force (the pack's 'holding-word' line). */
    private final java.util.Set<String> holding;

    /** Where each actor id defined by a user file was last defined (bundled ones are absent). */
    private final Map<String, String> origins;

    private ActorLexicon(PhraseTrie<Entry> trie, Map<String, Actor> actors, Map<String, Conflict> conflicts, Map<String, String> sides,
                         Map<String, String> stateForces, Map<String, String> countryForces, PhraseTrie<Boolean> forceWords,
                         java.util.Set<String> holding, Map<String, String> origins) {
        this.trie = trie;
        this.origins = Map.copyOf(origins);
        this.actors = Map.copyOf(actors);
        this.conflicts = Map.copyOf(conflicts);
        this.sides = Map.copyOf(sides);
        this.stateForces = org.sitrep.core.text.Lookups.map(stateForces); // looked up for every word of every sentence
        this.countryForces = org.sitrep.core.text.Lookups.map(countryForces);
        java.util.Set<String> starts = new java.util.HashSet<>();
        for (String k : stateForces.keySet()) {
            if (k.indexOf(' ') > 0) {
                starts.add(k.substring(0, k.indexOf(' ')));
            }
        }
        this.twoWordStarts = org.sitrep.core.text.Lookups.set(starts);
        java.util.Set<String> countryFirst = new java.util.HashSet<>();
        for (String k : countryForces.keySet()) {
            countryFirst.add(k.split(" ")[0]);
        }
        this.countryStarts = org.sitrep.core.text.Lookups.set(countryFirst);
        this.forceWords = forceWords;
        this.holding = java.util.Set.copyOf(holding);
    }

    /** The lexicon read with the English pack. */
    public static ActorLexicon defaults() {
        return of(LanguagePack.english());
    }

    /**
     * The lexicon read with a language pack: the actors, conflicts and sides (the same in every language) with the
     * pack's generic descriptions, nationality adjectives and force words. Built once per pack.
     */
    public static ActorLexicon of(LanguagePack pack) {
        return pack.shared(ActorLexicon.class, p -> load(p, List.of()));
    }

    /**
     * The lexicon of a pack with the user's files loaded on top of the bundled ones (not cached): each file has the
     * format of the bundled file its name starts with ({@code descriptions…}, {@code conflicts…}, {@code sides…}),
     * any other {@code *.tsv} is actors. A later actor id replaces an earlier one (its names are added); a later
     * conflict or side replaces the earlier. A malformed line is an IllegalArgumentException naming the file and line.
     */
    public static ActorLexicon of(LanguagePack pack, List<java.nio.file.Path> userFiles) {
        if (userFiles.isEmpty()) {
            return of(pack);
        }
        List<Source> sources = new ArrayList<>();
        for (java.nio.file.Path f : userFiles) {
            try {
                sources.add(new Source(f.toString(), kindOf(f.getFileName().toString()), java.nio.file.Files.readAllLines(f)));
            } catch (java.io.IOException | java.io.UncheckedIOException e) {
                throw new IllegalArgumentException(f + ": cannot read it: " + e.getMessage(), e);
            }
        }
        return load(pack, sources);
    }

    /** Which bundled file a user file extends, by the start of its name. */
    public static String kindOf(String fileName) {
        for (String k : List.of("descriptions", "conflicts", "sides")) {
            if (fileName.startsWith(k)) {
                return k;
            }
        }
        return "actors";
    }

    /** A user file: where it is, which bundled file it extends, its lines as read. */
    private record Source(String name, String kind, List<String> lines) {
    }

    /** Where an actor was defined: "bundled" or the user file that defined it last (null for an unknown id). */
    public String origin(String id) {
        return actors.containsKey(id) ? origins.getOrDefault(id, "bundled") : null;
    }

    private static ActorLexicon load(LanguagePack pack, List<Source> user) {
        PhraseTrie<Entry> trie = new PhraseTrie<>();
        Map<String, Actor> actors = new HashMap<>();
        Map<String, String> origins = new HashMap<>();
        for (String line : pack.lines("descriptions.tsv")) {
            addDescription(trie, fields(line, 3, "descriptions.tsv"));
        }
        for (String line : Resources.lines("/org/sitrep/core/actor/actors.tsv")) {
            addActor(trie, actors, fields(line, 4, "actors.tsv"));
        }
        Map<String, Conflict> conflicts = new HashMap<>();
        for (String line : Resources.lines("/org/sitrep/core/actor/conflicts.tsv")) {
            String[] f = fields(line, 3, "conflicts.tsv");
            conflicts.put(f[0], new Conflict(f[0], f[1], f[2]));
        }
        Map<String, String> sides = new HashMap<>();
        for (String line : Resources.lines("/org/sitrep/core/actor/sides.tsv")) {
            String[] f = fields(line, 3, "sides.tsv");
            sides.put(f[0] + "|" + f[1], f[2]);
        }
        for (Source src : user) {
            int n = 0;
            for (String line : src.lines()) {
                n++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String where = src.name() + " line " + n;
                String[] f = line.split("\t", -1);
                int want = src.kind().equals("actors") ? 4 : 3;
                if (f.length != want || java.util.Arrays.stream(f).anyMatch(String::isBlank)) {
                    throw new IllegalArgumentException(where + ": a " + src.kind() + " line has " + want
                            + " non-empty tab-separated columns (as the bundled " + src.kind() + ".tsv), this one " + f.length);
                }
                switch (src.kind()) {
                    case "descriptions" -> addDescription(trie, f);
                    case "conflicts" -> conflicts.put(f[0], new Conflict(f[0], f[1], f[2]));
                    case "sides" -> sides.put(f[0] + "|" + f[1], f[2]);
                    default -> {
                        if (!KINDS.contains(f[2])) {
                            throw new IllegalArgumentException(where + ": unknown actor kind '" + f[2] + "' (one of " + String.join(", ", KINDS) + ")");
                        }
                        addActor(trie, actors, f);
                        origins.put(f[0], src.name());
                    }
                }
            }
        }
        Map<String, String> stateForces = new HashMap<>();
        PhraseTrie<Boolean> forceWords = new PhraseTrie<>();
        java.util.Set<String> holding = new java.util.HashSet<>();
        for (String line : pack.lines("state-forces.tsv")) {
            String[] f = fields(line, 2, "state-forces.tsv");
            if (f[0].equals("force-word")) {
                for (String w : f[1].split("\\|")) {
                    forceWords.put(w, Boolean.TRUE);
                }
            } else if (f[0].equals("holding-word")) {
                holding.addAll(List.of(f[1].split("\\|")));
            } else if (actors.containsKey(f[1])) {
                stateForces.put(f[0], f[1]);
            } else {
                throw new IllegalStateException("state-forces.tsv: unknown actor '" + f[1] + "'");
            }
        }
        // any other nationality names its country's state forces: the incumbent of that country's conflict, else
        // the country's forces with the country as their side ("Malian Armed Forces" → mali)
        java.util.Set<String> nationsForces = new java.util.HashSet<>(stateForces.values());
        for (String line : pack.lines("demonyms.tsv")) {
            String[] f = line.split("\t");
            if (f.length == 2 && !f[1].equals("-") && !stateForces.containsKey(f[0])) {
                Actor a = stateActor(f[1], actors, conflicts, nationsForces);
                actors.putIfAbsent(a.id(), a);
                stateForces.put(f[0], a.id());
            }
        }
        Map<String, String> countryForces = new HashMap<>();
        java.util.Set<String> shared = new java.util.HashSet<>();
        for (String line : pack.lines("demonyms.tsv")) {
            String[] f = line.split("\t");
            if (f.length == 2 && !f[1].equals("-") && stateForces.containsKey(f[0])) {
                String name = org.sitrep.core.text.Fold.fold(countryName(f[1])).strip();
                String before = countryForces.putIfAbsent(name, stateForces.get(f[0]));
                if (before != null && !before.equals(stateForces.get(f[0]))) {
                    shared.add(name); // "Congo": Kinshasa's or Brazzaville's
                }
            }
        }
        countryForces.keySet().removeAll(shared);
        countryForces.keySet().removeIf(k -> k.split(" ").length > 3);
        return new ActorLexicon(trie, actors, conflicts, sides, stateForces, countryForces, forceWords, holding, origins);
    }

    /** The kinds of actor the lexicon knows. */
    public static final List<String> KINDS = List.of("armed_group", "state_forces", "foreign_forces", "militia", "monitor",
            "media", "official", "humanitarian");

    private static void addDescription(PhraseTrie<Entry> trie, String[] f) {
        Description d = new Description(f[0], f[1].equals("yes"));
        for (String p : f[2].split("\\|")) {
            trie.put(p, new Entry(null, d, false));
        }
    }

    private static void addActor(PhraseTrie<Entry> trie, Map<String, Actor> actors, String[] f) {
        Actor a = new Actor(f[0], f[1], f[2]);
        actors.put(a.id(), a);
        for (String p : f[3].split("\\|")) {
            trie.put(p, new Entry(a, null, isAcronym(p)));
        }
    }

    /**
     * The state forces of a country: the incumbent of its conflict when one is known and is no other nation's forces
     * (Lebanon's conflict is Israel's with Hezbollah: "Lebanese troops" are not the IDF), else made from its name.
     */
    private static Actor stateActor(String iso, Map<String, Actor> actors, Map<String, Conflict> conflicts,
                                    java.util.Set<String> otherNationsForces) {
        Conflict c = conflicts.get(iso);
        if (c != null && actors.containsKey(c.incumbent()) && !otherNationsForces.contains(c.incumbent())
                && actors.get(c.incumbent()).kind().equals("state_forces")) {
            return actors.get(c.incumbent());
        }
        String name = countryName(iso);
        return new Actor(name + " state forces", sideToken(name), "state_forces");
    }

    /** A country's short English name ("Congo - Kinshasa" → "Congo", "Myanmar (Burma)" → "Myanmar"). */
    static String countryName(String iso) {
        String n = new java.util.Locale("", iso).getDisplayCountry(java.util.Locale.ENGLISH);
        n = Rx.replaceAll(Rx.replaceAll(n, "\\s*\\(.*\\)", ""), "\\s+-\\s+.*", "").strip();
        return n.isEmpty() ? iso : n;
    }

    /** A side token from a country name: lower case, words joined by '_' ("Burkina Faso" → burkina_faso, "Côte d’Ivoire" → cote_d_ivoire). */
    static String sideToken(String name) {
        // an apostrophe parts words as a space does: "Côte d’Ivoire" → cote_d_ivoire
        return Rx.replaceAll(org.sitrep.core.text.Fold.fold(Rx.replaceAll(name, "['’]", " ")).strip(), "[^a-z0-9]+", "_");
    }

    /**
     * Another nation's forces in a document about these countries: "French troops" in a report on Rwanda are not
     * whom its "government forces" are; each country's own forces, or its conflict's incumbent, are. Nothing is
     * foreign when the document is about no country clearly.
     */
    public boolean foreignForces(Actor a, java.util.Set<String> about) {
        if (about.isEmpty() || !a.kind().equals("state_forces") || !a.role().equals("incumbent")) {
            return false;
        }
        for (String iso : about) {
            Conflict c = conflict(iso);
            if (a.id().equals(stateOf(iso).id()) || c != null && a.id().equals(c.incumbent())) {
                return false;
            }
        }
        return true;
    }

    /** The state forces of the country with this ISO code (a country named as the agent: "Mozambique regained control"). */
    public Actor stateOf(String iso) {
        String named = countryForces.get(org.sitrep.core.text.Fold.fold(countryName(iso)).strip());
        if (named != null && actors.containsKey(named)) {
            return actors.get(named); // what its nationality names: "Lebanon" is Lebanon's forces, not its conflict's IDF
        }
        Conflict c = conflicts.get(iso);
        if (c != null && actors.containsKey(c.incumbent())) {
            return actors.get(c.incumbent());
        }
        Actor a = actors.get(countryName(iso) + " state forces");
        return a != null ? a : new Actor(countryName(iso) + " state forces", sideToken(countryName(iso)), "state_forces");
    }

    private static String[] fields(String line, int n, String file) {
        String[] f = line.split("\t");
        if (f.length != n) {
            throw new IllegalStateException(file + ": expected " + n + " tab-separated columns in '" + line + "'");
        }
        return f;
    }

    /**
     * A word written as an acronym of two to six capitals ("LNA", "BIR", "TPNPB"), as a text names a group the lexicon
     * may not know (the lexicon's own names are matched as acronyms by {@link #isAcronym}).
     */
    public static boolean writtenAcronym(String w) {
        if (w.length() < 2 || w.length() > 6) {
            return false;
        }
        for (int i = 0; i < w.length(); i++) {
            if (!Character.isUpperCase(w.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAcronym(String p) {
        return p.length() <= 5 && p.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
    }

    public Actor actor(String id) {
        return actors.get(id);
    }

    /** The actor's side in a conflict about {@code country} (sides.tsv), else its home side. */
    public String side(Actor a, String country) {
        String s = country == null ? null : sides.get(country + "|" + a.id());
        return s != null ? s : a.side();
    }

    public Conflict conflict(String country) {
        return conflicts.get(country);
    }

    /**
     * A nationality and a word for armed forces at word {@code i} ("Ukrainian units", "Russian border guards",
     * "Russian control"): that country's forces, or null.
     */
    public PhraseTrie.Match<Entry> stateForces(Words words, int i) {
        if (i + 2 < words.size() && twoWordStarts.contains(words.folded(i)) && Words.joinable(words.gapAfter(i))) {
            // a nationality of two words first: "South Sudanese troops" are not Sudanese ones
            String two = stateForces.get(words.folded(i) + " " + words.folded(i + 1));
            if (two != null) {
                return withForce(words, i + 2, two, 2);
            }
        }
        for (int len = countryStarts.contains(words.folded(i)) ? 3 : 0; len >= 1; len--) {
            // a country's name, in the possessive or not: "Chad's army", "South Sudan's army", "South Sudan army"
            int last = i + len - 1;
            if (last + 1 >= words.size() || !(words.possessive(last) || Words.joinable(words.gapAfter(last)))
                    || !joinedWords(words, i, last)) {
                continue;
            }
            StringBuilder name = new StringBuilder(words.folded(i));
            for (int k = i + 1; k <= last; k++) {
                name.append(' ').append(words.folded(k));
            }
            String id = countryForces.get(name.toString());
            if (id != null && (words.possessive(last) || !holding.contains(words.folded(last + 1)))) {
                // "Ukraine-controlled areas" say who holds them, not that a force acted: only a possessive does both
                PhraseTrie.Match<Entry> m = withForce(words, last + 1, id, len);
                return m != null || words.possessive(last) ? m : withAlly(words, i, last + 1, id);
            }
        }
        String f = words.folded(i);
        if (i > 0 && words.folded(i - 1).equals("the") && org.sitrep.core.lang.Demonyms.isPlural(f, stateForces::containsKey)
                && Character.isUpperCase(words.word(i).charAt(0)) && !(i + 1 < words.size()
                && Character.isUpperCase(words.word(i + 1).charAt(0)) && Words.joinable(words.gapAfter(i)))) {
            // "the Paraguayans recaptured Corrales", "the Germans took Heraklion": a nation named by its people, at
            // war, is its state's forces (not "thousands of Afghans", who are people, nor "the Liberians United for …", a name)
            Actor a = actors.get(stateForces.get(f.substring(0, f.length() - 1)));
            if (a != null) {
                return new PhraseTrie.Match<>(new Entry(a, null, false), 1);
            }
        }
        String id = stateForces.get(f);
        if (id == null || i + 1 >= words.size() || !Words.joinable(words.gapAfter(i))) {
            return null;
        }
        PhraseTrie.Match<Entry> m = withForce(words, i + 1, id, 1);
        return m != null ? m : withAlly(words, i, i + 1, id);
    }

    /**
     * "Malian and French troops", "U.S. and British warplanes": the first nationality's forces, with the ally's
     * named after "and" (at {@code at}) in the same words; null when no nationality and force word follow "and".
     */
    private PhraseTrie.Match<Entry> withAlly(Words words, int i, int at, String id) {
        if (at + 1 >= words.size() || !words.folded(at).equals("and") || !Words.joinable(words.gapAfter(at))
                || !Words.joinable(words.gapAfter(at - 1))) {
            return null;
        }
        PhraseTrie.Match<Entry> ally = stateForces(words, at + 1);
        Actor a = actors.get(id);
        return ally == null || a == null ? null : new PhraseTrie.Match<>(new Entry(a, null, false), at + 1 - i + ally.words());
    }

    /** The state forces {@code id} when a force word starts at {@code at}, after {@code before} words naming whose. */
    private PhraseTrie.Match<Entry> withForce(Words words, int at, String id, int before) {
        PhraseTrie.Match<Boolean> force = at < words.size() ? forceWords.longest(words, at) : null;
        Actor a = actors.get(id);
        return force == null || a == null ? null : new PhraseTrie.Match<>(new Entry(a, null, false), force.words() + before);
    }

    private static boolean joinedWords(Words words, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!Words.joinable(words.gapAfter(k))) {
                return false;
            }
        }
        return true;
    }

    /** The state forces of the country of this folded name ("cambodia", "south sudan"), or null. */
    public Actor ofCountryName(String folded) {
        String id = countryForces.get(folded);
        return id == null ? null : actors.get(id);
    }

    /** The actor a nationality adjective names the state forces of ("russian" → Russia), or null. */
    public Actor ofDemonym(String folded) {
        String id = stateForces.get(folded);
        return id == null ? null : actors.get(id);
    }

    /** The longest lexicon phrase at word {@code i}, or null. Acronyms must be written in capitals. */
    public PhraseTrie.Match<Entry> match(Words words, int i) {
        PhraseTrie.Match<Entry> m = trie.longest(words, i);
        if (m == null) {
            return null;
        }
        if (m.value().acronym()) {
            String w = words.word(i);
            if (!w.equals(w.toUpperCase())) {
                return null;
            }
        }
        return m;
    }

    /** All actors, for tests and listings. */
    public List<Actor> actors() {
        return new ArrayList<>(actors.values());
    }
}
