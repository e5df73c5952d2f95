package org.sitrep.core;

import org.sitrep.core.text.Rx;
import org.sitrep.core.actor.ActorLexicon;
import org.sitrep.core.actor.ActorFinder;
import org.sitrep.core.actor.ActorTagger;
import org.sitrep.core.clean.Cleaner;
import org.sitrep.core.extract.ClaimExtractor;
import org.sitrep.core.extract.ClaimFinder;
import org.sitrep.core.extract.EventFinder;
import org.sitrep.core.extract.Cues;
import org.sitrep.core.extract.TriggerLexicon;
import org.sitrep.core.lang.LanguagePack;
import org.sitrep.core.extract.DocumentContext;
import org.sitrep.core.extract.Narrative;
import org.sitrep.core.extract.EventExtractor;
import org.sitrep.core.extract.MentionReconciler;
import org.sitrep.core.extract.QuantityTagger;
import org.sitrep.core.extract.SentenceFacts;
import org.sitrep.core.geo.Gazetteer;
import org.sitrep.core.geo.Geocoder;
import org.sitrep.core.geo.PlaceCandidate;
import org.sitrep.core.geo.PlaceFinder;
import org.sitrep.core.model.ActorMention;
import org.sitrep.core.model.ActorUse;
import org.sitrep.core.model.Article;
import org.sitrep.core.model.Claim;
import org.sitrep.core.model.Diagnostic;
import org.sitrep.core.model.EventMention;
import org.sitrep.core.model.PlaceMention;
import org.sitrep.core.model.GeoPrecision;
import org.sitrep.core.model.ResolvedPlace;
import org.sitrep.core.model.QuantityMention;
import org.sitrep.core.model.Statement;
import org.sitrep.core.model.TimePrecision;
import org.sitrep.core.model.TimeInterval;
import org.sitrep.core.nlp.Annotator;
import org.sitrep.core.nlp.Sentence;
import org.sitrep.core.text.Words;
import org.sitrep.core.time.TimeContext;
import org.sitrep.core.time.TimeExpr;
import org.sitrep.core.time.TimeFinder;
import org.sitrep.core.time.TimeTagger;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The extraction pipeline for one article, a sequence of named {@link Stage}s over an immutable
 * {@link AnnotatedDocument}: {@code scan} (actor phrases, place candidates and the event pre-filter on every
 * sentence: cheap dictionary scans) → {@code geocode} (the document's places resolved together) → {@code actors}
 * (actor phrases resolved) → {@code context} (what the whole document is about: its country, place, period and
 * default actors) → {@code read} (time expressions, quantities, tagging, events and claims, sentence by sentence,
 * with the {@link Narrative} each sentence leaves behind) → {@code reconcile} (restated mentions merged, tolls and
 * extents as claims). What each stage finds with is behind a small interface ({@link PlaceFinder},
 * {@link ActorFinder}, {@link TimeFinder}, {@link EventFinder}, {@link ClaimFinder}) that {@link #builder} can
 * replace, and stages can be added between the standard ones. The pipeline is thread-safe and {@link #process}
 * never throws on any article text. A time limit per article bounds the work: each stage stops at its share of the
 * time the article has (scanning at 40%, geocoding at 70%, reading at 90%), keeping what it found, with a
 * diagnostic naming the stage.
 */
public final class Pipeline {
    /** Share of the place evidence the focus country needs before its conflict's default actors are used. */
    static final double MIN_FOCUS_FOR_DEFAULTS = 0.6;

    /** Default time limit per article. */
    public static final Duration DEFAULT_TIME_LIMIT = Duration.ofSeconds(10);

    /** The words of each sentence scanned (null for a sentence the scan did not reach). */
    public static final Layer<List<Words>> WORDS = Layer.of("words");
    /** The actor phrases of each sentence, unresolved. */
    public static final Layer<List<List<ActorTagger.Raw>>> ACTOR_PHRASES = Layer.of("actor phrases");
    /** The place candidates of each sentence, then those of the title (one list more than there are sentences). */
    public static final Layer<List<List<PlaceCandidate>>> PLACE_CANDIDATES = Layer.of("place candidates");
    /** Whether each sentence may hold an event (the pre-filter that keeps the tagger off most text). */
    public static final Layer<List<Boolean>> MAY_HOLD_EVENT = Layer.of("may hold event");
    /** The resolved places of each sentence (a null item: a candidate that did not resolve) and the country focus. */
    public static final Layer<Geocoder.Result> PLACES = Layer.of("places");
    /** The title's resolved places. */
    public static final Layer<List<PlaceMention>> TITLE_PLACES = Layer.of("title places");
    /** The actors of each sentence, resolved. */
    public static final Layer<List<List<ActorMention>>> ACTORS = Layer.of("actors");
    /** What the whole document is about. */
    public static final Layer<DocumentContext> CONTEXT = Layer.of("context");
    /** Every event mention the sentences state, before reconciliation. */
    public static final Layer<List<EventMention>> EVENT_MENTIONS = Layer.of("event mentions");
    /** Every claim the sentences state. */
    public static final Layer<List<Claim>> CLAIMS = Layer.of("claims");
    /** The numbers the sentences state. */
    public static final Layer<List<QuantityMention>> QUANTITIES = Layer.of("quantities");
    /** What the pipeline saw in each sentence read (only when a trace is asked for). */
    public static final Layer<List<SentenceTrace>> TRACE = Layer.of("trace");
    /** The events after reconciliation. */
    public static final Layer<List<EventMention>> EVENTS = Layer.of("events");
    /** Set once a stage has reported that the time limit cut the article short, so that later stages do not again. */
    public static final Layer<Boolean> CUT = Layer.of("cut");
    private static final Layer<Boolean> TRACING = Layer.of("tracing");
    /** The sentences' words and time-rule matches, found once ({@link ArticleSentences}). */
    private static final Layer<ArticleSentences> SENTENCES = Layer.of("sentences");

    /** A stage with its name and the share of the article's time by which it must stop (1: the whole limit). */
    public record Named(String name, double share, Stage stage) {
        public Named {
            if (name == null || name.isBlank() || !(share > 0 && share <= 1)) {
                throw new IllegalArgumentException("a stage needs a name and a share of the time in (0, 1]: " + name + " " + share);
            }
        }
    }

    private final LanguagePack language;
    /** Possessive determiners (the pack's {@code possessive-determiners}): "its Tai troops" names no place. */
    private final java.util.Set<String> possessives;
    /** Heads of a war's name ("the Iran–Iraq War"): the capitalised words before them name no place. */
    private final java.util.Set<String> conflictHeads;
    /** Lower-case heads that make a war's name of two names joined by a dash (the pack's {@code conflict-pair-heads}). */
    private final java.util.Set<String> conflictPairHeads;
    /** Feasts' names ("Easter") and the words after them that make them a time ("Monday", "Eve"), from the pack. */
    private final java.util.Set<String> holidays;
    private final java.util.Set<String> holidayAfter;
    /** Title words before a person's name ("President", "General"), from the pack's place cues. */
    private final java.util.Set<String> titleWords;
    private final Annotator annotator;
    private final MentionReconciler reconciler;
    private final QuantityTagger quantityTagger = new QuantityTagger();
    private final Cues cues;
    private final PlaceFinder places;
    private final ActorFinder actors;
    private final TimeFinder times;
    /** The tagger of the time expressions an undated article's publication is inferred from: {@code times} when it is one. */
    private final TimeTagger dating;
    private final EventFinder events;
    private final ClaimFinder claims;
    private final List<Named> stages;
    private final Duration timeLimit;

    private Pipeline(Builder b) {
        this.language = b.language;
        this.possessives = language.wordSet("possessive-determiners");
        this.conflictHeads = language.wordSet("conflict-name-heads");
        this.conflictPairHeads = language.wordSet("conflict-pair-heads");
        this.titleWords = org.sitrep.core.geo.PlaceFinder.titleWords(language);
        this.holidays = language.wordSet("holiday-names");
        this.holidayAfter = language.wordSet("holiday-after", "weekdays");
        this.annotator = new Annotator(language);
        this.cues = Cues.of(language);
        this.places = b.places != null ? b.places : PlaceFinder.of(b.gazetteer, language);
        this.actors = b.actors != null ? b.actors : ActorFinder.of(ActorLexicon.of(language), language);
        this.times = b.times != null ? b.times : new TimeTagger(language);
        this.dating = times instanceof TimeTagger tt ? tt : new TimeTagger(language);
        this.events = b.events != null ? b.events : new EventExtractor(language, this.actors.lexicon(),
                b.gazetteer == null ? id -> false : b.gazetteer::isNationalCapital, capitals(b.gazetteer));
        this.claims = b.claims != null ? b.claims : new ClaimExtractor(language);
        this.reconciler = new MentionReconciler(language);
        this.timeLimit = b.timeLimit;
        List<Named> all = new ArrayList<>(List.of(
                new Named("scan", 0.4, this::scan),
                new Named("geocode", 0.7, this::geocode),
                new Named("actors", 1.0, this::resolveActors),
                new Named("context", 1.0, this::context),
                new Named("read", 0.9, this::read),
                new Named("reconcile", 1.0, this::reconcile)));
        for (Builder.Change c : b.changes) {
            int at = -1;
            for (int k = 0; k < all.size(); k++) {
                at = all.get(k).name().equals(c.anchor()) ? k : at;
            }
            if (at < 0) {
                throw new IllegalArgumentException("no stage named '" + c.anchor() + "'; the stages are "
                        + all.stream().map(Named::name).toList());
            }
            if (c.replace()) {
                all.set(at, c.stage());
            } else {
                all.add(at + 1, c.stage());
            }
        }
        this.stages = List.copyOf(all);
    }

    public Pipeline(Gazetteer gazetteer, Duration timeLimit) {
        this(builder(gazetteer).timeLimit(timeLimit));
    }

    public Pipeline(Gazetteer gazetteer) {
        this(gazetteer, DEFAULT_TIME_LIMIT);
    }

    /** A builder of the standard pipeline over a gazetteer, whose language, finders and stages can be replaced. */
    public static Builder builder(Gazetteer gazetteer) {
        return new Builder(java.util.Objects.requireNonNull(gazetteer));
    }

    /** Composes a pipeline: the standard stages, with the finders and stages given instead or in addition. */
    public static final class Builder {
        private record Change(String anchor, boolean replace, Named stage) {
        }

        private final Gazetteer gazetteer;
        private LanguagePack language = LanguagePack.english();
        private PlaceFinder places;
        private ActorFinder actors;
        private TimeFinder times;
        private EventFinder events;
        private ClaimFinder claims;
        private Duration timeLimit = DEFAULT_TIME_LIMIT;
        private final List<Change> changes = new ArrayList<>();

        private Builder(Gazetteer gazetteer) {
            this.gazetteer = gazetteer;
        }

        /** The language pack the standard finders and the annotator read with (English unless set). */
        public Builder language(LanguagePack pack) {
            this.language = java.util.Objects.requireNonNull(pack);
            return this;
        }

        public Builder places(PlaceFinder f) {
            this.places = java.util.Objects.requireNonNull(f);
            return this;
        }

        public Builder actors(ActorFinder f) {
            this.actors = java.util.Objects.requireNonNull(f);
            return this;
        }

        public Builder times(TimeFinder f) {
            this.times = java.util.Objects.requireNonNull(f);
            return this;
        }

        public Builder events(EventFinder f) {
            this.events = java.util.Objects.requireNonNull(f);
            return this;
        }

        public Builder claims(ClaimFinder f) {
            this.claims = java.util.Objects.requireNonNull(f);
            return this;
        }

        public Builder timeLimit(Duration d) {
            this.timeLimit = java.util.Objects.requireNonNull(d);
            return this;
        }

        /** Runs {@code stage} in place of the standard stage of that name. */
        public Builder replace(String name, double share, Stage stage) {
            changes.add(new Change(name, true, new Named(name, share, stage)));
            return this;
        }

        /** Runs a further stage right after the stage named {@code after}. */
        public Builder addAfter(String after, String name, double share, Stage stage) {
            changes.add(new Change(after, false, new Named(name, share, stage)));
            return this;
        }

        public Pipeline build() {
            return new Pipeline(this);
        }
    }

    /**
     * Builds what reading a language needs and no gazetteer does (its models, lexicons, cues and rules), once per
     * pack: a command can run this on another thread while the gazetteer loads.
     */
    public static void prepare(LanguagePack pack) {
        new Annotator(pack);
        TriggerLexicon.of(pack);
        Cues.of(pack);
        ActorLexicon.of(pack);
        new TimeTagger(pack);
        new org.sitrep.core.ingest.ArticleFactory(pack);
        org.sitrep.core.model.EventType.ATTACK.family();
    }

    /** The language pack the pipeline reads with. */
    public LanguagePack language() {
        return language;
    }

    /** The stages, in the order they run. */
    public List<Named> stages() {
        return stages;
    }

    /** Runs every stage on the article. */
    public Extraction process(Article a) {
        return process(a, false);
    }

    /** Runs every stage on the article; with {@code trace}, keeps what was seen in each sentence. */
    public Extraction process(Article a, boolean trace) {
        return process(a, trace, Deadline.after(timeLimit));
    }

    /** For tests: called with each sentence's text before it is read, so that a test can make a rule fail. */
    static volatile java.util.function.Consumer<String> FAILURE_PROBE = t -> { };

    /** A warning for a sentence a rule failed on: the stage, the rule (its class, method and line) and the error. */
    private static Diagnostic failed(Article a, Sentence s, String stage, Throwable e) {
        StackTraceElement at = java.util.Arrays.stream(e.getStackTrace()).filter(f -> f.getClassName().startsWith("org.sitrep"))
                .findFirst().orElse(null);
        String rule = at == null ? "?" : at.getClassName().substring(at.getClassName().lastIndexOf('.') + 1) + "."
                + at.getMethodName() + ":" + at.getLineNumber();
        return Diagnostic.warning(a.source(), 0, "sentence " + s.index() + " (offset " + s.span().start() + ") skipped in "
                + stage + ": rule " + rule + " failed with " + e.getClass().getSimpleName()
                + (e.getMessage() == null ? "" : " (" + e.getMessage().lines().findFirst().orElse("") + ")")
                + "; the rest of the article was analysed");
    }

    /** The analysis time allowed per article. */
    public Duration timeLimit() {
        return timeLimit;
    }

    /**
     * Runs every stage on the article within {@code dl} (which may have started before, while the article was
     * cleaned and dated): each stage gets a deadline at its share of the time left; what was found before a
     * deadline is kept, with a diagnostic naming the stage.
     */
    public Extraction process(Article a, boolean trace, Deadline dl) {
        return process(a, trace, dl, sentences());
    }

    /**
     * An article's sentences as this pipeline splits, scans and dates them, for dating an article
     * ({@link org.sitrep.core.ingest.ArticleFactory}) before {@link #process(Article, boolean, Deadline,
     * ArticleSentences) reading} it with them: one per article.
     */
    public ArticleSentences sentences() {
        return new ArticleSentences(annotator, dating);
    }

    /**
     * As {@link #process(Article, boolean, Deadline)}, with the article's sentences, words and time-rule matches
     * taken from {@code sentences} where an earlier step (its dating) found them.
     */
    public Extraction process(Article a, boolean trace, Deadline dl, ArticleSentences sentences) {
        long now = System.nanoTime();
        long left = dl.expired() ? 0 : dl.at() - now;
        long t = StageTimes.begin();
        AnnotatedDocument doc = AnnotatedDocument.of(a, sentences.of(a.cleaned())).with(TRACING, trace).with(SENTENCES, sentences);
        StageTimes.add("sentences", t);
        for (Named s : stages) {
            Deadline stageDl = dl == Deadline.NONE || s.share() >= 1 ? dl : new Deadline(now + (long) (left * s.share()), dl.seconds());
            t = StageTimes.begin();
            doc = s.stage().apply(doc, stageDl);
            StageTimes.add(s.name(), t);
        }
        t = StageTimes.begin();
        Extraction x = extraction(doc);
        StageTimes.add("result", t);
        return x;
    }

    /** The extraction the last stage's document holds. */
    private static Extraction extraction(AnnotatedDocument doc) {
        List<Sentence> sentences = doc.sentences();
        List<List<ActorMention>> actorMentions = doc.get(ACTORS);
        List<ActorUse> uses = new ArrayList<>();
        for (Sentence s : sentences) {
            for (ActorMention m : actorMentions.get(s.index())) {
                if (m.span() != null) {
                    uses.add(new ActorUse(s.index(), s.span(), m));
                }
            }
        }
        Geocoder.Focus focus = doc.get(PLACES).focus();
        List<String> about = new ArrayList<>();
        if (focus.country() != null) {
            about.add(focus.country());
            focus.countries().stream().filter(c -> !c.equals(focus.country())).sorted().forEach(about::add);
        }
        List<PlaceMention> unresolved = new ArrayList<>();
        for (List<PlaceMention> sentence : doc.get(PLACES).mentions()) {
            sentence.stream().filter(p -> p != null && !p.place().resolved() && p.kind() != PlaceMention.Kind.ANAPHOR)
                    .forEach(unresolved::add);
        }
        return new Extraction(doc.article(), doc.get(EVENTS), doc.get(CLAIMS), doc.get(QUANTITIES), unresolved,
                doc.diagnostics(), uses, doc.get(TRACE, List.of()), about);
    }

    private String limitReached() {
        return "time limit of " + timeLimit.toSeconds() + " s reached";
    }

    /** Each sentence's words, actor phrases and place candidates, and whether it may hold an event. */
    private AnnotatedDocument scan(AnnotatedDocument doc, Deadline scanning) {
        Article a = doc.article();
        List<Sentence> sentences = doc.sentences();
        int n = sentences.size();
        List<List<ActorTagger.Raw>> rawActors = new ArrayList<>(n);
        List<List<PlaceCandidate>> candidates = new ArrayList<>(n + 1);
        boolean[] mayHoldEvent = new boolean[n];
        Words[] words = new Words[n];
        ArticleSentences memo = doc.get(SENTENCES, null); // absent when a stage is run on a document made elsewhere
        List<Diagnostic> diags = new ArrayList<>();
        boolean cut = false;
        boolean placeSeen = false;
        java.util.Set<String> persons = new java.util.HashSet<>(); // surnames named after a title so far
        for (Sentence s : sentences) {
            if (!cut && scanning.expired()) {
                cut = true;
                diags.add(Diagnostic.warning(a.source(), 0, limitReached() + " while scanning "
                        + "sentence " + s.index() + " of " + n + "; the rest of the article was not analysed"));
            }
            if (cut) {
                rawActors.add(List.of());
                candidates.add(List.of());
                continue;
            }
            try {
                long t = StageTimes.begin();
                Words w = memo != null ? memo.words(s.index()) : new Words(s.text(), s.span().start());
                words[s.index()] = w;
                StageTimes.add("scan:words", t);
                t = StageTimes.begin();
                List<ActorTagger.Raw> raw = actors.find(w);
                boolean[] blocked = blockedWords(w, raw, a.outlet());
                blockActorModifiers(w, raw, blocked);
                blockConflictNames(w, blocked);
                blockPersons(w, blocked, persons);
                blockHolidays(w, blocked);
                StageTimes.add("scan:actors", t);
                t = StageTimes.begin();
                // the title, also with what a flash update writes after it ("… (DG ECHO, UN, media) (ECHO Daily Flash of …)")
                boolean headline = isHeading(s.text()) || s.text().equals(a.title())
                        || s.index() == 0 && a.title() != null && !a.title().isBlank() && s.text().startsWith(a.title());
                List<PlaceCandidate> found = headline ? List.of() : places.find(w, blocked, s.index() * 1000);
                StageTimes.add("scan:places", t);
                t = StageTimes.begin();
                boolean[] near = placeWords(w, found, placeSeen || !found.isEmpty());
                if (found.isEmpty() && placeSeen) {
                    java.util.Arrays.fill(near, true); // no place named here: the sentence may go on about the one before
                }
                boolean may = !headline && mayHoldEvent(w, near) && s.text().length() <= Annotator.MAX_SENTENCE_CHARS;
                StageTimes.add("scan:triggers", t);
                rawActors.add(raw);
                candidates.add(found);
                placeSeen |= !found.isEmpty();
                mayHoldEvent[s.index()] = may;
            } catch (RuntimeException | StackOverflowError e) {
                // no rule can fail the article: this sentence is left out, the others are read
                rawActors.add(List.of());
                candidates.add(List.of());
                mayHoldEvent[s.index()] = false;
                diags.add(failed(a, s, "scanning", e));
            }
        }
        // the title's places and the infobox's place line say where the whole document is
        List<PlaceCandidate> titlePlaces = List.of();
        // (not a title in capitals, whose every word looks like a name: "INSURGENTS ATTACK POLICE STATIONS; CURFEW EXTENDED")
        if (a.title() != null && !a.title().isBlank() && a.title().length() <= Annotator.MAX_SENTENCE_CHARS
                && !a.title().equals(a.title().toUpperCase(java.util.Locale.ROOT))) {
            Words tw = new Words(a.title(), 0);
            titlePlaces = places.find(tw, blockedWords(tw, actors.find(tw), a.outlet()), n * 1000);
        }
        candidates.add(titlePlaces);
        return doc.with(WORDS, Collections.unmodifiableList(java.util.Arrays.asList(words)))
                .with(ACTOR_PHRASES, Collections.unmodifiableList(rawActors))
                .with(PLACE_CANDIDATES, Collections.unmodifiableList(candidates))
                .with(MAY_HOLD_EVENT, flags(mayHoldEvent))
                .with(CUT, cut)
                .withDiagnostics(diags);
    }

    /** The document's places resolved together, the title's apart. */
    private AnnotatedDocument geocode(AnnotatedDocument doc, Deadline geocoding) {
        int n = doc.sentences().size();
        Map<String, Double> hints = countryHints(doc.article());
        Map<String, Double> votes = new java.util.HashMap<>();
        datelineHints(doc.sentences(), hints, votes);
        Geocoder.Result geo = places.resolve(doc.get(PLACE_CANDIDATES), hints, votes, geocoding);
        List<Diagnostic> diags = new ArrayList<>();
        boolean cut = doc.get(CUT, false);
        if (geo.cutAt() >= 0 && !cut) {
            cut = true;
            diags.add(Diagnostic.warning(doc.article().source(), 0, limitReached() + " while resolving "
                    + "the places of sentence " + geo.cutAt() + " of " + n + "; the rest of the article was not analysed"));
        }
        List<List<PlaceMention>> mentions = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            mentions.add(Collections.unmodifiableList(geo.mentions().get(i)));
        }
        List<PlaceMention> title = geo.mentions().get(n).stream().filter(Objects::nonNull).toList();
        return doc.with(PLACES, new Geocoder.Result(Collections.unmodifiableList(mentions), geo.focus(), geo.cutAt()))
                .with(TITLE_PLACES, title)
                .with(CUT, cut)
                .withDiagnostics(diags);
    }

    /**
     * The countries a document clearly about one names (as places, in its title or address: "Ethiopia says it has
     * recaptured Badme from Eritrea"), with its own; none when it is about no country clearly. Another nation named
     * only by its forces' nationality ("French troops" in a report on Rwanda) is not among them.
     */
    private static java.util.Set<String> aboutCountries(AnnotatedDocument doc) {
        String country = focusCountry(doc);
        if (country == null) {
            return java.util.Set.of();
        }
        java.util.Set<String> out = new java.util.HashSet<>(doc.get(PLACES).focus().named());
        out.add(country);
        return out;
    }

    /** The country the document is clearly about, or null: only then do its conflict's defaults apply. */
    private static String focusCountry(AnnotatedDocument doc) {
        Geocoder.Focus focus = doc.get(PLACES).focus();
        return focus.strength() >= MIN_FOCUS_FOR_DEFAULTS ? focus.country() : null;
    }

    private AnnotatedDocument resolveActors(AnnotatedDocument doc, Deadline dl) {
        List<List<ActorMention>> resolved = new ArrayList<>();
        java.util.Set<ActorTagger.Raw> quoted = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        List<List<ActorTagger.Raw>> raw = doc.get(ACTOR_PHRASES);
        for (int i = 0; i < raw.size() && i < doc.sentences().size(); i++) {
            Sentence s = doc.sentences().get(i);
            for (ActorTagger.Raw r : raw.get(i)) {
                if (insideQuotes(s.text(), r.span().start() - s.span().start())) {
                    quoted.add(r);
                }
            }
        }
        for (List<ActorMention> s : actors.resolve(raw, focusCountry(doc), aboutCountries(doc), quoted::contains)) {
            resolved.add(List.copyOf(s));
        }
        return doc.with(ACTORS, Collections.unmodifiableList(resolved));
    }

    /** Whether offset {@code at} of a sentence is inside a quotation ("… fighting \"armed gangs\"", “…”). */
    static boolean insideQuotes(String sentence, int at) {
        int straight = 0;
        int open = -1;
        int close = -1;
        for (int k = 0; k < Math.min(at, sentence.length()); k++) {
            char c = sentence.charAt(k);
            if (c == '"') {
                straight++;
            } else if (c == '\u201C') {
                open = k;
            } else if (c == '\u201D') {
                close = k;
            }
        }
        return straight % 2 == 1 || open > close;
    }

    /** What the whole document is about: its period, its default actors, its country and its place. */
    private AnnotatedDocument context(AnnotatedDocument doc, Deadline dl) {
        Article a = doc.article();
        String country = focusCountry(doc); // a conflict's default actors only for a document clearly about one country
        List<List<ActorMention>> actorMentions = doc.get(ACTORS);
        int year = referenceYear(a);
        TimeInterval frame = documentFrame(a, doc.sentences(), year);
        return doc.with(CONTEXT, new DocumentContext(a.published(), defaultActor(actorMentions, "challenger", country, aboutCountries(doc)),
                defaultActor(actorMentions, "incumbent", country, aboutCountries(doc)), countryPlace(doc.get(PLACES).focus()),
                documentPlace(doc.sentences(), doc.get(PLACES).mentions(), doc.get(TITLE_PLACES)), frame,
                filedFrom(doc.sentences(), doc.get(PLACES).mentions())));
    }

    /** The first place of the first wire dateline in the document's first sentences ("BUCHAREST, Romania (AP) -"), or null. */
    private static PlaceMention filedFrom(List<Sentence> sentences, List<List<PlaceMention>> mentions) {
        for (int i = 0; i < sentences.size() && i < 4 && i < mentions.size(); i++) {
            String dateline = org.sitrep.core.clean.Dateline.wire(sentences.get(i).text());
            if (dateline == null) {
                continue;
            }
            int end = sentences.get(i).span().start() + dateline.length();
            for (PlaceMention p : mentions.get(i)) {
                if (p != null && p.span().end() <= end && p.kind() == PlaceMention.Kind.NAME) {
                    return p;
                }
            }
            return null;
        }
        return null;
    }

    /** The sentences read in order: their times, quantities, events and claims, each with the narrative before it. */
    private AnnotatedDocument read(AnnotatedDocument doc, Deadline extracting) {
        Article a = doc.article();
        List<Sentence> sentences = doc.sentences();
        int n = sentences.size();
        boolean trace = doc.get(TRACING, false);
        List<Words> words = doc.get(WORDS);
        List<Boolean> mayHoldEvent = doc.get(MAY_HOLD_EVENT);
        List<List<PlaceMention>> placeMentions = doc.get(PLACES).mentions();
        List<List<ActorMention>> actorMentions = doc.get(ACTORS);
        DocumentContext context = doc.get(CONTEXT);
        ArticleSentences memo = doc.get(SENTENCES, null);
        int year = referenceYear(a);
        Narrative st = Narrative.start(context);
        List<Diagnostic> diags = new ArrayList<>();
        List<EventMention> found = new ArrayList<>();
        List<Claim> foundClaims = new ArrayList<>();
        List<QuantityMention> quantities = new ArrayList<>();
        List<SentenceTrace> traces = new ArrayList<>();
        int storyYear = 0;
        for (Sentence s : sentences) {
            if (extracting.expired()) {
                if (!doc.get(CUT, false)) {
                    diags.add(Diagnostic.warning(a.source(), 0, limitReached() + " at sentence "
                            + s.index() + " of " + n + "; the rest of the article was not analysed"));
                }
                break;
            }
            int i = s.index();
            if (cues.opens("topic-shift", s.text())) {
                st = st.withoutTime();
            }
            try {
                FAILURE_PROBE.accept(s.text());
                TimeContext ctx = new TimeContext(a.published(), year, st.operationStart(), st.carried(i), context.frame())
                        .withStoryYear(storyYear);
                Words w = words.get(i) != null ? words.get(i) : memo != null ? memo.words(i) : new Words(s.text(), s.span().start());
                long t = StageTimes.begin();
                // the rules' matches found once per sentence (they may have been, to date the article)
                List<TimeExpr> timeExprs = memo != null && times == memo.tagger() ? memo.times(i, ctx) : times.find(s.text(), s.span().start(), ctx, w);
                StageTimes.add("read:times", t);
                storyYear = storyYear(a, timeExprs, storyYear);
                t = StageTimes.begin();
                quantities.addAll(quantityTagger.tag(s.text(), s.span().start(), w));
                StageTimes.add("read:numbers", t);
                List<PlaceMention> sentencePlaces = placeMentions.get(i).stream().filter(Objects::nonNull).toList();
                boolean may = mayHoldEvent.get(i);
                t = StageTimes.begin();
                Sentence analysed = may ? annotator.analyze(s) : s;
                StageTimes.add("read:tagger", t);
                SentenceFacts f = new SentenceFacts(analysed, sentencePlaces, actorMentions.get(i), timeExprs, statementOf(a, s),
                        i + 1 < n ? sentences.get(i + 1).text() : null);
                t = StageTimes.begin();
                EventFinder.Found read = may ? events.find(a.doc(), f, st) : new EventFinder.Found(List.of(), st);
                StageTimes.add("read:events", t);
                List<EventMention> ev = read.events();
                if (trace) {
                    List<String> trig = new ArrayList<>();
                    if (analysed.analysed()) {
                        for (var m : events.triggers(analysed.tokens())) {
                            trig.add(m.entry().type().label() + ":" + s.text().substring(
                                    analysed.tokens().get(m.start()).span().start() - s.span().start(),
                                    analysed.tokens().get(m.end() - 1).span().end() - s.span().start()));
                        }
                    }
                    traces.add(new SentenceTrace(i, s.span(), s.text(), may, sentencePlaces, actorMentions.get(i), trig));
                }
                found.addAll(ev);
                t = StageTimes.begin();
                if (claims.mayHold(s.text())) {
                    foundClaims.addAll(claims.find(a.doc(), f, read.narrative()));
                }
                StageTimes.add("read:claims", t);
                t = StageTimes.begin();
                st = read.narrative().after(f, ev);
                StageTimes.add("read:narrative", t);
            } catch (RuntimeException | StackOverflowError e) {
                diags.add(failed(a, s, "extraction", e)); // the sentence's events are lost, not the article's
            }
        }
        return doc.with(EVENT_MENTIONS, List.copyOf(found))
                .with(CLAIMS, List.copyOf(foundClaims))
                .with(QUANTITIES, List.copyOf(quantities))
                .with(TRACE, List.copyOf(traces))
                .withDiagnostics(diags);
    }

    /** Restated mentions merged into events; their tolls and extents of control as claims another source may contradict. */
    private AnnotatedDocument reconcile(AnnotatedDocument doc, Deadline dl) {
        List<EventMention> merged = reconciler.reconcile(doc.get(EVENT_MENTIONS), summarySentences(doc.sentences(), doc.article().cleaned()));
        List<Claim> all = new ArrayList<>(doc.get(CLAIMS));
        all.addAll(ClaimExtractor.tolls(merged)); // a toll is a figure another source may state otherwise
        all.addAll(ClaimExtractor.controlExtents(merged)); // so is how much of a place an actor holds
        return doc.with(EVENTS, List.copyOf(merged)).with(CLAIMS, List.copyOf(all));
    }

    /** A country's capital as a resolved place, by the country's code; null without a gazetteer or a capital. */
    private static java.util.function.Function<String, org.sitrep.core.model.ResolvedPlace> capitals(org.sitrep.core.geo.Gazetteer g) {
        return code -> {
            org.sitrep.core.model.GeoEntry e = g == null ? null : g.capital(code);
            return e == null ? null : org.sitrep.core.geo.Geocoder.place(g, e);
        };
    }

    /** A full date written with its year ("On 3 April 1982"), which sets the year of the story a sentence tells. */
    private static final java.util.regex.Pattern WRITTEN_YEAR = java.util.regex.Pattern.compile("\\b(1[89]\\d\\d|20\\d\\d)\\b");

    /**
     * The year of the past a text tells after this sentence: a day written with its year at least two years before
     * publication sets it ("On 3 April 1982, soldiers …", in a report of 1999; also days or months of one season of a
     * year: "on the night of 9–10 February 1986", "in February and March 1986"), a day of the last two years ends it;
     * else it stays.
     */
    private static int storyYear(Article a, List<TimeExpr> times, int current) {
        if (a.published() == null || !a.published().isKnown()) {
            return current;
        }
        int now = a.published().lastDay().getYear();
        for (TimeExpr e : times) {
            TimeInterval i = e.mention().interval();
            // (across a new year too: "from 7 December 1939 to 8 January 1940" tells of December 1939 first)
            boolean days = i.isKnown() && (i.precision() == TimePrecision.RANGE || i.precision() == TimePrecision.MONTH)
                    && !i.firstDay().plusDays(92).isBefore(i.lastDay());
            if (e.background() || e.isOffset() || !i.isKnown() || !(i.precision() == TimePrecision.DAY
                    || i.precision() == TimePrecision.PART_OF_DAY || i.precision() == TimePrecision.MINUTE || days)
                    || !WRITTEN_YEAR.matcher(e.mention().text()).find()) {
                continue;
            }
            int y = i.firstDay().getYear();
            current = y <= now - 2 ? y : 0;
        }
        return current;
    }

    /** The year year-less dates are read in: the publication's, 0 when it is unknown. */
    private static int referenceYear(Article a) {
        return a.published().isKnown() ? a.published().lastDay().getYear() : 0;
    }

    /** An unmodifiable view of a copy of {@code bits}. */
    private static List<Boolean> flags(boolean[] bits) {
        boolean[] copy = bits.clone();
        return new java.util.AbstractList<>() {
            @Override
            public Boolean get(int i) {
                return copy[i];
            }

            @Override
            public int size() {
                return copy.length;
            }
        };
    }

    private static final java.util.regex.Pattern DATE_LINE = java.util.regex.Pattern.compile("^(?:[-•*]\\s*)?Dates?\\s*:?\\s*(.*)$");
    private static final java.util.regex.Pattern PERIOD = java.util.regex.Pattern.compile(
            "(?i)\\b(?:cover(?:s|ed|ing)?\\s+the\\s+(?:period|week)|reporting\\s+period|period\\s+covered|data\\s+(?:is|are)\\s+as\\s+of)\\b");

    /**
     * The period the whole document is about: the dates of an infobox's "Date" line ("Date: 5 February – 16 February
     * 2025"; "– present" running to the publication), else the period a report says it covers ("The report covers
     * the period from 3 to 9 May 2024", a title ending "(29 June to 11 July 2017)"), else null.
     */
    private TimeInterval documentFrame(Article a, List<Sentence> sentences, int year) {
        TimeContext plain = new TimeContext(a.published(), year, null, null);
        for (int i = 0; i < sentences.size() && i < 40; i++) {
            if (!sentences.get(i).text().contains("Date")) {
                continue; // the cheap test first
            }
            java.util.regex.Matcher m = DATE_LINE.matcher(sentences.get(i).text());
            if (m.matches()) {
                String rest = m.group(1).isBlank() && i + 1 < sentences.size() ? sentences.get(i + 1).text() : m.group(1);
                TimeInterval t = datesIn(rest, plain, true);
                if (t != null) {
                    if (rest.toLowerCase(java.util.Locale.ROOT).contains("present") && a.published().isKnown()) {
                        t = TimeInterval.days(t.firstDay(), a.published().lastDay(), TimePrecision.RANGE);
                    }
                    return t;
                }
            }
        }
        for (int i = 0; i < sentences.size() && i < 40; i++) {
            String text = sentences.get(i).text();
            // each of PERIOD's matches holds one of these words, in any ASCII case as its (?i) matches them
            if (mayNamePeriod(text) && PERIOD.matcher(text).find()) {
                TimeInterval t = datesIn(sentences.get(i).text(), plain, false);
                if (t != null) {
                    return t;
                }
            }
        }
        return a.title() == null ? null : datesIn(a.title(), plain, false);
    }

    /**
     * Whether {@code text} holds "period", "week" or "as of" in any ASCII case (each of {@link #PERIOD}'s matches holds
     * one), read once and without copying the text.
     */
    static boolean mayNamePeriod(String text) {
        for (int i = 0, n = text.length(); i < n; i++) {
            int c = text.charAt(i) | 0x20; // 'P' and 'p' give 'p', and no other character does
            if (c == 'p' && text.regionMatches(true, i, "period", 0, 6) || c == 'w' && text.regionMatches(true, i, "week", 0, 4)
                    || c == 'a' && text.regionMatches(true, i, "as of", 0, 5)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The span of the dates a text names: with {@code any}, from the first day of the earliest to the last of the
     * latest of any of them; else only a range of days ("from 3 to 9 May"). Null when there is none.
     */
    private TimeInterval datesIn(String text, TimeContext ctx, boolean any) {
        String t = Rx.replaceFirst(text, "^(Date)(?=\\d)", "$1 ");
        java.time.LocalDate first = null;
        java.time.LocalDate last = null;
        for (TimeExpr e : times.find(t, 0, ctx, null)) {
            TimeInterval iv = e.mention().interval();
            boolean range = e.kind().startsWith("range");
            boolean date = range || e.kind().startsWith("absolute") || e.kind().equals("month-year") || e.kind().equals("year");
            if (!iv.isKnown() || !(any ? date : range)) {
                continue;
            }
            first = first == null || iv.firstDay().isBefore(first) ? iv.firstDay() : first;
            last = last == null || iv.lastDay().isAfter(last) ? iv.lastDay() : last;
        }
        return first == null ? null : TimeInterval.days(first, last, TimePrecision.RANGE);
    }

    /** The country the document is about as a resolved place, or null when no country clearly is. */
    private ResolvedPlace countryPlace(Geocoder.Focus focus) {
        Gazetteer.Country c = focus.country() == null || focus.strength() < MIN_FOCUS_FOR_DEFAULTS ? null
                : places.gazetteer().country(focus.country());
        return c == null ? null : new ResolvedPlace(c.name(), null, c.lat(), c.lon(), null, c.code(), GeoPrecision.COUNTRY, true);
    }

    private static final java.util.regex.Pattern PLACE_LINE = java.util.regex.Pattern.compile(
            "^(?:[-•*]\\s*)?(?:Location|Place|Places|Locations)\\b\\s*:?\\s*(.*)$");

    /**
     * Where the whole document is: the place of an infobox's "Location"/"Place" line, else the most specific place
     * of its title ("Battle of Tinzaouaten", "Hostilities in Donetska Oblast"), else null.
     */
    private static PlaceMention documentPlace(List<Sentence> sentences, List<List<PlaceMention>> mentions, List<PlaceMention> title) {
        for (int i = 0; i < sentences.size() && i < 60; i++) {
            java.util.regex.Matcher m = PLACE_LINE.matcher(sentences.get(i).text());
            if (m.matches()) {
                int at = m.group(1).isBlank() ? i + 1 : i;
                List<PlaceMention> here = at < mentions.size() ? mentions.get(at).stream().filter(Objects::nonNull).toList() : List.of();
                if (!here.isEmpty()) {
                    return here.get(0);
                }
            }
        }
        PlaceMention best = null;
        for (PlaceMention p : title) {
            if (p.kind() != PlaceMention.Kind.ANAPHOR && (best == null || p.specificity().ordinal() < best.specificity().ordinal())) {
                best = p;
            }
        }
        return best;
    }

    /**
     * Countries the document says it is about outside its sentences: a country named in its address's path
     * ("reliefweb.int/report/sudan/…"), with the weight of a few place mentions.
     */
    private Map<String, Double> countryHints(Article a) {
        Map<String, Double> out = new java.util.HashMap<>();
        if (a.url() == null) {
            return out;
        }
        String path = Rx.replaceFirst(a.url(), "^[a-z]+://[^/]+", "").toLowerCase(java.util.Locale.ROOT);
        for (String seg : path.split("[/?#&=]")) {
            if (seg.isBlank() || seg.length() > 60) {
                continue;
            }
            Gazetteer.Country c = places.gazetteer().countryByNormal(places.gazetteer().keys().normal(seg.replace('-', ' ')));
            if (c != null) {
                out.merge(c.code(), 4.0, Double::sum);
            }
        }
        return out;
    }

    /**
     * What a wire dateline says of the country a report is about: a country it names after the town ("RAIPUR, India,
     * April 4 (Reuters)") is named, with a country's weight ({@code hints}); a national capital ("SAN SALVADOR, Nov 13
     * (AP)") is one vote for its country ({@code votes}), no more: reporters file from other capitals too ("LONDON"
     * on the Falklands). Any other town says nothing.
     */
    private void datelineHints(List<Sentence> sentences, Map<String, Double> hints, Map<String, Double> votes) {
        for (int i = 0; i < Math.min(3, sentences.size()); i++) {
            String dateline = org.sitrep.core.clean.Dateline.wire(sentences.get(i).text());
            if (dateline == null || dateline.indexOf(',') < 0 || dateline.indexOf('(') < 0) {
                continue; // the town, the day and the agency: "SRINAGAR, India (AP)" gives no day to tell a country from
            }
            String[] parts = Rx.replaceFirst(dateline, "(?:[(—–]|\\s-).*$", "").split(","); // "PORT-AU-PRINCE" keeps its hyphens
            Gazetteer g = places.gazetteer();
            for (int k = 1; k < parts.length - 1; k++) { // the last part is the day
                Gazetteer.Country c = parts[k].isBlank() ? null : g.countryByNormal(g.keys().normal(parts[k].strip()));
                if (c != null) {
                    hints.merge(c.code(), 3.0, Double::sum);
                    return;
                }
            }
            g.byNormal(g.keys().normal(parts[0].strip())).stream().filter(e -> "PPLC".equals(e.featureCode()))
                    .map(org.sitrep.core.model.GeoEntry::country).distinct().forEach(c -> votes.merge(c, 1.0, Double::sum));
            return;
        }
    }

    private static final java.util.regex.Pattern SUMMARY_HEADING = java.util.regex.Pattern.compile(
            "(?i)^(?:key\\s+)?(?:highlights?|key\\s+points|key\\s+messages|summary|in\\s+brief|at\\s+a\\s+glance|main\\s+points)\\s*:?$");

    /**
     * The sentences that summarise the article: bullets followed by a body in prose, and everything under a
     * "Highlights" / "Key points" heading up to the next heading. What they state the body states again. An
     * article written wholly in bullets has no summary: its bullets are its body.
     */
    static java.util.Set<Integer> summarySentences(List<Sentence> sentences, String text) {
        java.util.Set<Integer> out = new java.util.HashSet<>();
        boolean inSummary = false;
        int lastBullet = -1;
        boolean proseAfterBullets = false;
        for (Sentence s : sentences) {
            String t = s.text().strip();
            boolean bullet = t.startsWith("•") || t.startsWith("- ") || t.startsWith("* ");
            if (bullet) {
                lastBullet = s.index();
            } else if (lastBullet >= 0 && opensLine(text, s) && !isHeading(t)) {
                proseAfterBullets = true;
            }
        }
        for (Sentence s : sentences) {
            String t = s.text().strip();
            if (SUMMARY_HEADING.matcher(t).matches()) {
                inSummary = true;
                continue;
            }
            boolean bullet = t.startsWith("•") || t.startsWith("- ") || t.startsWith("* ");
            if (isHeading(t) && !bullet) {
                inSummary = false;
            }
            if (inSummary || bullet && proseAfterBullets) {
                out.add(s.index());
            }
        }
        return out;
    }

    /** Whether a sentence begins a line of the text (a paragraph of its own, not the continuation of one). */
    private static boolean opensLine(String text, Sentence s) {
        int k = s.span().start() - 1;
        while (k >= 0 && (text.charAt(k) == ' ' || text.charAt(k) == '\t')) {
            k--;
        }
        return k < 0 || text.charAt(k) == '\n';
    }

    /** A headline or sub-heading: reads like a headline, or a short line without a final stop. */
    static boolean isHeading(String s) {
        int end = s.length();
        while (end > 0 && (s.charAt(end - 1) == ',' || Character.isWhitespace(s.charAt(end - 1)))) {
            end--; // an infobox item ends "…on September 8.,"
        }
        String t = s.substring(0, end).strip();
        if (t.isEmpty()) {
            return true;
        }
        char last = t.charAt(t.length() - 1);
        if (".!?\"”:".indexOf(last) >= 0) {
            return false; // neither a headline nor a short line without a final stop
        }
        return Cleaner.looksLikeHeadline(t) || "’;)".indexOf(last) < 0 && wordCount(t) <= 12;
    }

    private static int wordCount(String t) {
        int n = 0;
        boolean in = false;
        for (int i = 0; i < t.length(); i++) {
            boolean ws = Character.isWhitespace(t.charAt(i));
            if (!ws && !in) {
                n++;
            }
            in = !ws;
        }
        return n;
    }

    /** Words within which an event's place can be named: around each place candidate and each "it/them/there". */
    static final int PLACE_REACH = 40;

    /**
     * The pre-filter that keeps the tagger off most text: a sentence can hold an event when a trigger word stands
     * within {@link #PLACE_REACH} words of something that places it (a place mention, an anaphor, or a pronoun that
     * may refer to one), or when it has a trigger whose events need no place of their own (withdrawals,
     * offensives, tolls, deployments).
     */
    private boolean mayHoldEvent(Words w, boolean[] nearPlace) {
        for (int i = 0; i < w.size(); i++) {
            if (events.mayTriggerAt(w, i, !nearPlace[i])) {
                return true;
            }
        }
        return false;
    }

    /**
     * For each word, whether a place candidate or a place pronoun lies within reach of it. Pronouns count only
     * once the document has named a place ({@code placeSeen}): before that, "it" and "there" cannot refer to one.
     */
    private static boolean[] placeWords(Words w, List<PlaceCandidate> places, boolean placeSeen) {
        boolean[] near = new boolean[w.size()];
        List<Integer> anchors = new ArrayList<>();
        for (PlaceCandidate p : places) {
            anchors.add(w.indexAtOrAfter(p.span().start() - w.start(0) + w.localStart(0)));
        }
        for (int i = 0; placeSeen && i < w.size(); i++) {
            String f = w.folded(i);
            if (f.equals("it") || f.equals("them") || f.equals("there")) {
                anchors.add(i);
            }
        }
        for (int a : anchors) {
            for (int k = Math.max(0, a - PLACE_REACH); k < Math.min(w.size(), a + PLACE_REACH); k++) {
                near[k] = true;
            }
        }
        return near;
    }

    /**
     * "abandoned by its Tai troops", "their Hama fighters": capitalised words between a possessive determiner and a
     * description of fighters say which fighters, not where anything happened.
     */
    private void blockActorModifiers(Words w, List<ActorTagger.Raw> raw, boolean[] blocked) {
        for (ActorTagger.Raw r : raw) {
            if (r.entry().description() == null) {
                continue;
            }
            int k = r.firstWord() - 1;
            while (k >= 0 && w.capitalized(k) && w.joinableAfter(k) && r.firstWord() - k <= 3) {
                k--;
            }
            if (k >= 0 && k < r.firstWord() - 1 && possessives.contains(w.folded(k)) && w.joinableAfter(k)) {
                for (int j = k + 1; j < r.firstWord(); j++) {
                    blocked[j] = true;
                }
            }
        }
    }

    /**
     * The words of a war's name in running text ("a battle of the Uganda–Tanzania War", "since the 2006 Lebanon War"):
     * capitalised words (or a year) joined by spaces or dashes before a capitalised head of the pack's
     * {@code conflict-name-heads}, after a lower-case word: a name, no place. A title in capitals throughout ("Rebels Seize
     * Goma As War Spreads") has no lower-case word before it and is left alone.
     */
    private void blockConflictNames(Words w, boolean[] blocked) {
        for (int i = 1; i < w.size(); i++) {
            if (!w.capitalized(i) && i >= 3 && conflictPairHeads.contains(w.folded(i)) && w.capitalized(i - 1) && w.capitalized(i - 2)
                    && pairDash(w.gapAfter(i - 2)) && Words.joinable(w.gapAfter(i - 1))) {
                blocked[i - 1] = true; // "during the Indonesia–Malaysia confrontation", "the Iran-Iraq war": a war's name
                blocked[i - 2] = true;
                continue;
            }
            if (!w.capitalized(i) || !conflictHeads.contains(w.folded(i))) {
                continue;
            }
            int k = i - 1;
            while (k >= 0 && i - k <= 4 && (w.capitalized(k) || Character.isDigit(w.word(k).charAt(0)))
                    && nameGap(w.gapAfter(k))) {
                k--;
            }
            if (k >= 0 && k < i - 1 && !w.capitalized(k) && nameGap(w.gapAfter(k))) {
                for (int j = k + 1; j < i; j++) {
                    blocked[j] = true;
                }
            } else if (k == i - 1 && w.folded(k).equals("the") && !w.capitalized(k)) {
                blocked[i] = true; // "killed in the Rising", "since the Revolution": the war named by its head alone
            }
        }
    }

    /** "On Easter Monday", "the Tet offensive", "on Christmas Eve": a feast's name before a day or a word of time is no place. */
    private void blockHolidays(Words w, boolean[] blocked) {
        for (int i = 0; i + 1 < w.size(); i++) {
            if (w.capitalized(i) && holidays.contains(w.folded(i)) && Words.joinable(w.gapAfter(i))
                    && holidayAfter.contains(w.folded(i + 1))) {
                blocked[i] = true;
            }
        }
    }

    /** The dash of a pair of names ("Iran–Iraq", "Indonesia-Malaysia"). */
    private static boolean pairDash(String gap) {
        return gap.equals("\u2013") || gap.equals("\u2014") || gap.equals("-");
    }

    /**
     * "President Luis Arce … confronted Arce in a hallway": a surname a title named once is a person's wherever the text
     * names it again, no place; the surnames of this sentence's titled names join {@code persons} for the sentences after it.
     */
    private void blockPersons(Words w, boolean[] blocked, java.util.Set<String> persons) {
        for (int i = 0; i < w.size(); i++) {
            if (w.capitalized(i) && persons.contains(w.folded(i)) && (i == 0 || !w.capitalized(i - 1) || !Words.joinable(w.gapAfter(i - 1)))
                    && (i + 1 >= w.size() || !w.capitalized(i + 1) || !Words.joinable(w.gapAfter(i)))) {
                blocked[i] = true;
            }
        }
        for (int i = 0; i + 1 < w.size(); i++) {
            if (!titleWords.contains(w.folded(i)) || !Words.joinable(w.gapAfter(i))) {
                continue;
            }
            int k = i + 1;
            while (k < w.size() && k - i <= 4 && w.capitalized(k) && !titleWords.contains(w.folded(k)) && (k == i + 1 || Words.joinable(w.gapAfter(k - 1)))) {
                k++;
            }
            if (k - i >= 3) { // a given name and a surname at least: "President Luis Arce", "General Juan Jose Zuniga"
                persons.add(w.folded(k - 1));
            }
        }
    }

    /** A gap inside a name: spaces, hyphens or a dash ("Iran–Iraq"). */
    private static boolean nameGap(String gap) {
        return Words.joinable(gap) || gap.equals("\u2013") || gap.equals("\u2014");
    }

    /** Words that cannot be place names: those of actor names and multi-word descriptions, and the outlet's name. */
    public static boolean[] blockedWords(Words w, List<ActorTagger.Raw> raw, String outlet) {
        boolean[] blocked = new boolean[w.size()];
        for (ActorTagger.Raw r : raw) {
            if (r.entry().actor() != null && r.entry().actor().kind().equals(ActorTagger.ACRONYM)) {
                continue; // an unknown acronym may be a place ("eastern DRC", "the UAE"); only resolution makes it an actor
            }
            if (r.entry().actor() != null || r.lastWord() > r.firstWord()) {
                for (int k = r.firstWord(); k <= r.lastWord(); k++) {
                    blocked[k] = true;
                }
            }
        }
        if (outlet != null) {
            Words o = new Words(outlet, 0);
            for (int i = 0; i + o.size() <= w.size(); i++) {
                boolean match = o.size() > 0;
                for (int k = 0; k < o.size() && match; k++) {
                    match = w.folded(i + k).equals(o.folded(k));
                }
                if (match) {
                    for (int k = 0; k < o.size(); k++) {
                        blocked[i + k] = true;
                    }
                }
            }
        }
        return blocked;
    }

    private static Statement statementOf(Article a, Sentence s) {
        for (Statement st : a.statements()) {
            if (st.span().contains(s.span())) {
                return st;
            }
        }
        return null;
    }

    /**
     * The actor a document's generic descriptions of a role ("challenger", "incumbent") resolve to, as a mention
     * without a span: the first actor of that role the document names, else the conflict's default.
     */
    private ActorMention defaultActor(List<List<ActorMention>> mentions, String role, String country, java.util.Set<String> about) {
        for (List<ActorMention> s : mentions) {
            for (ActorMention m : s) {
                ActorLexicon.Actor actor = m.actorId() == null ? null : actors.lexicon().actor(m.actorId());
                if (actor != null && actor.role().equals(role) && !actors.lexicon().foreignForces(actor, about)) {
                    return new ActorMention(null, m.text(), actor.id(), actors.lexicon().side(actor, country), m.description());
                }
            }
        }
        ActorLexicon.Conflict c = country == null ? null : actors.lexicon().conflict(country);
        String id = c == null ? null : role.equals("challenger") ? c.challenger() : c.incumbent();
        ActorLexicon.Actor actor = id == null ? null : actors.lexicon().actor(id);
        return actor == null ? null : new ActorMention(null, actor.id(), actor.id(), actors.lexicon().side(actor, country), false);
    }
}
