package org.sitrep.core;

import org.sitrep.core.text.Rx;
import org.sitrep.core.actor.ActorLexicon;
import org.sitrep.core.actor.ActorResolver;
import org.sitrep.core.actor.ActorTagger;
import org.sitrep.core.clean.Cleaner;
import org.sitrep.core.extract.ClaimExtractor;
import org.sitrep.core.extract.Cues;
import org.sitrep.core.extract.DocumentContext;
import org.sitrep.core.extract.Narrative;
import org.sitrep.core.extract.EventExtractor;
import org.sitrep.core.extract.MentionReconciler;
import org.sitrep.core.extract.QuantityTagger;
import org.sitrep.core.extract.SentenceFacts;
import org.sitrep.core.geo.Gazetteer;
import org.sitrep.core.geo.Geocoder;
import org.sitrep.core.geo.PlaceCandidate;
import org.sitrep.core.geo.PlaceTagger;
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
import org.sitrep.core.time.TimeTagger;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The extraction pipeline for one article: sentences → place, actor and time mentions (cheap dictionary scans on
 * every sentence) → document-level geocoding and actor resolution → POS tagging and the event grammar on the
 * sentences that can hold an event → claims → reconciliation of restated mentions. Stages are built once; the
 * pipeline is thread-safe and {@link #process} never throws on any article text. A time limit per article bounds
 * the work: when it runs out the article keeps what was found so far, with a diagnostic.
 */
public final class Pipeline {
    /** Share of the place evidence the focus country needs before its conflict's default actors are used. */
    static final double MIN_FOCUS_FOR_DEFAULTS = 0.6;

    /** Default time limit per article. */
    public static final Duration DEFAULT_TIME_LIMIT = Duration.ofSeconds(10);

    private final Annotator annotator = new Annotator();
    private final ActorLexicon actors = ActorLexicon.defaults();
    private final ActorTagger actorTagger = new ActorTagger(actors);
    private final ActorResolver actorResolver = new ActorResolver(actors);
    private final PlaceTagger placeTagger;
    private final Gazetteer gazetteer;
    private final Geocoder geocoder;
    private final TimeTagger timeTagger = new TimeTagger();
    private final EventExtractor events = new EventExtractor(actors);
    private final ClaimExtractor claims = new ClaimExtractor();
    private final MentionReconciler reconciler = new MentionReconciler();
    private final QuantityTagger quantityTagger = new QuantityTagger();
    private final Cues cues = Cues.defaults();
    private final Duration timeLimit;

    public Pipeline(Gazetteer gazetteer, Duration timeLimit) {
        this.gazetteer = gazetteer;
        this.placeTagger = new PlaceTagger(gazetteer);
        this.geocoder = new Geocoder(gazetteer);
        this.timeLimit = timeLimit;
    }

    public Pipeline(Gazetteer gazetteer) {
        this(gazetteer, DEFAULT_TIME_LIMIT);
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
     * Shares of the time left that scanning, then scanning and geocoding may take, so that the places found can
     * still be resolved and their sentences read.
     */
    private static final double SCAN_SHARE = 0.4;
    private static final double GEOCODE_SHARE = 0.7;
    /** The share after which no more sentences are read, leaving the rest for reconciliation, claims and output. */
    private static final double EXTRACT_SHARE = 0.9;

    /**
     * Runs every stage on the article within {@code dl} (which may have started before, while the article was
     * cleaned and dated): scanning stops at {@link #SCAN_SHARE} of the time left, geocoding at
     * {@link #GEOCODE_SHARE}, extraction at the deadline; what was found before is kept, with a diagnostic naming the
     * stage.
     */
    public Extraction process(Article a, boolean trace, Deadline dl) {
        long now = System.nanoTime();
        long left = dl.expired() ? 0 : dl.at() - now;
        Deadline scanning = dl == Deadline.NONE ? dl : new Deadline(now + (long) (left * SCAN_SHARE), dl.seconds());
        Deadline geocoding = dl == Deadline.NONE ? dl : new Deadline(now + (long) (left * GEOCODE_SHARE), dl.seconds());
        Deadline extracting = dl == Deadline.NONE ? dl : new Deadline(now + (long) (left * EXTRACT_SHARE), dl.seconds());
        List<Diagnostic> diags = new ArrayList<>(a.diagnostics());
        String text = a.cleaned();
        List<Sentence> sentences = annotator.sentences(text);
        int n = sentences.size();
        List<List<ActorTagger.Raw>> rawActors = new ArrayList<>(n);
        List<List<PlaceCandidate>> candidates = new ArrayList<>(n);
        boolean[] mayHoldEvent = new boolean[n];
        Words[] words = new Words[n];
        boolean cut = false;
        boolean placeSeen = false;
        for (Sentence s : sentences) {
            if (!cut && scanning.expired()) {
                cut = true;
                diags.add(Diagnostic.warning(a.source(), 0, "time limit of " + timeLimit.toSeconds() + " s reached while scanning "
                        + "sentence " + s.index() + " of " + n + "; the rest of the article was not analysed"));
            }
            if (cut) {
                rawActors.add(List.of());
                candidates.add(List.of());
                continue;
            }
            try {
                Words w = new Words(s.text(), s.span().start());
                words[s.index()] = w;
                List<ActorTagger.Raw> raw = actorTagger.tag(w);
                boolean[] blocked = blockedWords(w, raw, a.outlet());
                boolean headline = isHeading(s.text()) || s.text().equals(a.title());
                List<PlaceCandidate> places = headline ? List.of() : placeTagger.tag(w, blocked, s.index() * 1000);
                boolean[] near = placeWords(w, places, placeSeen || !places.isEmpty());
                if (places.isEmpty() && placeSeen) {
                    java.util.Arrays.fill(near, true); // no place named here: the sentence may go on about the one before
                }
                boolean may = !headline && mayHoldEvent(w, near) && s.text().length() <= Annotator.MAX_SENTENCE_CHARS;
                rawActors.add(raw);
                candidates.add(places);
                placeSeen |= !places.isEmpty();
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
        if (a.title() != null && !a.title().isBlank() && a.title().length() <= Annotator.MAX_SENTENCE_CHARS) {
            Words tw = new Words(a.title(), 0);
            titlePlaces = placeTagger.tag(tw, blockedWords(tw, actorTagger.tag(tw), a.outlet()), n * 1000);
        }
        candidates.add(titlePlaces);
        Geocoder.Result geo = geocoder.resolve(candidates, countryHints(a), geocoding);
        if (geo.cutAt() >= 0 && !cut) {
            cut = true;
            diags.add(Diagnostic.warning(a.source(), 0, "time limit of " + timeLimit.toSeconds() + " s reached while resolving "
                    + "the places of sentence " + geo.cutAt() + " of " + n + "; the rest of the article was not analysed"));
        }
        List<PlaceMention> titleMentions = geo.mentions().remove(n).stream().filter(Objects::nonNull).toList();
        candidates.remove(n);
        List<List<ActorMention>> actorMentions = actorResolver.resolve(rawActors,
                geo.focus().strength() >= MIN_FOCUS_FOR_DEFAULTS ? geo.focus().country() : null);
        // a conflict's default actors only for a document clearly about one country
        String country = geo.focus().strength() >= MIN_FOCUS_FOR_DEFAULTS ? geo.focus().country() : null;
        int year = a.published().isKnown() ? a.published().lastDay().getYear() : 0;
        TimeInterval frame = documentFrame(a, sentences, year);
        Narrative st = Narrative.start(new DocumentContext(a.published(), defaultActor(actorMentions, "challenger", country),
                defaultActor(actorMentions, "incumbent", country), countryPlace(geo.focus()),
                documentPlace(sentences, geo.mentions(), titleMentions), frame));
        List<EventMention> found = new ArrayList<>();
        List<Claim> foundClaims = new ArrayList<>();
        List<PlaceMention> unresolved = new ArrayList<>();
        List<QuantityMention> quantities = new ArrayList<>();
        List<SentenceTrace> traces = new ArrayList<>();
        for (Sentence s : sentences) {
            if (extracting.expired()) {
                if (!cut) {
                    diags.add(Diagnostic.warning(a.source(), 0, "time limit of " + timeLimit.toSeconds() + " s reached at sentence "
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
                TimeContext ctx = new TimeContext(a.published(), year, st.operationStart(), st.carried(i), frame);
                Words w = words[i] != null ? words[i] : new Words(s.text(), s.span().start());
                List<TimeExpr> times = timeTagger.tag(s.text(), s.span().start(), ctx, w);
                quantities.addAll(quantityTagger.tag(s.text(), s.span().start(), w));
                List<PlaceMention> places = geo.mentions().get(i).stream().filter(Objects::nonNull).toList();
                places.stream().filter(p -> !p.place().resolved() && p.kind() != PlaceMention.Kind.ANAPHOR).forEach(unresolved::add);
                Sentence analysed = mayHoldEvent[i] ? annotator.analyze(s) : s;
                SentenceFacts f = new SentenceFacts(analysed, places, actorMentions.get(i), times, statementOf(a, s),
                        i + 1 < n ? sentences.get(i + 1).text() : null);
                EventExtractor.Found read = mayHoldEvent[i] ? events.extract(a.doc(), f, st) : new EventExtractor.Found(List.of(), st);
                List<EventMention> ev = read.events();
                if (trace) {
                    List<String> trig = new ArrayList<>();
                    if (analysed.analysed()) {
                        for (var m : events.triggers().find(analysed.tokens())) {
                            trig.add(m.entry().type().label() + ":" + s.text().substring(
                                    analysed.tokens().get(m.start()).span().start() - s.span().start(),
                                    analysed.tokens().get(m.end() - 1).span().end() - s.span().start()));
                        }
                    }
                    traces.add(new SentenceTrace(i, s.span(), s.text(), mayHoldEvent[i], places, actorMentions.get(i), trig));
                }
                found.addAll(ev);
                if (claims.mayHoldClaim(s.text())) {
                    foundClaims.addAll(claims.extract(a.doc(), f, read.narrative()));
                }
                st = read.narrative().after(f, ev);
            } catch (RuntimeException | StackOverflowError e) {
                diags.add(failed(a, s, "extraction", e)); // the sentence's events are lost, not the article's
            }
        }
        List<ActorUse> uses = new ArrayList<>();
        for (Sentence s : sentences) {
            for (ActorMention m : actorMentions.get(s.index())) {
                if (m.span() != null) {
                    uses.add(new ActorUse(s.index(), s.span(), m));
                }
            }
        }
        List<String> about = new ArrayList<>();
        if (geo.focus().country() != null) {
            about.add(geo.focus().country());
            geo.focus().countries().stream().filter(c -> !c.equals(geo.focus().country())).sorted().forEach(about::add);
        }
        List<EventMention> events = reconciler.reconcile(found, summarySentences(sentences, text));
        foundClaims.addAll(ClaimExtractor.tolls(events)); // a toll is a figure another source may state otherwise
        foundClaims.addAll(ClaimExtractor.controlExtents(events)); // so is how much of a place an actor holds
        return new Extraction(a, events, foundClaims, quantities, unresolved, diags, uses, traces, about);
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
            String lower = sentences.get(i).text().toLowerCase(java.util.Locale.ROOT);
            if ((lower.contains("period") || lower.contains("week") || lower.contains("as of"))
                    && PERIOD.matcher(sentences.get(i).text()).find()) {
                TimeInterval t = datesIn(sentences.get(i).text(), plain, false);
                if (t != null) {
                    return t;
                }
            }
        }
        return a.title() == null ? null : datesIn(a.title(), plain, false);
    }

    /**
     * The span of the dates a text names: with {@code any}, from the first day of the earliest to the last of the
     * latest of any of them; else only a range of days ("from 3 to 9 May"). Null when there is none.
     */
    private TimeInterval datesIn(String text, TimeContext ctx, boolean any) {
        String t = Rx.replaceFirst(text, "^(Date)(?=\\d)", "$1 ");
        java.time.LocalDate first = null;
        java.time.LocalDate last = null;
        for (TimeExpr e : timeTagger.tag(t, 0, ctx)) {
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
                : gazetteer.country(focus.country());
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
            Gazetteer.Country c = gazetteer.countryByNormal(gazetteer.keys().normal(seg.replace('-', ' ')));
            if (c != null) {
                out.merge(c.code(), 4.0, Double::sum);
            }
        }
        return out;
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
            if (events.triggers().mayTriggerAt(w, i, !nearPlace[i])) {
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

    /** Words that cannot be place names: those of actor names and multi-word descriptions, and the outlet's name. */
    public static boolean[] blockedWords(Words w, List<ActorTagger.Raw> raw, String outlet) {
        boolean[] blocked = new boolean[w.size()];
        for (ActorTagger.Raw r : raw) {
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
    private ActorMention defaultActor(List<List<ActorMention>> mentions, String role, String country) {
        for (List<ActorMention> s : mentions) {
            for (ActorMention m : s) {
                ActorLexicon.Actor actor = m.actorId() == null ? null : actors.actor(m.actorId());
                if (actor != null && actor.role().equals(role)) {
                    return new ActorMention(null, m.text(), actor.id(), actors.side(actor, country), m.description());
                }
            }
        }
        ActorLexicon.Conflict c = country == null ? null : actors.conflict(country);
        String id = c == null ? null : role.equals("challenger") ? c.challenger() : c.incumbent();
        ActorLexicon.Actor actor = id == null ? null : actors.actor(id);
        return actor == null ? null : new ActorMention(null, actor.id(), actor.id(), actors.side(actor, country), false);
    }
}
