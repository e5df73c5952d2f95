package org.sitrep.core.extract;

import org.sitrep.core.text.Rx;
import org.sitrep.core.actor.ActorLexicon;
import org.sitrep.core.model.ActorMention;
import org.sitrep.core.model.ActorRef;
import org.sitrep.core.model.Casualties;
import org.sitrep.core.model.EventMention;
import org.sitrep.core.model.EventType;
import org.sitrep.core.model.GeoPrecision;
import org.sitrep.core.model.PlaceMention;
import org.sitrep.core.model.Realis;
import org.sitrep.core.model.TimeMention;
import org.sitrep.core.nlp.Token;

import java.util.ArrayList;
import java.util.List;

/**
 * The rule-based event extractor: for each trigger in an analysed sentence, finds its places (one event per
 * coordinated place), actor, target, realis, claimant, time and casualties. Triggers in hypothetical or
 * non-assertive clauses ("its capture would be", "did not comment on … entering") give no event. Reads the
 * {@link Narrative} so far and returns the one its triggers leave behind (the group of places and the actor they
 * name). Stateless and thread-safe.
 */
public final class EventExtractor implements EventFinder {
    private final TriggerLexicon triggers;
    private final Cues cues;
    private final ActorLexicon lexicon;
    private final Arguments args;
    private final RealisFinder realis;
    private final TimeAssigner times;
    private final CasualtyParser casualties = new CasualtyParser();
    /** Prepositions after an event noun that place or aim it. */
    private final java.util.Set<String> locatives;
    /** Words that, after "in its"/"in their", rank the event a clause told (the pack's {@code ranking-words}). */
    private final java.util.Set<String> rankingWords;
    /** Verbs that tell a strike only after aircraft, missiles or artillery (the pack's {@code munition-verbs}: "hit"). */
    private final java.util.Set<String> munitionVerbs;
    /** What a statement comes in (the pack's {@code statement-nouns}: "in a statement", "in a video"). */
    private final java.util.Set<String> statementNouns;
    /** People a capture verb may take (the pack's {@code taken-people}): "captured a general" takes no place. */
    private final java.util.Set<String> takenPeople;
    /** People who watch a war from a place (the pack's {@code observer-nouns}): "analysts in Bangkok" place nothing. */
    private final java.util.Set<String> observerNouns;
    /** Trigger verbs that tell an event only of an armed actor (the pack's {@code armed-only-verbs}: "fled"). */
    private final java.util.Set<String> armedOnlyVerbs;
    /** Nouns of number that take "of" (the pack's {@code quantity-nouns}: "a number of", "scores of"). */
    private final java.util.Set<String> quantityNouns;
    /** Verbs of taking that, with a country as their object, launch a campaign (the pack's {@code country-offensive-verbs}). */
    private final java.util.Set<String> countryOffensiveVerbs;
    /** Participles of triggers that, before a noun, only describe it ("surrounding villages"). */
    private final java.util.Set<String> attributiveParticiples;
    /** Verbs of speech whose "in X" is where they were spoken (the pack's {@code speech-venue-verbs}). */
    private final java.util.Set<String> speechVenueVerbs;
    /** People who tell what happened where they are (the pack's {@code local-witnesses}: "residents of X said"). */
    private final java.util.Set<String> localWitnessWords;
    /** Trigger verbs that tell an event only with a place right after them (the pack's {@code place-right-after-verbs}). */
    private final java.util.Set<String> placeRightAfterVerbs;
    /** Verbs that carry a noun of a deed (the pack's {@code support-verbs}: "carry out", "launch"). */
    private final java.util.Set<String> supportVerbs;
    /** The verbs of a toll (the pack's {@code toll-verbs}: "killed", "wounded"). */
    private final java.util.Set<String> tollVerbs;
    /** What a control of is no place's (the pack's {@code held-nothing}: "in full control of the situation"). */
    private final java.util.Set<String> heldNothing;
    /** The words before a place that name it where a force set out from ("from bases in"). */
    private final java.util.regex.Pattern originBefore;
    /** Whom words are spoken to before "in" (the pack's {@code speech-audiences}: "speaking to reporters in Tashkent"). */
    private final java.util.Set<String> speechAudiences;
    /** Verbs that make their object do the verb after "to" (the pack's {@code causative-verbs}): "forced troops to abandon". */
    private final java.util.Set<String> causativeVerbs;
    /** Nouns of what was heard or seen of an attack (the pack's {@code blast-nouns}): "explosions were heard in Sanaa". */
    private final java.util.Set<String> blastNouns;
    /** Verbs that send forces somewhere (the pack's {@code sending-verbs}): "sent from Phu Bai to reinforce X" went there. */
    private final java.util.Set<String> sendingVerbs;
    /** Verbs (lemmas) with which a speaker rejects a statement ("a claim Moscow denied"). */
    private final java.util.Set<String> rejectionVerbs;
    /** What a speaker may reject ("a claim", "a charge"), right before the speaker's name. */
    private final java.util.Set<String> rejectedNouns;
    private final java.util.Set<String> accusationVerbs;
    private final java.util.Set<String> declarationVerbs;
    private final java.util.Set<String> warSpanUnits;
    /** Words before a year that, after a war's verb in the perfect, tell since when it is fought. */
    private final java.util.Set<String> warStartPrepositions;
    private final java.util.Set<String> durationPrepositions;
    private final java.util.Set<String> locatingVerbs;
    private final java.util.Set<String> relativePlaceWords;
    private final java.util.Set<String> timeConjunctions;
    private final java.util.function.IntPredicate nationalCapital;
    /** What is seized that is no place (the pack's {@code seized-goods}: "seized weapons"). */
    private final java.util.Set<String> seizedGoods;
    /** Words allowed between "take" and the place it takes (the pack's {@code taken-object}): "took the strategic town of". */
    private final java.util.regex.Pattern takenObject;
    /** Times that own a noun of violence told before ("the day's fighting"; the pack's {@code time-owners} and weekdays). */
    private final java.util.Set<String> timeOwners;

    /** An extractor with the English pack's triggers and cues. */
    public EventExtractor(ActorLexicon lexicon) {
        this(org.sitrep.core.lang.LanguagePack.english(), lexicon);
    }

    /** An extractor with a language pack's triggers, cues and datelines. */
    public EventExtractor(org.sitrep.core.lang.LanguagePack pack, ActorLexicon lexicon) {
        this(pack, lexicon, id -> false);
    }

    /**
     * As {@link #EventExtractor(org.sitrep.core.lang.LanguagePack, ActorLexicon)}; {@code nationalCapital} tells which
     * gazetteer entries (by geonameid) are national capitals, whose names speak for their states ("Khartoum said").
     */
    public EventExtractor(org.sitrep.core.lang.LanguagePack pack, ActorLexicon lexicon, java.util.function.IntPredicate nationalCapital) {
        this(pack, lexicon, nationalCapital, code -> null);
    }

    /**
     * As {@link #EventExtractor(org.sitrep.core.lang.LanguagePack, ActorLexicon, java.util.function.IntPredicate)};
     * {@code capitalOf} gives a country's capital by its code, for "the capital" of the country a document is about.
     */
    public EventExtractor(org.sitrep.core.lang.LanguagePack pack, ActorLexicon lexicon, java.util.function.IntPredicate nationalCapital,
                          java.util.function.Function<String, org.sitrep.core.model.ResolvedPlace> capitalOf) {
        this.nationalCapital = nationalCapital;
        this.triggers = TriggerLexicon.of(pack);
        this.cues = Cues.of(pack);
        this.lexicon = lexicon;
        this.args = new Arguments(lexicon, pack, capitalOf);
        this.locatives = pack.wordSet("locatives");
        this.rankingWords = pack.wordSet("ranking-words");
        this.munitionVerbs = pack.wordSet("munition-verbs");
        this.statementNouns = pack.wordSet("statement-nouns");
        this.takenPeople = pack.wordSet("taken-people");
        this.quantityNouns = pack.wordSet("quantity-nouns");
        this.causativeVerbs = pack.wordSet("causative-verbs");
        this.blastNouns = pack.wordSet("blast-nouns");
        this.sendingVerbs = pack.wordSet("sending-verbs");
        this.rejectionVerbs = pack.wordSet("rejection-verbs");
        this.rejectedNouns = pack.wordSet("rejected-nouns");
        this.accusationVerbs = pack.wordSet("accusation-verbs");
        this.declarationVerbs = pack.wordSet("declaration-verbs");
        this.warSpanUnits = pack.wordSet("war-span-units");
        this.durationPrepositions = pack.wordSet("duration-prepositions");
        this.warStartPrepositions = pack.wordSet("war-start-prepositions");
        this.locatingVerbs = pack.wordSet("locating-verbs");
        this.relativePlaceWords = pack.wordSet("relative-place-words");
        this.observerNouns = pack.wordSet("observer-nouns");
        this.speechVenueVerbs = pack.wordSet("speech-venue-verbs");
        this.localWitnessWords = pack.wordSet("local-witnesses");
        this.placeRightAfterVerbs = pack.wordSet("place-right-after-verbs");
        this.supportVerbs = pack.wordSet("support-verbs");
        this.tollVerbs = pack.wordSet("toll-verbs");
        this.heldNothing = pack.wordSet("held-nothing");
        // "from X", "from the X", "from bases in X", "from rebel positions inside the X" (the pack's origin-sites and
        // origin-site-modifiers)
        this.originBefore = java.util.regex.Pattern.compile(".*\\bfrom(?:\\s+the)?(?:\\s+(?:" + String.join("|", pack.words("origin-site-modifiers"))
                + ")?\\s*(?:" + String.join("|", pack.words("origin-sites")) + ")\\s+(?:in|inside|across)(?:\\s+the)?)?\\s*$");
        this.speechAudiences = pack.wordSet("speech-audiences");
        this.countryOffensiveVerbs = pack.wordSet("country-offensive-verbs");
        this.attributiveParticiples = pack.wordSet("attributive-participles");
        this.armedOnlyVerbs = pack.wordSet("armed-only-verbs");
        this.timeConjunctions = pack.wordSet("time-conjunctions");
        this.seizedGoods = pack.wordSet("seized-goods");
        this.takenObject = java.util.regex.Pattern.compile("(?i)\\s*(?:(?:" + pack.wordSet("taken-object").stream().sorted()
                .map(java.util.regex.Pattern::quote).collect(java.util.stream.Collectors.joining("|")) + ")\\s+)*");
        this.timeOwners = pack.wordSet("time-owners", "weekdays");
        this.realis = new RealisFinder(cues, triggers::verbTrigger);
        this.times = new TimeAssigner(org.sitrep.core.clean.Dateline.of(pack), pack);
    }

    @Override
    public boolean mayTriggerAt(org.sitrep.core.text.Words words, int i, boolean placeless) {
        return triggers.mayTriggerAt(words, i, placeless);
    }

    @Override
    public List<TriggerLexicon.Match> triggers(List<Token> tokens) {
        return triggers.find(tokens);
    }

    @Override
    public Found find(String doc, SentenceFacts f, Narrative st) {
        List<Token> t = f.tokens();
        if (cues.opens("report-scope", f.sentence().text().strip()) || cues.opens("conditional", f.sentence().text().strip())) {
            return new Found(List.of(), st); // "This update covers the situation following the violence of 29 February": the report, not the war
        }
        List<TriggerLexicon.Match> found = triggers.find(t);
        if (found.isEmpty()) {
            return new Found(controlledAdjectives(doc, f, st), st); // "the rebel-held town": a control state with no trigger word
        }
        List<Attribution> attributions = capitalsSpeak(f, Attribution.findAll(f, cues, lexicon, st.lastSpeaker()));
        for (Attribution a : attributions) {
            if (!a.unnamed() && a.claimant() != null && !a.verbClass().equals("according")) {
                st = st.withSpeaker(a); // who "he said" in a later sentence is
                break;
            }
        }
        // a statement someone made, or passed on with no one named: what it tells is dated by it when nothing else does
        boolean reported = !attributions.isEmpty() || Attribution.passiveReport(f, cues);
        List<EventMention> out = new ArrayList<>();
        boolean tollAttached = false;
        boolean[] admitted = new boolean[found.size()];
        boolean absorber = false;
        boolean takesToll = false;
        // a toll counted over time ("have killed hundreds since 1998") is told of its own, beside the clashes it names
        boolean cumulative = cues.any("cumulative-toll", t, 0, t.size());
        for (int k = 0; k < found.size(); k++) {
            admitted[k] = admissible(f, found.get(k), found, st);
            EventType type = found.get(k).entry().type();
            absorber |= admitted[k] && absorbsToll(type, cumulative);
            takesToll |= admitted[k] && (type == EventType.CASUALTIES || absorbsCasualties(type));
        }
        // the sentence's toll, read only when an admitted trigger can carry it
        Casualties toll = takesToll ? casualties.parse(f, f.next()) : null;
        // the sentence's places that can be any trigger's: not its dateline's, not its speakers' (once a sentence)
        SentenceFacts own = withoutSpeechVenues(withoutObserverPlaces(withoutLocatingClauses(withoutAppositiveOwners(withoutRejecters(
                withoutClaimantPlaces(withoutDatelinePlaces(f), attributions, found))))));
        int tollAt = -1;
        for (int k = 0; k < found.size(); k++) {
            TriggerLexicon.Match trig = found.get(k);
            EventType type = trig.entry().type();
            if (!admitted[k]) {
                continue;
            }
            Attribution attribution = Attribution.governing(attributions, trig.start());
            SentenceFacts ff = withoutLinkedPlaces(withoutSpeechPlaces(own, attribution));
            if (type == EventType.DEPLOYMENT || type == EventType.ADVANCE || type == EventType.ENTER || type == EventType.AIRSTRIKE
                    || type == EventType.ATTACK || type == EventType.SHELLING) {
                // "reinforcements were sent from Port-au-Prince and Hinche", "the column, advancing from Sholapur", "planes
                // from the San Isidro base strafed rebel positions": where they came from
                ff = withoutOrigins(ff, trig);
            }
            boolean passive = isPassive(t, trig.start());
            boolean backedBy = trig.start() > 2 && Rx.matches(t.get(trig.start() - 2).lower(), "by|with"); // "troops backed by tanks stormed"
            if ((type == EventType.ATTACK || type == EventType.SHELLING) && !passive && !backedBy
                    && trig.entry().frame() == TriggerLexicon.Frame.AGENT && trig.start() > 0 && cues.at("air-words", t, trig.start() - 1)) {
                // "helicopter gunships attacked hideouts", "air force helicopters fired rockets into …": from the air,
                // whoever flew them
                type = EventType.AIRSTRIKE;
            } else if (type == EventType.ATTACK && !passive && !backedBy && trig.entry().frame() == TriggerLexicon.Frame.AGENT
                    && trig.start() > 0 && cues.at("ground-words", t, trig.start() - 1)) {
                type = EventType.SHELLING; // "Viet Minh artillery opened fire on strongpoint Beatrice": fire from guns
            } else if (type == EventType.ATTACK && trig.entry().frame() == TriggerLexicon.Frame.NOMINAL
                    && t.get(trig.start()).pos().equals("NOUN") && blastNouns.contains(t.get(trig.start()).lemma())
                    && st.seenFamilies().contains(EventType.AIRSTRIKE) != st.seenFamilies().contains(EventType.SHELLING)) {
                // "U.S. and British jets struck …. Explosions were heard in Sanaa": the strikes the text is telling of
                type = st.seenFamilies().contains(EventType.AIRSTRIKE) ? EventType.AIRSTRIKE : EventType.SHELLING;
            }
            if (type == EventType.ATTACK && trig.end() - trig.start() > trig.entry().lemmas().length
                    && java.util.Arrays.asList(trig.entry().lemmas()).contains("fire")) {
                // "came under artillery fire", "came under air fire": the fire's kind, named inside the phrase
                if (cues.any("ground-words", t, trig.start(), trig.end())) {
                    type = EventType.SHELLING;
                } else if (cues.any("air-words", t, trig.start(), trig.end())) {
                    type = EventType.AIRSTRIKE;
                }
            }
            TriggerLexicon.Frame frame = trig.entry().frame();
            if (passive && frame == TriggerLexicon.Frame.AGENT) {
                // "Goma was reinforced", "the town was seized": the place is the subject; but "troops were sent to X":
                // what was sent moved; so did forces withdrawn ("Salvadoran troops were withdrawn from Honduras")
                frame = type == EventType.DEPLOYMENT && java.util.Arrays.asList(trig.entry().lemmas()).contains(TriggerLexicon.GAP)
                        || type == EventType.WITHDRAW ? TriggerLexicon.Frame.MOVER : TriggerLexicon.Frame.PATIENT;
            }
            int next = k + 1;
            while (next < found.size() && !admitted[next] && (trig.entry().needs().contains(t.get(found.get(next).start()).lemma())
                    || type == EventType.CASUALTIES)) {
                next++; // "rockets fell on X": the word the trigger needs is its verb, no trigger of its own
            }
            while (next < found.size() && !admitted[next] && insidePlace(f, t, found.get(next).start())) {
                next++; // "seized the control tower and the airport terminal": a word of a place's name ends no clause
            }
            int scopeEnd = next < found.size() ? found.get(next).start() : t.size();
            scopeEnd = temporalClauseAt(t, trig.end(), scopeEnd); // "…, hours after peace talks in Tokyo collapsed"
            scopeEnd = coordinatedPredicateAt(t, trig.end(), scopeEnd); // "…, and were reported to be approaching the Mosul Dam"
            scopeEnd = independentClauseAt(t, trig.end(), scopeEnd); // "…, and the insurgency has spread across the North Caucasus"
            List<PlaceMention> places = args.places(ff, trig, frame, scopeEnd, st);
            if (passive && type == EventType.CASUALTIES) {
                // "In Sonitpur district, 37 people were killed at Phulbari and Mahiliputa": the people were, the places
                // after them are where (the place before stays when none follows)
                List<PlaceMention> after = args.places(ff, trig, TriggerLexicon.Frame.MOVER, scopeEnd, st);
                if (!after.isEmpty()) {
                    places = after;
                }
            }
            final List<PlaceMention> ownPlaces = places;
            // "entered and captured X", "clashes and shelling in X"; but in "captured A after days of fighting and pushed
            // on towards B" the noun and the verb are no pair: the verb goes with "captured"
            boolean conjoined = k + 1 < found.size() && onlyConjunction(t, trig.end(), found.get(k + 1).start());
            boolean unlikeNext = conjoined
                    && (trig.entry().frame() == TriggerLexicon.Frame.NOMINAL) != (found.get(k + 1).entry().frame() == TriggerLexicon.Frame.NOMINAL);
            boolean unnamedOwn = places.isEmpty() && args.unnamedObject(ff, trig); // "seizing key positions and …"
            if (places.isEmpty() && conjoined && !unlikeNext && !unnamedOwn) {
                int scope2 = k + 2 < found.size() ? found.get(k + 2).start() : t.size();
                places = args.places(ff, found.get(k + 1), found.get(k + 1).entry().frame(), scope2, st);
            }
            if (places.isEmpty() && !unnamedOwn && (k + 1 >= found.size() || asideBetween(t, trig.end(), found.get(k + 1).start()) && !unlikeNext)) {
                // "armed clashes, with reported use of airstrikes, continued in A and B": a trigger whose own words
                // name no place takes the places its clause names after a trigger told aside
                places = args.places(ff, trig, frame, clauseEnd(t, trig.end()), st);
            }
            if (type == EventType.EVACUATION || type == EventType.WITHDRAW) {
                PlaceMention from = args.fromPlace(ff, trig);
                if (from != null) {
                    // "evacuated from Vovchansk", "withdrew from X": where they left ("from the city": the one named)
                    List<PlaceMention> left = from.kind() == PlaceMention.Kind.ANAPHOR ? args.resolve(List.of(from), st, ff) : List.of(from);
                    boolean listed = from.kind() != PlaceMention.Kind.ANAPHOR && places.size() > 1
                            && places.stream().anyMatch(p -> p.span().equals(from.span()));
                    if (!left.isEmpty() && !listed) {
                        places = left; // (but "evacuated from Sphakia and Heraklion": both, as the list has them)
                    }
                }
            }
            if (ownPlaces.isEmpty() && !out.isEmpty() && out.get(out.size() - 1).place() != null && participleAfterComma(t, trig)
                    && !unnamedOwn) { // (not "…, seizing key positions": places it does not name)
                // "an armed group entered Palma, a town in Cabo Delgado, killing locals": the participle's clause
                // happens where the clause before it does
                int prev = out.get(out.size() - 1).sentence();
                List<PlaceMention> before = out.stream().filter(e -> e.sentence() == prev && e.place() != null)
                        .map(EventMention::place).distinct().toList();
                if (!before.isEmpty()) {
                    places = before;
                }
            }
            SentenceFacts fc = withinClause(ff, clauseSpan(t, trig)); // the fallbacks look only in the trigger's clause
            boolean unnamed = unnamedOwn && places.isEmpty();
            if (places.isEmpty() && !unnamed && trig.entry().frame() == TriggerLexicon.Frame.NOMINAL) {
                places = args.groupBefore(fc, trig, st);
            }
            if (places.isEmpty() && !unnamed && type != EventType.OFFENSIVE) {
                PlaceMention before = args.nearestBefore(fc, t.get(trig.start()).span().start());
                if (before == null) {
                    before = args.facilityBefore(fc, t.get(trig.start()).span().start(), st);
                }
                if (before != null) {
                    places = List.of(before);
                } else if (type == EventType.WITHDRAW && !out.isEmpty() && out.get(out.size() - 1).sentence() == f.sentence().index()
                        && out.get(out.size() - 1).place() != null && fc.places().stream().allMatch(p -> Arguments.destination(f, p))) {
                    // "Chadian troops entered the oasis town, a spokesman said, adding that the garrison had pulled out
                    // towards the Aouzou Strip": where the sentence's event was is where they left
                    places = List.of(out.get(out.size() - 1).place());
                } else if (type == EventType.WITHDRAW && f.places().stream().allMatch(p -> Arguments.destination(f, p))
                        && st.carriedPlace(f.sentence().index()) != null) {
                    // "… before withdrawing toward Burkina Faso": where they went is not where they withdrew from
                    places = List.of(st.carriedPlace(f.sentence().index()));
                } else {
                    PlaceMention any = args.nearestAny(fc, t.get(trig.start()).span().start());
                    // where a movement went ("withdrawing toward Burkina Faso") is not where anything else happened
                    places = any == null || Arguments.leaves(type) && (Arguments.destination(f, any) || Arguments.regroupedAt(f, any))
                            || Arguments.heading(f, any) && !Arguments.movesTo(type) ? List.of() : List.of(any);
                }
            }
            if (places.size() == 1 && ownPlaces.isEmpty()) {
                // "captured Shusha, the second-largest town in Nagorno-Karabakh, after days of fighting": a place the
                // clause took from before it that only says where another lies stands for that other
                PlaceMention p = places.get(0);
                for (PlaceMention q : ff.places()) {
                    if (q.span().end() <= p.span().start() && q.kind() != PlaceMention.Kind.ANAPHOR && args.locates(ff, q, p)
                            && finer(q, p)) { // not "the Afghan frontier near Pyanj"
                        places = List.of(q);
                        break;
                    }
                }
            }
            if (places.isEmpty() && !unnamed && toldAsHappening(f, trig, type) && (fc.places().isEmpty()
                    || Arguments.leaves(type) && fc.places().stream().allMatch(p -> Arguments.destination(f, p)))) {
                // a sentence that names no place goes on about the place before it, or the document's (a place people
                // were taken to, "evacuating foreigners to Libreville", is no place of theirs)
                PlaceMention inherited = out.isEmpty() || out.get(out.size() - 1).place() == null
                        ? st.inheritedPlace(f.sentence().index()) : out.get(out.size() - 1).place();
                if (type == EventType.CASUALTIES && out.isEmpty() && st.documentPlace() != null
                        && cues.any("cumulative-toll", t, 0, t.size())) {
                    inherited = st.documentPlace(); // "30 civilians have been killed since Monday": the battle's toll
                }
                if (inherited != null) {
                    places = List.of(inherited);
                }
            }
            if (places.isEmpty() && placeOptional(type) && !unnamed && fc.places().isEmpty()) {
                // a toll or an operation the paragraph has placed ("The conflict has led to casualties. … the killing of
                // 111 civilians"): the last place an event was at, close by, rather than none
                PlaceMention recent = st.recentEventPlace(f.sentence().index(), 2);
                if (recent != null) {
                    places = List.of(recent);
                }
            }
            if (places.isEmpty() && !placeOptional(type) && frame == TriggerLexicon.Frame.AGENT && trig.start() > 0
                    && t.get(trig.start() - 1).text().equals(",") && t.get(trig.start()).isVerb()
                    && !t.get(trig.start()).lower().equals(t.get(trig.start()).lemma())) {
                // "Guards mutinied in the capital, battling army troops": the participle's deed is where its clause is
                places = args.placeOfMainClause(own, t.get(trig.start()).span().start(), st);
            }
            if (places.isEmpty() && !placeOptional(type)) {
                PlaceMention shared = out.isEmpty() || unnamed ? null : out.get(out.size() - 1).place();
                if (shared == null) {
                    continue;
                }
                places = List.of(shared);
            }
            boolean invading = type == EventType.CAPTURE && countryOffensiveVerbs.contains(trig.entry().lemmas()[0]) && places.size() == 1;
            if (invading && places.get(0).kind() != PlaceMention.Kind.ANAPHOR && (places.get(0).specificity() == GeoPrecision.COUNTRY
                    || places.get(0).specificity() == GeoPrecision.PROVINCE)) {
                type = EventType.OFFENSIVE; // "invaded Grenada", "invaded the Kagera Salient": a campaign into a land, not the land taken
            }
            if (type == EventType.ENTER && cues.any("reinforcing-purpose", t, trig.end(), Math.min(t.size(), trig.end() + 12))) {
                type = EventType.DEPLOYMENT; // "Peshmerga forces arrived in Kobani through Turkey to reinforce the YPG": sent there
            }
            ActorMention agent = frame == TriggerLexicon.Frame.AGENT ? args.actor(f, trig, frame, passive, attribution) : null;
            if (invading && type == EventType.CAPTURE && !passive && (places.get(0).specificity() == GeoPrecision.TOWN
                    || places.get(0).specificity() == GeoPrecision.POINT) && !args.isStateForces(agent)
                    && cues.any("raid-harms", t, trig.end(), Math.min(t.size(), trig.end() + 12))) {
                type = EventType.ATTACK; // "the gunmen invaded Dan Gulbi, killing four": a raid on a village, no hold on it
            }
            if (type == EventType.CASUALTIES && own.places().isEmpty() && trig.entry().frame() != TriggerLexicon.Frame.NOMINAL
                    && (cues.any("war-nouns", t, Math.max(0, trig.start() - 4), trig.start())
                    || cues.any("war-nouns", t, trig.end(), Math.min(t.size(), trig.end() + 10)))) {
                // "the insurgency has killed 13,000 people since 2009", "the group killed more than 30,000 people during
                // its insurgency": a war's toll, placed nowhere
                continue;
            }
            if (type == EventType.CASUALTIES && !absorber && agent != null && agent.span() != null && args.isFighter(agent)
                    && !insideEventNounSubject(f, found, k, agent)
                    && cues.any("civilian-victims", t, trig.end(), objectEnd(t, trig.end(), 8))) {
                type = EventType.ATTACK; // "jihadists killed over 200 civilians": an attack on civilians, not a toll of fighting
            }
            if (type == EventType.CASUALTIES && !absorber && trig.entry().frame() == TriggerLexicon.Frame.NOMINAL
                    && trig.end() + 1 < t.size() && t.get(trig.end()).lower().equals("of")
                    && cues.any("civilian-victims", t, trig.end() + 1, victimsEnd(t, trig.end() + 1))) {
                // "condemned the killing of at least 46 people in Maguindanao": a massacre, as the guidelines have it
                // (not "the killing of a leader by villagers": who killed is no victim)
                type = EventType.ATTACK;
            }
            if (type == EventType.CASUALTIES) {
                boolean ownClause = tollAttached && clauseBetween(t, tollAt, trig.start());
                if (toll == null && !victimsNamed(t, trig) || tollAttached && !ownClause
                        || absorber && absorbedInClause(f, found, admitted, k, cumulative)) {
                    continue; // a toll, or people said to be killed or hurt ("children were injured in X")
                }
                // (a toll of a clause of its own is read: "37 were killed at A, while 25 were shot dead at B")
                tollAttached = true;
                tollAt = trig.start();
            }
            ActorMention actor = type == EventType.CASUALTIES
                    ? (agent != null && agent.span() != null && args.isFighter(agent) ? agent : null)
                    : args.actor(f, trig, frame, passive, attribution);
            PlaceMention subjectCountry = actor == null ? args.countrySubject(f, trig) : null;
            if (subjectCountry != null) {
                // "Mozambique regained control days later": a country named as the agent is its state's forces
                ActorLexicon.Actor state = lexicon.stateOf(subjectCountry.place().country());
                actor = new ActorMention(subjectCountry.span(), subjectCountry.text(), state.id(), state.side(), false);
                places = places.stream().filter(p -> p != subjectCountry && !p.span().equals(subjectCountry.span())).toList();
                if (places.isEmpty() && type == EventType.DEPLOYMENT) {
                    // "Benin has deployed 3,000 troops to its northern border": a country's forces sent where the
                    // sentence names no place abroad are deployed in it
                    places = List.of(subjectCountry);
                } else if (places.isEmpty()) {
                    // the country was the only place: the event is where the text went on from, or nowhere it says
                    // ("Turkey has carried out repeated operations against the group": no event)
                    PlaceMention carried = placeOptional(type) ? null : st.carriedPlace(f.sentence().index());
                    if (carried == null) {
                        continue;
                    }
                    places = List.of(carried);
                }
            }
            if (actor == null && type == EventType.DEPLOYMENT && !passive) {
                actor = sentForces(f, trig); // "the home ministry deployed 20 companies of paramilitary troops to X"
            }
            if (armedOnlyVerbs.contains(trig.entry().lemmas()[0]) && !armedSubject(f, trig)) {
                continue; // "residents fled the town", "as they fled for safety": displacement; "the garrison fled" withdrew
            }
            if (actor == null && needsArmedAgent(type, trig, passive) && args.nonActorSubject(f, trig)
                    && !TriggerLexicon.passiveSubjectNeeded(t, trig.start(), trig.entry())) {
                // (but "two more brigades had been sent to X": the subject is the forces the trigger needs)
                continue; // "people reached with food", "aid teams deployed to", "humanitarian aid continues to be deployed"
            }
            if (type == EventType.CONTROL && (trig.entry().frame() == TriggerLexicon.Frame.STATE && trig.start() > 0
                    && t.get(trig.start() - 1).lower().equals("under") && (trig.end() >= t.size()
                    || !t.get(trig.end()).lower().equals("of")) || situationHeld(t, trig))) {
                continue; // "the situation is under control": nobody's hold on any place
            }
            if (type == EventType.CONTROL && trig.entry().frame() != TriggerLexicon.Frame.STATE
                    && (actor == null || !args.isFighter(actor) || !passive && args.nonActorSubject(f, trig))) {
                continue; // "Hama holds a strategic position": holding is control only by an armed actor
            }
            if (actor == null && type == EventType.OFFENSIVE && st.lastActorOf().containsKey(EventType.OFFENSIVE)) {
                actor = st.lastActorOf().get(EventType.OFFENSIVE); // "the offensive eventually expanded to X": whose it was
            }
            if (actor != null && actor.text() != null && actor.text().equalsIgnoreCase("we") && (attribution == null
                    || !attribution.party() && (attribution.claimant().id() == null || lexicon.actor(attribution.claimant().id()) == null))) {
                actor = null; // "we are concerned about the shift of fighting", said the UN spokesman: no side's "we"
            }
            if (trig.start() >= 2 && t.get(trig.start() - 1).lower().equals("to") && forcedTo(t, trig.start() - 2)) {
                for (ActorMention a : f.actors()) {
                    if (a.span() != null && a.span().end() == t.get(trig.start() - 2).span().end()) {
                        actor = a; // "forcing Iraqi troops to abandon their positions": the troops abandon them
                    }
                }
            }
            if (actor == null && attribution != null && attribution.party() && attribution.side() != null) {
                for (ActorMention a : f.actors()) {
                    if (a.description() && a.span() != null && a.span().end() <= t.get(trig.start()).span().start()
                            && speakersOwn(f, a, attribution)) {
                        // "Azerbaijan's president said that his country's forces had captured X": the speaker's side,
                        // though no side was named before that its words could stand for
                        actor = a;
                    }
                }
            }
            if (actor == null && type != EventType.CASUALTIES && !(passive && frame == TriggerLexicon.Frame.PATIENT)
                    && type != EventType.AIRSTRIKE && type != EventType.SHELLING) {
                actor = st.challenger() != null ? st.challenger() : st.lastActor();
            }
            if (actor != null && firstPerson(f, actor) && attribution != null
                    && attribution.claimant().id() != null && lexicon.actor(attribution.claimant().id()) != null) {
                ActorLexicon.Actor speaker = lexicon.actor(attribution.claimant().id());
                actor = new ActorMention(actor.span(), actor.text(), speaker.id(), speaker.side(), true);
            } else if (actor != null && attribution != null && attribution.party() && attribution.side() != null
                    && (firstPerson(f, actor) || speakersOwn(f, actor, attribution))) {
                // "separatist leaders said their forces had recaptured the city hall", "'Our fighters hold the city,' a
                // rebel spokesman said": the speaker's side's forces, though the lexicon does not name the speaker
                actor = new ActorMention(actor.span(), actor.text(), attribution.claimant().id(), attribution.side(), true);
            }
            if (type == EventType.AIRSTRIKE && !passive && usedWeapons(t, trig.start())) {
                type = EventType.ATTACK; // "militants using car bombs, rockets and machine guns struck five checkpoints"
            }
            if (type == EventType.ATTACK && actor != null && actor.text() != null && actor.span() != null
                    && actor.span().start() >= f.sentence().span().start() && actor.span().end() <= f.sentence().span().end()
                    && (!actor.description() && cues.occursIn("air-words", actor.text().toLowerCase(java.util.Locale.ROOT))
                    || possessorOfAircraft(f, actor, trig))) {
                // "Argentine jets attacked British warships", "the air force said its fighter jets had destroyed bandit
                // enclaves": an attack from the air
                type = EventType.AIRSTRIKE;
            }
            ActorMention target = args.target(f, trig, actor);
            boolean repelled = type == EventType.ATTACK && repelledBefore(t, trig.start());
            if (repelled) {
                // "Ukrainian troops repelled attacks near X": the attack was the other side's, and it failed
                ActorMention by = trig.entry().frame() == TriggerLexicon.Frame.NOMINAL ? args.byAgent(f, trig) : null;
                if (by == null && trig.entry().frame() == TriggerLexicon.Frame.NOMINAL && actor != null && actor.span() != null
                        && actor.span().end() <= t.get(trig.start()).span().start()
                        && t.get(trig.start()).span().start() - actor.span().end() <= 1) {
                    by = actor; // "beat off three Russian assaults": whose the assaults were, the adjective says
                }
                target = actor;
                actor = by != null ? by : opponent(actor, st); // "repelled attacks by Armenian units": whose they were
            }
            if (target == null && Arguments.hasTarget(type) && actor != null) {
                target = opponent(actor, st);
            }
            RealisFinder.Result r = repelled ? new RealisFinder.Result(Realis.FAILED, attribution == null ? null : attribution.claimant())
                    : realis.find(f, trig, attribution, actor, type);
            TimeMention when = times.assign(f, trig, st, reported);
            if (historical(f, trig, when, st)) {
                continue;
            }
            Casualties cas = type == EventType.CASUALTIES || absorbsCasualties(type) ? toll : null;
            String trigger = f.sentence().text().substring(t.get(trig.start()).span().start() - f.sentence().span().start(),
                    t.get(trig.end() - 1).span().end() - f.sentence().span().start());
            places = withoutNamedAnaphors(f, places);
            List<PlaceMention> targets = places.isEmpty() ? java.util.Collections.singletonList(null) : places;
            if (r.realis() == Realis.FAILED && (type == EventType.CAPTURE || type == EventType.RECAPTURE)) {
                type = EventType.ATTACK; // "tried to seize the airport but was driven back": a failed attack on it
            }
            for (EventType emitted : emittedTypes(f, trig, type)) {
                for (PlaceMention p : targets) {
                    if (emitted == EventType.CASUALTIES && p != null && out.stream().anyMatch(e -> e.type() == EventType.CASUALTIES
                            && e.place() != null && e.place().place().equals(p.place()))) {
                        continue; // "killed 20 rebels …, while the rebels killed four soldiers": one toll of one place
                    }
                    out.add(new EventMention(doc, f.sentence().index(), emitted, r.realis(), trigger,
                            actor == null ? null : ActorRef.of(actor), target == null ? null : ActorRef.of(target), p, when,
                            r.claimant(), cas, f.sentence().text(), f.sentence().span(), confidence(p, actor, when, r.realis())));
                }
            }
            if (places.size() >= 2) {
                st = st.withGroup(places);
            }
            if (actor != null && actor.span() != null) {
                st = st.withActor(actor);
            }
        }
        out.addAll(controlledAdjectives(doc, f, st));
        return new Found(out, st);
    }

    private static final java.util.regex.Pattern CONTROLLED = java.util.regex.Pattern.compile(
            "^[\\p{L}’'.]+-(controlled|held|occupied|run)$");
    private static final TriggerLexicon.Entry CONTROLLED_ENTRY = new TriggerLexicon.Entry(new String[]{"controlled"},
            EventType.CONTROL, TriggerLexicon.Frame.STATE, "any", java.util.Set.of(), "usage");

    /**
     * "the Russian-controlled Hmeimim airbase", "rebel-held Idlib", "Ukraine-controlled areas of the oblast": a
     * place said to be held by an armed actor is a control state. The actor is the one the adjective names.
     */
    private List<EventMention> controlledAdjectives(String doc, SentenceFacts f, Narrative st) {
        List<Token> t = f.tokens();
        List<EventMention> out = new ArrayList<>();
        for (int i = 0; i < t.size(); i++) {
            String lw = t.get(i).lower();
            if (lw.indexOf('-') < 0 || !(lw.endsWith("controlled") || lw.endsWith("held") || lw.endsWith("occupied")
                    || lw.endsWith("run")) || !CONTROLLED.matcher(lw).matches()) {
                continue;
            }
            Token tok = t.get(i);
            ActorMention actor = null;
            for (ActorMention a : f.actors()) {
                if (a.span().start() < tok.span().end() && tok.span().start() < a.span().end() && args.isFighter(a)) {
                    actor = a;
                }
            }
            PlaceMention place = null;
            int limit = t.get(Math.min(t.size() - 1, i + 6)).span().end();
            for (PlaceMention p : f.places()) {
                if (p.span().start() >= tok.span().end() && p.span().start() < limit) {
                    place = p;
                    break;
                }
            }
            if (actor == null || place == null || cues.any("hypothetical", t, Math.max(0, i - 8), i)) {
                continue;
            }
            TriggerLexicon.Match m = new TriggerLexicon.Match(i, i + 1, CONTROLLED_ENTRY);
            RealisFinder.Result r = realis.find(f, m, null, actor, EventType.CONTROL);
            TimeMention when = times.assign(f, m, st, false);
            out.add(new EventMention(doc, f.sentence().index(), EventType.CONTROL, r.realis(), tok.text(), ActorRef.of(actor),
                    null, place, when, r.claimant(), null, f.sentence().text(), f.sentence().span(),
                    confidence(place, actor, when, r.realis())));
        }
        return out;
    }

    /**
     * The types one trigger reports: its own, except for a bombardment (or "pounded"), which is an airstrike when air
     * words go with it ("bombardment from the air", "by warplanes", "warplanes pounded"), shelling when ground words do
     * or none ("artillery bombardment"), and both when both do ("bombardment from air, land and sea"); and "struck",
     * an airstrike, except when attackers on the ground strike and no aircraft is named ("a suicide bomber struck").
     */
    private List<EventType> emittedTypes(SentenceFacts f, TriggerLexicon.Match trig, EventType type) {
        String first = trig.entry().lemmas()[0];
        if (munitionVerbs.contains(first) && trig.entry().lemmas().length == 1) {
            List<Token> t = f.tokens();
            int from = Math.max(0, trig.start() - 5);
            boolean missile = false;
            for (int k = from; k < trig.start(); k++) {
                missile |= t.get(k).lemma().equals("missile");
            }
            // from the air (aircraft, drones, missiles: an airstrike as the guidelines have it), else from the ground
            return List.of(missile || cues.any("air-words", t, from, trig.start()) ? EventType.AIRSTRIKE : EventType.SHELLING);
        }
        if (type == EventType.AIRSTRIKE && first.equals("strike") && trig.entry().frame() != TriggerLexicon.Frame.NOMINAL) {
            List<Token> t = f.tokens();
            int from = Math.max(0, trig.start() - 4);
            if (cues.any("attacker-words", t, from, trig.start()) && !cues.any("air-words", t, from, Math.min(t.size(), trig.end() + 8))) {
                return List.of(EventType.ATTACK); // "a suicide bomber struck a mosque": no strike from the air
            }
        }
        if (type == EventType.AIRSTRIKE && first.equals("bombing") && trig.entry().lemmas().length == 1
                && trig.entry().frame() == TriggerLexicon.Frame.NOMINAL && f.tokens().get(trig.start()).lower().equals("bombings")
                && !cues.any("air-words", f.tokens(), 0, f.tokens().size())) {
            return List.of(EventType.ATTACK); // "a series of bombings in the capital killed 16 people": bombs set, no aircraft
        }
        if (type != EventType.SHELLING || !(first.equals("bombardment") || first.equals("bombard") || first.equals("pound"))) {
            return List.of(type);
        }
        List<Token> t = f.tokens();
        int from = Math.max(0, trig.start() - 4);
        int to = Math.min(t.size(), trig.end() + 8);
        boolean air = cues.any("air-words", t, from, to);
        boolean ground = cues.any("ground-words", t, from, to);
        if (air && ground) {
            return List.of(EventType.AIRSTRIKE, EventType.SHELLING);
        }
        return List.of(air ? EventType.AIRSTRIKE : EventType.SHELLING);
    }

    /**
     * Whether a trigger in a sentence that names no place tells of an event there, so that it may take the place the
     * narrative is at: a toll, a verb, or a noun that an intensity word, an occurrence verb or a date qualifies
     * ("intense clashes", "explosions led to deaths", "clashes escalated from 6 to 8 March"); not a noun cited as a
     * cause or a support ("attributed to shelling", "with support from Russian airstrikes").
     */
    private boolean toldAsHappening(SentenceFacts f, TriggerLexicon.Match trig, EventType type) {
        List<Token> t = f.tokens();
        int i = trig.start();
        if (cues.any("supporting-role", t, Math.max(0, i - 6), i)) {
            return false;
        }
        if (type == EventType.CASUALTIES || trig.entry().frame() != TriggerLexicon.Frame.NOMINAL) {
            return true;
        }
        return cues.any("nominal-intensity", t, Math.max(0, i - 3), trig.end())
                || cues.any("occurrence-verb", t, Math.max(0, i - 4), Math.min(t.size(), trig.end() + 4))
                || f.times().stream().anyMatch(e -> e.mention().interval().isKnown() && !e.isOffset() && !e.background());
    }

    /**
     * "repelled attacks", "beat back a dawn attack": a verb of repelling at most five words before the attack, in its
     * clause (its object's article and adjectives between).
     */
    private boolean repelledBefore(List<Token> t, int i) {
        for (Cues.Hit h : cues.find("repel", t, Math.max(0, i - 6), i)) {
            boolean plain = true;
            for (int k = h.end(); k < i; k++) {
                String w = t.get(k).text();
                plain &= !w.equals(",") && !w.equals(";") && !t.get(k).pos().equals("VERB") && !w.equalsIgnoreCase("and");
            }
            if (plain) {
                return true;
            }
        }
        return false;
    }

    /** People named as killed or hurt by a casualty verb: its subject in the passive, or its object ("killed civilians"). */
    private boolean victimsNamed(List<Token> t, TriggerLexicon.Match trig) {
        if (trig.entry().frame() == TriggerLexicon.Frame.NOMINAL) {
            return false;
        }
        int i = trig.start();
        return cues.any("civilian-victims", t, Math.max(0, i - 4), i) || cues.any("combatant-victims", t, Math.max(0, i - 4), i)
                || cues.any("civilian-victims", t, trig.end(), Math.min(t.size(), trig.end() + 3))
                || cues.any("combatant-victims", t, trig.end(), Math.min(t.size(), trig.end() + 3));
    }

    /**
     * The character span of the trigger's clause: from the last clause boundary before it to the first after it (a
     * ';', or a clause of its own: "while", "whereas", "but", "although", "as did").
     */
    private static int[] clauseSpan(List<Token> t, TriggerLexicon.Match trig) {
        int from = 0;
        for (int k = trig.start() - 1; k >= 0; k--) {
            if (clauseBoundary(t, k)) {
                from = t.get(k).span().end();
                break;
            }
        }
        int to = Integer.MAX_VALUE;
        int own = independentClauseAt(t, trig.end(), t.size()); // "…, and the insurgency has spread across X"
        for (int k = trig.end(); k < t.size(); k++) {
            if (clauseBoundary(t, k) || k == own) {
                to = t.get(k).span().start();
                break;
            }
        }
        return new int[]{from, to};
    }

    /**
     * Whether an admitted trigger that carries a toll (an attack, a clash, …) stands in the clause of trigger {@code k}:
     * "37 were killed at Phulbari, while 25 were shot dead at Pakhriguri" keeps its first toll, the shooting's clause being
     * another.
     */
    private static boolean absorbedInClause(SentenceFacts f, List<TriggerLexicon.Match> found, boolean[] admitted, int k,
                                            boolean cumulative) {
        List<Token> t = f.tokens();
        int at = found.get(k).start();
        for (int j = 0; j < found.size(); j++) {
            if (j != k && admitted[j] && absorbsToll(found.get(j).entry().type(), cumulative)) {
                int other = found.get(j).start();
                boolean apart = false;
                for (int b = Math.min(at, other) + 1; b < Math.max(at, other); b++) {
                    // (not "but" nor ";": "… but said only five were killed", "attacked Fotokol; at least 90 civilians killed")
                    apart |= Rx.matches(t.get(b).lower(), "while|whereas");
                }
                if (!apart) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A clause boundary (";", "while", "whereas", "but", …) among tokens (from, to). */
    private static boolean clauseBetween(List<Token> t, int from, int to) {
        for (int k = from + 1; k < to; k++) {
            if (clauseBoundary(t, k)) {
                return true;
            }
        }
        return false;
    }

    private static boolean clauseBoundary(List<Token> t, int k) {
        String w = t.get(k).lower();
        return w.equals(";") || w.equals("while") || w.equals("whereas") || w.equals("but") || w.equals("although")
                || w.equals("as") && k + 1 < t.size() && Rx.matches(t.get(k + 1).lower(), "did|does|do");
    }

    /** The facts with only the places inside {@code span}. */
    private static SentenceFacts withinClause(SentenceFacts f, int[] span) {
        List<PlaceMention> kept = f.places().stream().filter(p -> p.span().start() >= span[0] && p.span().end() <= span[1]).toList();
        return f.withPlaces(kept);
    }

    /** A verb in -ing right after a comma: a participle clause that goes with the clause before it. */
    private static boolean participleAfterComma(List<Token> t, TriggerLexicon.Match trig) {
        int i = trig.start();
        return i > 0 && t.get(i - 1).text().equals(",") && t.get(i).lower().endsWith("ing")
                && trig.entry().frame() != TriggerLexicon.Frame.NOMINAL;
    }

    /** The index of the token that ends the clause from {@code from} on: the next ';', else the sentence's end. */
    private int clauseEnd(List<Token> t, int from) {
        int own = independentClauseAt(t, from, t.size()); // "…, and the insurgency has spread across X"
        for (int k = from; k < own; k++) {
            if (t.get(k).text().equals(";")) {
                return k;
            }
            if (t.get(k).text().equals(",") && k + 1 < t.size() && Rx.matches(t.get(k + 1).lower(), "as|while|whereas")) {
                return k; // "…, as tanks pushed deeper into Jabalia": another clause, with places of its own
            }
            if (t.get(k).text().equals(",") && temporalClauseAfter(t, k + 1)) {
                return k; // "…, hours after peace talks in Tokyo collapsed": when it happened, told by another event's place
            }
        }
        return own;
    }

    /**
     * The comma in [from, to) that opens a clause of time with a verb of its own (another event's, with its own places),
     * or {@code to} when there is none.
     */
    private int temporalClauseAt(List<Token> t, int from, int to) {
        for (int c = from; c < to; c++) {
            if (t.get(c).text().equals(",") && temporalClauseAfter(t, c + 1)) {
                return c;
            }
        }
        return to;
    }

    /**
     * Whether a clause of time with a verb of its own starts at {@code k}: a word of the pack's {@code time-conjunctions}
     * ("after", "before"; at most two words of distance before it: "hours after", "a day before") and a finite verb
     * later in the clause.
     */
    private boolean temporalClauseAfter(List<Token> t, int k) {
        int c = k;
        while (c < t.size() && c - k < 2 && !timeConjunctions.contains(t.get(c).lower()) && Rx.matches(t.get(c).pos(), "NOUN|NUM|DET|ADV")) {
            c++;
        }
        if (c >= t.size() || !timeConjunctions.contains(t.get(c).lower())) {
            return false;
        }
        for (int v = c + 1; v < t.size() && !t.get(v).text().equals(","); v++) {
            if (t.get(v).pos().equals("VERB") && !t.get(v).lower().endsWith("ing")) {
                return true;
            }
        }
        return false;
    }

    /**
     * A verb of movement or of holding ground tells of armed forces only with an armed agent: without one named,
     * such a verb whose subject is some other noun ("people reached with food", "teams deployed") is no event, nor
     * is its passive ("aid continues to be deployed").
     */
    private static boolean needsArmedAgent(EventType type, TriggerLexicon.Match trig, boolean passive) {
        if (trig.entry().frame() != TriggerLexicon.Frame.AGENT && trig.entry().frame() != TriggerLexicon.Frame.MOVER) {
            return false; // a noun, a state, or a verb whose subject is the place ("the town had fallen")
        }
        return switch (type.traits().armedAgent()) {
            case YES -> true;
            case ACTIVE -> !passive;
            case NO -> false;
        };
    }

    /**
     * The end of a verb's object from {@code from}: at most {@code max} words, up to the next verb, comma or
     * semicolon ("killed five 'terrorists' and arrested 329 people": the people were arrested, not killed).
     */
    private static int objectEnd(List<Token> t, int from, int max) {
        int end = Math.min(t.size(), from + max);
        for (int k = from; k < end; k++) {
            if (t.get(k).isVerb() || t.get(k).text().equals(",") || t.get(k).text().equals(";")) {
                return k;
            }
        }
        return end;
    }

    /**
     * Whether a participle trigger after a comma tells what was done in the event {@code before} told it: a strike's
     * doing of another kind, or an attack's part in an attack.
     */
    private static boolean doneIn(TriggerLexicon.Match before, TriggerLexicon.Match participle) {
        EventType b = before.entry().type();
        EventType p = participle.entry().type();
        return (b == EventType.AIRSTRIKE || b == EventType.SHELLING) && b != p || b == EventType.ATTACK && p == EventType.ATTACK;
    }

    /**
     * The word before a "to" of purpose: a noun or a name ("an offensive to retake", "near Maroun al-Ras to destroy") or
     * the end of a time expression ("overnight to destroy"); not a verb or adjective that takes the infinitive as its
     * complement ("managed to", "forced to", "able to").
     */
    private static boolean purposeHead(SentenceFacts f, int k) {
        String pos = f.tokens().get(k).pos();
        if (pos.startsWith("NOUN") || pos.startsWith("PROPN")) {
            return true;
        }
        if (pos.equals("ADJ") && TriggerLexicon.determinedBefore(f.tokens(), k)) {
            return true; // "began an offensive/ADJ to capture": a determiner's head, a noun whatever the tagger says
        }
        int end = f.tokens().get(k).span().end();
        return f.times().stream().anyMatch(x -> x.mention().span() != null && x.mention().span().end() == end);
    }

    /**
     * "forcing Iraqi troops to abandon their positions": a verb that makes its object do the next verb (the pack's
     * {@code causative-verbs}) within a few words before the object noun at {@code noun}: what follows was done.
     */
    private boolean forcedTo(List<Token> t, int noun) {
        for (int k = noun - 1; k >= Math.max(0, noun - 4); k--) {
            if (causativeVerbs.contains(t.get(k).lemma())) {
                return true;
            }
            if (t.get(k).pos().equals("VERB") || t.get(k).text().equals(",")) {
                return false;
            }
        }
        return false;
    }

    /**
     * "Marines were sent north from Phu Bai on Wednesday to reinforce the compound": forces sent to reinforce a place
     * were deployed there, whatever words come between the sending verb (the pack's {@code sending-verbs}) and "to".
     */
    private boolean sentToReinforce(List<Token> t, TriggerLexicon.Match trig) {
        if (trig.entry().type() != EventType.DEPLOYMENT) {
            return false;
        }
        for (int k = trig.start() - 2; k >= Math.max(0, trig.start() - 10); k--) {
            if (t.get(k).isVerb() && sendingVerbs.contains(t.get(k).lemma())) {
                return true;
            }
            if (t.get(k).text().equals(";") || t.get(k).pos().equals("SCONJ")) {
                return false;
            }
        }
        return false;
    }

    /** Place a is resolved more finely than place b (a town, b the region it lies in). */
    private static boolean finer(PlaceMention a, PlaceMention b) {
        GeoPrecision pa = a.place().precision();
        GeoPrecision pb = b.place().precision();
        return pa != null && pb != null && pa.ordinal() < pb.ordinal();
    }

    /** "our forces", "we": the speaker's own side. */
    private static boolean firstPerson(SentenceFacts f, ActorMention a) {
        if (a.span() == null) {
            return false;
        }
        String text = a.text().toLowerCase();
        if (text.startsWith("our ") || text.equals("we")) {
            return true;
        }
        int local = a.span().start() - f.sentence().span().start();
        String before = f.sentence().text().substring(Math.max(0, local - 4), Math.max(0, local)).toLowerCase();
        return before.endsWith("our ");
    }

    /**
     * "their forces", "its troops" in what a speaker named before says, or "it", "they" as its subject: the speaker's
     * own ("the rebels said their fighters had taken X", "the government said it had released 300 prisoners").
     */
    private static boolean speakersOwn(SentenceFacts f, ActorMention a, Attribution attribution) {
        if (a.span() == null || attribution.claimantSpan() == null || attribution.claimantSpan().end() > a.span().start()) {
            return false;
        }
        String text = a.text().toLowerCase();
        if (Rx.matches(text, "(their|its|his|her)( .*)?")) {
            return true;
        }
        int from = attribution.from() < f.tokens().size() && f.tokens().get(attribution.from()).lower().equals("that")
                ? attribution.from() + 1 : attribution.from();
        if ((text.equals("it") || text.equals("they")) && f.tokenAt(a.span().start()) == from) {
            return true; // "the government said it had released 300 prisoners": the speaker, as the subject of what it says
        }
        int local = a.span().start() - f.sentence().span().start();
        String before = f.sentence().text().substring(Math.max(0, local - 24), Math.max(0, local)).toLowerCase();
        // "their forces", "his country's forces", "its own troops"
        return OWN_BEFORE.matcher(before).find();
    }

    private static final java.util.regex.Pattern OWN_BEFORE = java.util.regex.Pattern.compile(
            "(?:^|\\W)(?:their|its|his|her)\\s+(?:own\\s+)?(?:(?:country|nation)(?:'s|’s)\\s+)?$");

    /** The other side's main actor in this document, or null. */
    private static ActorMention opponent(ActorMention actor, Narrative st) {
        if (actor == null || st.challenger() == null || st.incumbent() == null) {
            return null;
        }
        if (actor.actorId() != null && actor.actorId().equals(st.incumbent().actorId()) || actor.side() != null
                && actor.side().equals(st.incumbent().side())) {
            return st.challenger();
        }
        return st.incumbent();
    }

    /**
     * Without the places of the speech event itself ("…, Dujarric told correspondents at UN Headquarters in New
     * York"): under an attribution that covers only the words before its verb, the places after that verb.
     */
    /** Without the places of a wire dateline ("MARAWI, Philippines, June 30 (Reuters) -"): where the story was filed. */
    private static SentenceFacts withoutDatelinePlaces(SentenceFacts f) {
        int filed = TimeAssigner.wireDatelineEnd(f);
        if (filed < 0) {
            return f;
        }
        List<PlaceMention> kept = f.places().stream().filter(p -> p.span().end() > filed).toList();
        return f.withPlaces(kept);
    }

    private static SentenceFacts withoutSpeechPlaces(SentenceFacts f, Attribution a) {
        if (a == null || a.from() != 0 || a.to() >= f.tokens().size()) {
            return f;
        }
        int cut = f.tokens().get(a.to()).span().start();
        List<PlaceMention> kept = f.places().stream().filter(p -> p.span().start() < cut).toList();
        return f.withPlaces(kept);
    }

    /**
     * True when the words between two triggers set the second aside from the first ("armed clashes, with reported
     * use of heavy weapons and airstrikes, continued …") or only join them ("clashes and airstrikes").
     */
    private static boolean asideBetween(List<Token> t, int from, int to) {
        if (from >= to) {
            return true;
        }
        for (int k = from; k < to; k++) {
            String w = t.get(k).lower();
            if (w.equals("while") || w.equals("whereas") || w.equals("but") || w.equals("although") || w.equals(";")
                    || w.equals("as") && k + 1 < to && (t.get(k + 1).lower().equals("did") || t.get(k + 1).lower().equals("does")
                    || t.get(k + 1).lower().equals("do"))) {
                return false; // "fighting continued in most areas, as did the firing of rockets into Israel"
            }
        }
        String first = t.get(from).lower();
        if (!(first.equals(",") || first.equals("with") || first.equals("and") || first.equals("or"))) {
            // "gunfight led notably to two prison breaks, throwing the capital into insecurity": one clause, one place
            return true;
        }
        if (first.equals(",") && from + 1 < to && t.get(from + 1).lower().equals("with") || first.equals("with")) {
            return true;
        }
        for (int k = from; k < to; k++) {
            String w = t.get(k).lower();
            if (!(w.equals(",") || w.equals("and") || w.equals("or") || t.get(k).pos().equals("ADJ"))) {
                return false;
            }
        }
        return true;
    }

    /** The sentence without the places a road or a bridge is said to link ("a bridge linking Omdurman and Khartoum"). */
    private SentenceFacts withoutLinkedPlaces(SentenceFacts f) {
        List<PlaceMention> kept = f.places().stream().filter(p -> !args.linked(f, p)).toList();
        return f.withPlaces(kept);
    }

    /**
     * The sentence's facts without the places named inside a claimant ("Kyiv denied …", "Moscow said …"); but where
     * witnesses of a place say what they saw or heard there ("residents of the border town of Kartong said they had
     * heard gunfire"), the place is theirs (the pack's {@code local-witnesses}).
     */
    private SentenceFacts withoutClaimantPlaces(SentenceFacts f, List<Attribution> attributions,
                                                List<TriggerLexicon.Match> found) {
        if (attributions.isEmpty()) {
            return f;
        }
        List<Token> t = f.tokens();
        List<PlaceMention> kept = f.places().stream().filter(p -> attributions.stream()
                .noneMatch(a -> a.claimantSpan() != null && a.claimantSpan().contains(p.span()) && !localWitnesses(f, a)
                        // (but a clause inside the speaker's words tells its own deed: "The rebels, who crossed into Chad
                        // on April 11, said …")
                        && found.stream().noneMatch(m -> a.claimantSpan().contains(t.get(m.start()).span())
                        && t.get(m.start()).span().start() < p.span().start()))).toList();
        return f.withPlaces(kept);
    }

    /** A claimant who is people of a place ("residents of X", "villagers in X", "witnesses"): they tell what happened there. */
    private boolean localWitnesses(SentenceFacts f, Attribution a) {
        int k = f.tokenAt(a.claimantSpan().start());
        return k < f.tokens().size() && localWitnessWords.contains(f.tokens().get(k).lower());
    }

    /** "in full control of the situation": nobody's hold on any place. */
    private boolean situationHeld(List<Token> t, TriggerLexicon.Match trig) {
        for (int k = trig.end(); k < Math.min(t.size(), trig.end() + 3); k++) {
            if (heldNothing.contains(t.get(k).lower())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The armed forces a deployment's verb sends when its subject is no armed actor ("the ministry deployed 20 more
     * companies of paramilitary troops to X"): the first fighter named after the verb, in a phrase's gap or within six words after it, or null.
     */
    private ActorMention sentForces(SentenceFacts f, TriggerLexicon.Match trig) {
        List<Token> t = f.tokens();
        if (trig.start() + 1 >= t.size()) {
            return null;
        }
        // from the verb's next word: a phrase's gap holds its object ("sent * to": "sent troops to X")
        int from = t.get(trig.start() + 1).span().start();
        int to = t.get(Math.min(t.size() - 1, Math.max(trig.end(), trig.start() + 1) + 6)).span().end();
        for (ActorMention a : f.actors()) {
            if (a.span().start() >= from && a.span().end() <= to && args.isFighter(a)) {
                return a;
            }
        }
        return null;
    }

    /**
     * Where ", and" starts a predicate of the same subject ("took control of A and B, and were reported to be
     * approaching C": an auxiliary or a verb right after "and", an adverb allowed between), or {@code end}: the places
     * after it are that predicate's.
     */
    private static int coordinatedPredicateAt(List<Token> t, int from, int end) {
        for (int k = from; k + 2 < end; k++) {
            if (!t.get(k).text().equals(",") || !t.get(k + 1).lower().equals("and")) {
                continue;
            }
            int v = k + 2;
            if (v < end && t.get(v).pos().equals("ADV")) {
                v++;
            }
            if (v < end && (t.get(v).pos().equals("AUX") || t.get(v).pos().equals("VERB") && !t.get(v).lower().endsWith("ing"))) {
                return k;
            }
        }
        return end;
    }

    /** Token {@code k} is a word inside a place's name, after its first ("the control tower", "the police station"). */
    private static boolean insidePlace(SentenceFacts f, List<Token> t, int k) {
        int off = t.get(k).span().start();
        for (PlaceMention p : f.places()) {
            if (p.span().start() < off && off < p.span().end()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where ", and", ", but", ";" or "and that" starts a clause of its own subject ("fought separatists in Chechnya, and the
     * insurgency has spread across the North Caucasus": a noun phrase, then a finite verb), or {@code end}: the places
     * after it are that clause's, and it has no trigger of its own before {@code end}.
     */
    private static int independentClauseAt(List<Token> t, int from, int end) {
        for (int k = from; k + 2 < end; k++) {
            if (t.get(k).lower().equals("and") && t.get(k + 1).lower().equals("that")) {
                return k; // "said troops had retaken the building and that hundreds had fled towards the border"
            }
            if (t.get(k).text().equals(",") && (t.get(k + 1).lower().equals("while") || t.get(k + 1).lower().equals("whereas"))
                    && Rx.matches(t.get(k + 2).pos(), "DET|ADJ|NOUN|PROPN|PRON|NUM")) {
                return k; // "captured the police headquarters, while the army garrison at the barracks held out"
            }
            boolean joint = t.get(k).text().equals(";") || t.get(k).text().equals(",")
                    && (t.get(k + 1).lower().equals("and") || t.get(k + 1).lower().equals("but"));
            if (!joint) {
                continue;
            }
            int v = t.get(k).text().equals(";") ? k + 1 : k + 2;
            if (v < end && !t.get(v).pos().equals("DET") && !t.get(v).pos().equals("ADJ")
                    && !(t.get(v).pos().equals("NOUN") && Character.isLowerCase(t.get(v).text().charAt(0))
                    && !(k >= 2 && t.get(k - 2).text().equals(",")))) { // ("from the air, land, and sea continues": a list's last word)
                // a subject opened by a determiner, an adjective or a common noun ("the insurgency", "northern troops",
                // "witnesses in Ondangwa"), not a list's name
                continue;
            }
            int nouns = 0;
            while (v < end && v - k < 8 && (Rx.matches(t.get(v).pos(), "DET|ADJ|NOUN|PROPN|NUM")
                    || nouns > 0 && t.get(v).pos().equals("ADP") && v + 1 < end && Rx.matches(t.get(v + 1).pos(), "DET|NOUN|PROPN"))) {
                nouns += t.get(v).pos().equals("NOUN") || t.get(v).pos().equals("PROPN") ? 1 : 0;
                v++;
            }
            while (v < end && t.get(v).pos().equals("ADV")) {
                v++;
            }
            if (nouns > 0 && v < end && (t.get(v).pos().equals("AUX") || t.get(v).pos().equals("VERB")
                    && !t.get(v).lower().endsWith("ing"))) {
                return k;
            }
        }
        return end;
    }

    /**
     * The verb's own subject, right before it (auxiliaries and adverbs between), is an armed actor named by a noun, not
     * a pronoun ("the Ethiopian garrison had fled"; "they fled", "civilians had already fled" are no such subject).
     */
    private boolean armedSubject(SentenceFacts f, TriggerLexicon.Match trig) {
        List<Token> t = f.tokens();
        int k = trig.start() - 1;
        while (k >= 0 && (t.get(k).pos().equals("AUX") || t.get(k).pos().equals("ADV") || t.get(k).lemma().equals("be")
                || t.get(k).lemma().equals("have"))) {
            k--;
        }
        if (k >= 1 && t.get(k).lower().equals("to") && forcedTo(t, k - 1)) {
            // "forcing soldiers and residents to flee": the ones forced are the subject, one armed among them enough
            for (int j = k - 1; j >= 0 && Rx.matches(t.get(j).pos(), "NOUN|PROPN|ADJ|DET|NUM|CCONJ"); j--) {
                if (armedAt(f, t.get(j))) {
                    return true;
                }
            }
            return false;
        }
        if (k >= 1 && t.get(k).text().equals(",")) {
            // "The intruders, followers of the self-proclaimed Sultan of Sulu, landed at X": the subject before its apposition
            int c = k - 1;
            while (c > 0 && !t.get(c).text().equals(",") && k - c < 12) {
                c--;
            }
            if (c > 0 && t.get(c).text().equals(",")) {
                k = c - 1;
            }
        }
        if (k < 0 || !(t.get(k).pos().startsWith("NOUN") || t.get(k).pos().startsWith("PROPN"))) {
            return false;
        }
        if (armedAt(f, t.get(k))) {
            return true;
        }
        // "soldiers from the military base at Nebaj arrived": the subject's head, before what it comes from
        int j = k;
        while (j > 0 && Rx.matches(t.get(j).pos(), "NOUN|PROPN|ADJ|DET|NUM") || j > 0 && Rx.matches(t.get(j).lower(), "at|in|of")) {
            j--;
            if (j >= 1 && Rx.matches(t.get(j).lower(), "from") && Rx.matches(t.get(j - 1).pos(), "NOUN|PROPN")) {
                return armedAt(f, t.get(j - 1));
            }
        }
        return false;
    }

    /**
     * "in the capital, Sanaa, and in …": a place named by its kind and then by its name, set off by a comma, is the one
     * place; the name is kept.
     */
    private static List<PlaceMention> withoutNamedAnaphors(SentenceFacts f, List<PlaceMention> places) {
        if (places.size() < 2) {
            return places;
        }
        List<PlaceMention> out = new ArrayList<>(places.size());
        String text = f.sentence().text();
        int base = f.sentence().span().start();
        for (int k = 0; k < places.size(); k++) {
            PlaceMention p = places.get(k);
            PlaceMention q = k + 1 < places.size() ? places.get(k + 1) : null;
            if (p.kind() == PlaceMention.Kind.ANAPHOR && q != null && q.kind() != PlaceMention.Kind.ANAPHOR
                    && q.span().start() > p.span().end()
                    && text.substring(p.span().end() - base, q.span().start() - base).strip().equals(",")
                    && Rx.matches(text.substring(q.span().end() - base), "(?s)\\s*(?:[,.;)].*|$)")) {
                continue; // (not "raid the town, Palma is mostly destroyed": a clause of its own)
            }
            out.add(p);
        }
        return out;
    }

    /** Whether the token is inside a fighting actor's mention. */
    private boolean armedAt(SentenceFacts f, Token x) {
        int off = x.span().start();
        for (ActorMention a : f.actors()) {
            if (a.span() != null && a.span().start() <= off && off < a.span().end()) {
                return args.isFighter(a);
            }
        }
        return false;
    }

    /**
     * "Nigeria's military government said in Lagos that its troops had only returned fire": a place right after an active
     * verb of speech (the pack's {@code speech-venue-verbs}) and "in" is where the words were spoken, no place of what they
     * tell; so is one after the verb's audience ("speaking to reporters in Tashkent").
     */
    private SentenceFacts withoutSpeechVenues(SentenceFacts f) {
        List<Token> t = f.tokens();
        // (not "clashes were reported in X": the passive tells where they were)
        // "told reporters in Aden before the city fell": a venue the sentence then calls "the city" is a place of the
        // events it tells
        boolean townAnaphor = f.places().stream().anyMatch(p -> p.kind() == PlaceMention.Kind.ANAPHOR);
        return withoutPlacesAfterIn(f, k -> t.get(k).isVerb() && speechVenueVerbs.contains(t.get(k).lemma())
                && !(k >= 1 && t.get(k - 1).lemma().equals("be")) || !townAnaphor && speechAudienceAt(t, k));
    }

    /**
     * An audience of an active verb of speech ends at {@code k} ("speaking to reporters", "told a news conference"):
     * only a preposition, determiners and adjectives between the verb and the audience noun.
     */
    private boolean speechAudienceAt(List<Token> t, int k) {
        if (!speechAudiences.contains(t.get(k).lower())) {
            return false;
        }
        for (int j = k - 1; j >= Math.max(0, k - 4); j--) {
            Token x = t.get(j);
            if (x.isVerb() && speechVenueVerbs.contains(x.lemma())) {
                return !(j >= 1 && t.get(j - 1).lemma().equals("be"));
            }
            if (!(Rx.matches(x.lower(), "to|at|with|a|an|the|his|her|their|its|state|news|press") || x.pos().equals("ADJ"))) {
                return false;
            }
        }
        return false;
    }

    /** The sentence's facts without a place right after "in" whose word before it ({@code word}, by index) qualifies. */
    private static SentenceFacts withoutPlacesAfterIn(SentenceFacts f, java.util.function.IntPredicate word) {
        List<Token> t = f.tokens();
        List<PlaceMention> kept = f.places();
        for (int k = 1; k + 1 < t.size(); k++) {
            if (!t.get(k).lower().equals("in") || !word.test(k - 1)) {
                continue;
            }
            int after = t.get(k).span().end();
            int next = t.get(k + 1).span().start();
            kept = kept.stream().filter(p -> !(p.span().start() >= after && p.span().start() <= next)).toList();
        }
        return f.withPlaces(kept);
    }

    /**
     * The sentence's facts without the places after the trigger that "from" introduces, and the places listed with them
     * ("sent from Port-au-Prince and Hinche"): where forces were sent from is no place they were deployed in.
     */
    private SentenceFacts withoutOrigins(SentenceFacts f, TriggerLexicon.Match trig) {
        List<Token> t = f.tokens();
        int after = t.get(trig.end() - 1).span().end();
        java.util.Set<Integer> lists = new java.util.HashSet<>();
        List<PlaceMention> kept = new ArrayList<>();
        for (PlaceMention p : f.places()) {
            // (after the verb, or in its subject: "planes from the San Isidro base strafed …")
            // ("launching attacks for years from bases in eastern Congo": where they set out from)
            boolean origin = originBefore.matcher(Arguments.wordsBefore(f, p, 30)).matches()
                    || p.span().start() >= after && p.list() > 0 && lists.contains(p.list());
            if (origin) {
                if (p.list() > 0) {
                    lists.add(p.list());
                }
                continue;
            }
            kept.add(p);
        }
        return kept.size() == f.places().size() ? f : f.withPlaces(kept);
    }

    /**
     * "…, a figure Western analysts in Bangkok called wildly inflated": a place after an observer and "in" is where the
     * observer is, no place of the events told.
     */
    private SentenceFacts withoutObserverPlaces(SentenceFacts f) {
        List<Token> t = f.tokens();
        return withoutPlacesAfterIn(f, k -> observerNouns.contains(t.get(k).lower()));
    }

    /**
     * "captured Kisangani, Zaire's third largest city": a country or a province in the possessive that opens an
     * apposition to the place before the comma only tells where that place lies; it is no event's place (a town's
     * stays: "the Freeport, Monrovia's main port" names the city that "the city centre" later refers to). Nor is the
     * country that closes a sentence's address ("…, Sanmatenga Province, Burkina Faso.").
     */
    private static SentenceFacts withoutAppositiveOwners(SentenceFacts f) {
        List<Token> t = f.tokens();
        List<PlaceMention> kept = new ArrayList<>(f.places());
        for (PlaceMention p : f.places()) {
            int first = f.tokenAt(p.span().start());
            int last = f.lastTokenBefore(p.span().end());
            if (p.place() == null || p.place().precision() != org.sitrep.core.model.GeoPrecision.COUNTRY
                    && p.place().precision() != org.sitrep.core.model.GeoPrecision.PROVINCE
                    || first < 2 || last + 1 >= t.size() || !t.get(first - 1).text().equals(",")
                    || !(t.get(last + 1).text().equals("'s") || t.get(last + 1).text().equals("’s"))) {
                continue;
            }
            int comma = t.get(first - 1).span().start();
            boolean placeBefore = f.places().stream().anyMatch(o -> o != p && o.span().end() <= comma
                    && f.lastTokenBefore(o.span().end()) == first - 2);
            if (placeBefore) {
                kept.remove(p);
            }
        }
        // "around the town of Barsalogho, Sanmatenga Province, Burkina Faso.": the country that closes an address
        // ending the sentence is where the town before it lies (a division the gazetteer does not know between), no
        // place of its own
        PlaceMention end = f.places().isEmpty() ? null : f.places().get(f.places().size() - 1);
        if (end != null && end.place() != null && end.place().resolved() && end.place().precision() == org.sitrep.core.model.GeoPrecision.COUNTRY) {
            int first = f.tokenAt(end.span().start());
            int last = f.lastTokenBefore(end.span().end());
            boolean closes = last + 1 >= t.size() || last + 2 >= t.size() && Rx.matches(t.get(last + 1).text(), "[.!]");
            int k = first - 2;
            while (k > 0 && k > first - 8 && placeEndingAt(f, k, end) == null
                    && (Character.isUpperCase(t.get(k).text().charAt(0)) || t.get(k).text().equals(","))) {
                k--;
            }
            PlaceMention town = first >= 2 && t.get(first - 1).text().equals(",") ? placeEndingAt(f, k, end) : null;
            if (closes && town != null && town.place() != null && end.place().country().equals(town.place().country())) {
                kept.remove(end);
            }
        }
        return kept.size() == f.places().size() ? f : f.withPlaces(kept);
    }

    /** The place other than {@code not} whose last token is {@code k}, or null. */
    private static PlaceMention placeEndingAt(SentenceFacts f, int k, PlaceMention not) {
        return f.places().stream().filter(o -> o != not && f.lastTokenBefore(o.span().end()) == k).findFirst().orElse(null);
    }

    /**
     * "wounded on the island, which lies about 3 km south of the border in the Yellow Sea": the places of a clause of
     * ", which" or ", where" (the pack's {@code relative-place-words}) and a verb of lying somewhere (its
     * {@code locating-verbs}) only locate the place
     * before it; they are no event's place when one is named (or referred to) before the comma.
     */
    private SentenceFacts withoutLocatingClauses(SentenceFacts f) {
        List<Token> t = f.tokens();
        int from = -1;
        int to = t.size();
        for (int k = 1; k + 1 < t.size(); k++) {
            if (t.get(k - 1).text().equals(",") && relativePlaceWords.contains(t.get(k).lower())) {
                for (int v = k + 1; v < Math.min(t.size(), k + 4); v++) {
                    if (locatingVerbs.contains(t.get(v).lemma()) && t.get(v).isVerb()) {
                        from = k;
                        break;
                    }
                }
                if (from >= 0) {
                    for (int e = from + 1; e < t.size(); e++) {
                        if (t.get(e).text().equals(",") || t.get(e).text().equals(";")) {
                            to = e;
                            break;
                        }
                    }
                    break;
                }
            }
        }
        if (from < 0) {
            return f;
        }
        int s0 = t.get(from).span().start();
        int s1 = to < t.size() ? t.get(to).span().start() : Integer.MAX_VALUE;
        boolean before = f.places().stream().anyMatch(p -> p.span().end() <= s0);
        if (!before) {
            return f;
        }
        List<PlaceMention> kept = f.places().stream().filter(p -> p.span().start() < s0 || p.span().start() >= s1).toList();
        return f.withPlaces(kept);
    }

    /**
     * "Khartoum said its forces…", "Kyiv said": a speaker that is a national capital and nothing else speaks for its
     * country's state, a party with that state's side.
     */
    private List<Attribution> capitalsSpeak(SentenceFacts f, List<Attribution> as) {
        List<Attribution> out = null;
        for (int k = 0; k < as.size(); k++) {
            Attribution a = as.get(k);
            if (a.party() || a.media() || a.claimantSpan() == null) {
                continue;
            }
            for (PlaceMention p : f.places()) {
                if (!p.span().equals(a.claimantSpan()) || p.place() == null || !p.place().resolved()
                        || p.place().geonameid() == null || !nationalCapital.test(p.place().geonameid())) {
                    continue;
                }
                ActorLexicon.Actor state = p.place().country() == null ? null : lexicon.stateOf(p.place().country());
                if (state != null) {
                    if (out == null) {
                        out = new ArrayList<>(as);
                    }
                    out.set(k, new Attribution(a.claimant(), a.verbClass(), a.verb(), a.from(), a.to(), true, state.side(),
                            false, a.claimantSpan(), false));
                }
                break;
            }
        }
        return out == null ? as : out;
    }

    /**
     * "…, a claim Salisbury rejected", "a charge Khartoum denied": a capital named between a noun of what was said (the
     * pack's {@code rejected-nouns}) and a verb of rejection (its {@code rejection-verbs}) speaks for its state; it is
     * no place of the events before it; so is one right after a verb whose object is a party (its
     * {@code accusation-verbs}: "accused Juba of aggression", "blamed Kigali for the attack").
     */
    private SentenceFacts withoutRejecters(SentenceFacts f) {
        List<Token> t = f.tokens();
        List<PlaceMention> kept = f.places().stream().filter(p -> {
            int first = f.tokenAt(p.span().start());
            int last = f.tokenAt(p.span().end() - 1);
            return !(first > 0 && last + 1 < t.size() && rejectedNouns.contains(t.get(first - 1).lower())
                    && rejectionVerbs.contains(t.get(last + 1).lemma())
                    || first > 0 && accusationVerbs.contains(t.get(first - 1).lemma()) && t.get(first - 1).isVerb());
        }).toList();
        return f.withPlaces(kept);
    }

    /**
     * An event dated years before publication, or told with words of the war's past ("during the early years"),
     * is background history, not a current event.
     */
    private boolean historical(SentenceFacts f, TriggerLexicon.Match trig, TimeMention when, Narrative st) {
        if (cues.any("history", f.tokens(), 0, f.tokens().size())) {
            return true;
        }
        String last = f.tokens().get(trig.end() - 1).lower();
        boolean pastForm = last.endsWith("ed") && !last.equals(f.tokens().get(trig.end() - 1).lemma()); // "counter-attacked"
        if (st.published() == null || !st.published().isKnown() || trig.entry().frame() != TriggerLexicon.Frame.NOMINAL
                || pastForm || supported(f.tokens(), trig) || tollOf(f.tokens(), trig) || definedAfterCopula(f.tokens(), trig.start())) {
            // a verb tells an event, however long ago: "Iraq captured Khorramshahr in October 1980" is the war's
            // background, an event all the same
            return false;
        }
        // a noun dated years back names history ("the 1982 massacre", "the largest massacre in Syrian history in 1982"),
        // years back from the time the text tells of: an encyclopedia's page on 1916 tells its own year's fighting
        int year = st.published().firstDay().getYear();
        if (st.lastTime() != null && st.lastTime().isKnown() && st.lastTime().lastDay().getYear() < year) {
            year = st.lastTime().lastDay().getYear();
        }
        if (when != null && when.interval().isKnown() && when.interval().precision() != org.sitrep.core.model.TimePrecision.INFERRED
                && when.span() != null && f.sentence().span().contains(when.span())) {
            return when.interval().lastDay().getYear() < year - 1; // the sentence dates it: "On 26 March, … since the 2006 war"
        }
        java.util.regex.Matcher m = Rx.of("\\b(1[89]\\d\\d|20\\d\\d)\\b").matcher(f.sentence().text());
        while (m.find()) {
            if (Integer.parseInt(m.group(1)) < year - 1) {
                return true;
            }
        }
        return false;
    }

    /**
     * "The Battle of Chamdo was a military campaign by the PLA … in October 1950": a noun after "was a" says what its
     * subject was, the event a page is about, however long ago.
     */
    private static boolean definedAfterCopula(List<Token> t, int i) {
        int k = i - 1;
        while (k >= 0 && i - k <= 2 && t.get(k).pos().equals("ADJ")) {
            k--;
        }
        return k >= 1 && Rx.matches(t.get(k).lower(), "a|an") && t.get(k - 1).lemma().equals("be");
    }

    /**
     * A noun trigger that a support verb carries ("carried out a series of massacres in …", "launched an offensive"): a
     * deed the sentence tells, however long ago, not a name for history.
     */
    private boolean supported(List<Token> t, TriggerLexicon.Match trig) {
        for (int k = trig.start() - 1; k >= Math.max(0, trig.start() - 6); k--) {
            Token x = t.get(k);
            if (supportVerbs.contains(x.lemma()) || k > 0 && supportVerbs.contains(t.get(k - 1).lemma() + " " + x.lower())) {
                return x.isVerb() || k > 0 && t.get(k - 1).isVerb();
            }
            if (!Rx.matches(x.pos(), "DET|ADJ|NUM|NOUN") && !x.lower().equals("of")) {
                break;
            }
        }
        // after it, in the passive: "a chemical attack carried out by Iraqi forces on the Kurdish town of Halabja"
        int k = trig.end();
        if (k < t.size() && (supportVerbs.contains(t.get(k).lemma())
                || k + 1 < t.size() && supportVerbs.contains(t.get(k).lemma() + " " + t.get(k + 1).lower()))) {
            return t.get(k).lower().endsWith("ed") || !t.get(k).lower().equals(t.get(k).lemma());
        }
        return false;
    }

    /**
     * A noun trigger that is the subject of its toll ("In 1999, a series of bombings in the capital Tashkent killed 16
     * people"): the deed is told, however long ago.
     */
    private boolean tollOf(List<Token> t, TriggerLexicon.Match trig) {
        for (int k = trig.end(); k < Math.min(t.size(), trig.end() + 8); k++) {
            Token x = t.get(k);
            if (x.isVerb() && tollVerbs.contains(x.lower())) {
                return !t.get(k - 1).lemma().equals("be"); // not "… in the bombing were killed": the toll's setting
            }
            if (Rx.matches(x.text(), "[,;:]") || x.isVerb() && !x.lower().endsWith("ing") && !x.lower().endsWith("ed")) {
                return false;
            }
        }
        return false;
    }

    /** Types worth reporting without a place (an offensive's start, a toll, a deployment). */
    private static boolean placeOptional(EventType t) {
        return t.placeOptional();
    }

    /** The end of the phrase after "of" that names whom a killing killed: the next preposition, or its object's end. */
    private static int victimsEnd(List<Token> t, int from) {
        int end = objectEnd(t, from, 8);
        for (int k = from; k < end; k++) {
            boolean count = k + 1 < end && t.get(k + 1).pos().equals("NUM") || k + 2 < end && t.get(k + 2).pos().equals("NUM");
            if (t.get(k).pos().equals("ADP") && !count) { // ("of at least 46 people": a count's words, not a preposition of its own)
                return k;
            }
        }
        return end;
    }

    /**
     * Whether {@code agent} stands inside a subject headed by an event's noun before the toll verb {@code k}: "fighting
     * between the ELN and dissidents of the FARC killed 80 people" — the fighting killed them, not the ones it names.
     */
    private static boolean insideEventNounSubject(SentenceFacts f, List<TriggerLexicon.Match> found, int k, ActorMention agent) {
        List<Token> t = f.tokens();
        int a = f.tokenAt(agent.span().start());
        int verb = found.get(k).start();
        for (int j = 0; j < k; j++) {
            TriggerLexicon.Match m = found.get(j);
            boolean noun = m.entry().frame() == TriggerLexicon.Frame.NOMINAL || t.get(m.start()).lower().endsWith("ing");
            if (!noun || m.end() > a || a >= verb) {
                continue;
            }
            boolean clause = false;
            for (int x = m.end(); x < verb && !clause; x++) {
                Token w = t.get(x);
                clause = w.isVerb() || w.text().equals(",") || w.text().equals(";");
            }
            if (!clause) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether an event of this type takes the toll of its sentence as its own (event-types.tsv's absorbs); a clash
     * not when the toll is counted over time ("clashes in the Poso district have killed more than 1,000 people since
     * 1998": a toll of its own, as the guidelines' "when a toll is the main content").
     */
    private static boolean absorbsToll(EventType t, boolean cumulative) {
        return t.absorbsCasualties() && !(cumulative && t == EventType.CLASH);
    }

    private static boolean absorbsCasualties(EventType t) {
        return t.absorbsCasualties();
    }

    private static boolean onlyConjunction(List<Token> t, int from, int to) {
        for (int i = from; i < to; i++) {
            String w = t.get(i).text().toLowerCase();
            if (!(w.equals("and") || w.equals(",") || w.equals("then") || w.equals("later"))) {
                return false;
            }
        }
        return to > from;
    }

    /**
     * A past verb right after the object of a purpose infinitive is the sentence's own verb, not the purpose's: "troops
     * deployed in the city to protect the government clashed with the rebels".
     */
    private static boolean mainVerbAfterPurpose(List<Token> t, Cues.Hit h, TriggerLexicon.Match trig) {
        int i = trig.start();
        return t.get(h.start()).lower().equals("to") && i > h.end()
                && t.get(i).pos().equals("VERB") && t.get(i).lower().endsWith("ed")
                && (t.get(i - 1).pos().equals("NOUN") || t.get(i - 1).pos().equals("PROPN"));
    }

    /** A noun inside a "since …" phrase: "since the escalation of hostilities", "since the start of the offensive". */
    static boolean sinceAnchor(List<Token> t, int i) {
        for (int k = i - 1; k >= Math.max(0, i - 6); k--) {
            Token x = t.get(k);
            if (x.lower().equals("since")) {
                return true;
            }
            String p = x.pos();
            if (!(p.equals("DET") || p.equals("ADJ") || p.equals("NOUN") || p.equals("ADP") || p.equals("PROPN") || p.equals("NUM"))) {
                return false;
            }
        }
        return false;
    }

    /**
     * "the attack" after an ambush, a strike or shelling was told: the word for any assault names the one told ("said
     * its fighters carried out the attack" after "rebels ambushed an army patrol").
     */
    private static boolean generalAttack(TriggerLexicon.Match trig, Narrative st) {
        return trig.entry().type() == EventType.ATTACK && (st.seenFamilies().contains(EventType.AMBUSH)
                || st.seenFamilies().contains(EventType.AIRSTRIKE) || st.seenFamilies().contains(EventType.SHELLING)
                || st.seenFamilies().contains(EventType.CAPTURE)); // "killed in the assault" after "troops recaptured X"
    }

    /**
     * "the" right before the noun at {@code i}, or before a place's name that modifies it ("in the Tiger Hill
     * assault"): an event told before, named by where it was.
     */
    private static boolean definiteBefore(SentenceFacts f, int i) {
        List<Token> t = f.tokens();
        int k = i - 1;
        for (PlaceMention p : f.places()) {
            if (p.span().end() == t.get(i - 1).span().end()) {
                k = f.tokenAt(p.span().start()) - 1;
            }
        }
        return k >= 0 && t.get(k).lower().equals("the");
    }

    /**
     * Whether the phrase the preposition at token {@code adp} opens is a time or a statement, not a place: "claimed
     * responsibility for the attack in a statement", "killed in the attack on Friday".
     */
    private boolean notAPlaceAfter(SentenceFacts f, int adp) {
        List<Token> t = f.tokens();
        int k = adp + 1;
        if (k < t.size() && (t.get(k).pos().equals("DET") || t.get(k).pos().equals("PRON"))) {
            k++; // "in a statement", "in its statement"
        }
        if (k + 1 < t.size() && t.get(k).pos().equals("ADJ")) {
            k++; // "on social media", "in a brief statement"
        }
        if (k >= t.size()) {
            return false;
        }
        if (statementNouns.contains(t.get(k).lemma()) || statementNouns.contains(t.get(k).lower())) {
            return true;
        }
        int at = t.get(adp + 1).span().start();
        return f.times().stream().anyMatch(x -> x.mention().span() != null && x.mention().span().start() == at);
    }

    /** "this violence", "these ongoing attacks", "such heavy fighting": a demonstrative, at most two modifiers away. */
    static boolean demonstrativeBefore(List<Token> t, int i) {
        for (int k = i - 1; k >= Math.max(0, i - 3); k--) {
            String w = t.get(k).lower();
            if (w.equals("this") || w.equals("these") || w.equals("that") || w.equals("those") || w.equals("such")) {
                return true;
            }
            if (!t.get(k).pos().equals("ADJ") && !t.get(k).pos().equals("VERB")) {
                return false;
            }
        }
        return false;
    }

    /** A passive verb: a form of "be" (or "get") just before it, skipping adverbs. */
    static boolean isPassive(List<Token> t, int i) {
        String w = t.get(i).text().toLowerCase();
        // a participle: regular, or an irregular past form the lemma tells apart ("held", "sent", "led", "hit" aside)
        boolean irregularPast = t.get(i).isVerb() && !w.equals(t.get(i).lemma()) && !w.endsWith("s") && !w.endsWith("ing");
        if (!(w.endsWith("ed") || w.endsWith("en") || w.equals("taken") || w.equals("seized") || irregularPast)) {
            return false;
        }
        if (i + 1 < t.size() && t.get(i + 1).text().equalsIgnoreCase("by")) {
            return true;
        }
        for (int k = i - 1; k >= Math.max(0, i - 3); k--) {
            Token x = t.get(k);
            if (x.lemma().equals("be") || x.lemma().equals("get")) {
                return true;
            }
            if (!x.pos().equals("ADV")) {
                return false;
            }
        }
        return false;
    }

    /** "the day's fighting", "Sunday's attack": a noun of violence owned by a time points back to what that time saw. */
    private boolean timePossessive(List<Token> t, int i) {
        if (i < 1) {
            return false;
        }
        String prev = t.get(i - 1).lower();
        String owner = (prev.equals("'s") || prev.equals("’s")) && i >= 2 ? t.get(i - 2).lower()
                : prev.endsWith("'s") || prev.endsWith("’s") ? prev.substring(0, prev.length() - 2) : null;
        return owner != null && timeOwners.contains(owner);
    }

    /**
     * Whether the noun at {@code i} is what a verb of declaration (the pack's {@code declaration-verbs}) declares, with
     * at most its article, modifiers and quotes between ("declared an \"internal armed conflict\"").
     */
    private boolean declared(List<Token> t, int i) {
        for (int k = i - 1; k >= 0 && i - k <= 5; k--) {
            Token x = t.get(k);
            if (declarationVerbs.contains(x.lemma()) && x.isVerb()) {
                return true;
            }
            boolean quote = x.pos().equals("PUNCT") && Rx.matches(x.text(), "[\"“”'‘’]+|''|``");
            if (!(quote || Rx.matches(x.pos(), "DET|ADJ|NOUN|VERB") && !x.lemma().equals("be"))) {
                return false;
            }
        }
        return false;
    }

    private boolean admissible(SentenceFacts f, TriggerLexicon.Match trig, List<TriggerLexicon.Match> all, Narrative st) {
        List<Token> t = f.tokens();
        int i = trig.start();
        if (trig.entry().type() == EventType.CONTROL && trig.entry().frame() == TriggerLexicon.Frame.AGENT
                && oneWord(trig) && (takenPerson(t, trig.end()) || isPassive(t, i) && personSubject(t, i))) {
            // "were holding an unknown number of people there", "hostages held by rebels in Kolwezi": people held, no place
            return false;
        }
        if (trig.entry().type().family() == EventType.CAPTURE && trig.entry().frame() == TriggerLexicon.Frame.AGENT
                && (!isPassive(t, i) && (seizedGoods(t, trig.end()) || oneWord(trig) && takenPerson(t, trig.end()))
                || isPassive(t, i) && oneWord(trig) && (personSubject(t, i) || goodsSubject(t, i)))) {
            // "seized weapons", "captured a general", "a general had been captured", "large stocks of arms had been
            // seized": no place taken
            return false;
        }
        if (trig.end() == i + 1 && attributiveParticiples.contains(t.get(i).lower()) && i + 1 < t.size()
                && (t.get(i + 1).pos().equals("NOUN") || t.get(i + 1).pos().equals("ADJ"))
                && (t.get(i).lower().equals("surrounding") || i == 0 || Rx.matches(t.get(i - 1).pos(), "DET|ADP|ADJ")
                || t.get(i - 1).lower().equals("their") || t.get(i - 1).lower().equals("its"))) {
            // ("the retreating columns", "at advancing armor"; but "…, attacking villages in X" attacks them)
            return false; // "clashes in Tshimbulu and surrounding villages": villages around it, no force surrounding them
        }
        boolean timeOwned = timePossessive(t, i);
        if ((trig.entry().frame() == TriggerLexicon.Frame.NOMINAL || timeOwned) && (isViolence(trig.entry().type())
                || absorbsCasualties(trig.entry().type())) && i > 0 // "responsibility for the ambush" too
                && (definiteBefore(f, i) && (st.lastActorOf().containsKey(trig.entry().type().family())
                || st.seenFamilies().contains(trig.entry().type().family()) || generalAttack(trig, st))
                || timeOwned && !st.seenFamilies().isEmpty()) // "the day's fighting": whatever the day saw
                && !placeFollows(f, trig) && !cues.any("nominal-intensity", t, Math.max(0, i - 3), i)
                && !(trig.end() < t.size() && munitionVerbs.contains(t.get(trig.end()).lemma())) // "The attacks targeted the villages of A and B"
                && (trig.end() >= t.size() || !t.get(trig.end()).pos().equals("ADP") || notAPlaceAfter(f, trig.end()))
                && !cues.at("located", t, trig.end())) {
            return false; // "killed in the attack": the attack told before, referred to again
        }
        if (trig.entry().type() == EventType.ATTACK && trig.entry().frame() == TriggerLexicon.Frame.AGENT
                && t.get(i).lower().endsWith("ing") && strikeBefore(t, i, all)) {
            return false; // "fired shells at X, killing two marines and setting houses ablaze": what the shelling did
        }
        if (trig.entry().frame() == TriggerLexicon.Frame.NOMINAL && instrumentAt(t, i) >= 0
                && (t.get(i).lower().equals(t.get(i).lemma()) || t.get(i).lower().endsWith("s")) // a noun's form, not "struck"/NOUN
                && !t.get(trig.end() - 1).isVerb()) { // "… and grenades attacked the town": the verb attacks
            return false; // "militants using car bombs, rockets and heavy machine guns": the weapons of the attack told
        }
        if (trig.entry().type() == EventType.CLASH && warLength(t, trig)) {
            return false; // "has fought the government for 18 years", "fought a 16-year civil war": a war's length, background
        }
        if (trig.entry().frame() == TriggerLexicon.Frame.NOMINAL && warSpan(t, i)) {
            return false; // "three decades of violence in Northern Ireland": a war's long span, background
        }
        if (trig.entry().frame() == TriggerLexicon.Frame.NOMINAL && rankedAfterCopula(t, i)) {
            return false; // "It was the deadliest single attack in three decades": what the event told before was
        }
        if (trig.entry().frame() == TriggerLexicon.Frame.NOMINAL && declared(t, i)) {
            return false; // "declaring an 'internal armed conflict'": a status proclaimed, no fighting told
        }
        if (trig.entry().type() == EventType.CLASH && trig.entry().frame() == TriggerLexicon.Frame.NOMINAL && i >= 3
                && t.get(i - 1).lower().equals("the") && t.get(i - 2).lower().equals("in")
                && all.stream().anyMatch(o -> o.end() <= i - 2 && o.entry().type() == EventType.CASUALTIES && i - o.end() <= 8)) {
            return false; // "its forces had killed about 100 militants in the fighting": the toll is told, the fighting its setting
        }
        if (trig.entry().type() == EventType.CLASH && trig.entry().frame() == TriggerLexicon.Frame.NOMINAL && i >= 3
                && t.get(i - 1).lower().equals("the") && args.sufferedIn(t, 0, i)) {
            return false; // "270 people were killed in the fighting in Abidjan": the toll is told, the fighting its setting
        }
        if (trig.entry().type() == EventType.ENTER || trig.entry().type() == EventType.ADVANCE) {
            for (TriggerLexicon.Match o : all) {
                if (o.end() == i && o.entry().frame() == TriggerLexicon.Frame.NOMINAL && (o.entry().type() == EventType.AIRSTRIKE
                        || o.entry().type() == EventType.SHELLING)) {
                    return false; // "airstrikes penetrating deeper into the country": the strikes reach, no force enters
                }
            }
        }
        if (trig.entry().frame() == TriggerLexicon.Frame.NOMINAL && (isViolence(trig.entry().type())
                || trig.entry().type() == EventType.ADVANCE) && latestOf(t, i) && all.stream().anyMatch(o -> o.end() <= i)) {
            return false; // "…, in the latest flare-up of ethnic violence in the region": the clause's event characterised
        }
        if (i > 0 && t.get(i).lower().endsWith("ing") && trig.entry().frame() != TriggerLexicon.Frame.NOMINAL
                && t.get(i - 1).pos().equals("NOUN")
                && (statementNouns.contains(t.get(i - 1).lemma()) || statementNouns.contains(t.get(i - 1).lower()))) {
            return false; // "unconfirmed reports reaching Bangkok", "a video showing": the news moves, no force does
        }
        if (trig.entry().lemmas().length == 1 && munitionVerbs.contains(trig.entry().lemmas()[0]) && !struckBy(t, i)) {
            return false; // "the war hit the economy": "hit", "target" tell a strike only when aircraft or shells hit
        }
        if (trig.entry().frame() == TriggerLexicon.Frame.NOMINAL && sinceAnchor(t, i)) {
            return false; // "killed since the escalation of hostilities in October": the hostilities date the toll
        }
        if (trig.entry().frame() == TriggerLexicon.Frame.NOMINAL && isViolence(trig.entry().type())
                && st.seenFamilies().contains(trig.entry().type().family()) && demonstrativeBefore(t, i) && !placeFollows(f, trig)) {
            return false; // "affected by this ongoing violence": the violence already told, pointed at
        }
        if (trig.entry().type() == EventType.OFFENSIVE && trig.entry().frame() == TriggerLexicon.Frame.NOMINAL && i >= 2
                && t.get(i - 2).lower().equals("from") && t.get(i - 1).pos().equals("DET")) {
            return false; // "as they returned from an operation against the rebels": where they came from, not a new one
        }
        if (trig.entry().frame() != TriggerLexicon.Frame.NOMINAL && i >= 1 && t.get(i - 1).text().equals(",")
                && t.get(i).lower().endsWith("ing") && all.stream().anyMatch(o -> o.end() < i && doneIn(o, trig))) {
            // "carried out 22 strikes near Raqqa, destroying fighting positions": what the strikes did; "repelled a
            // Peruvian assault on the outpost, shooting down a helicopter": what was done in it
            return false;
        }
        if (all.stream().anyMatch(o -> o.end() <= i && i - o.end() <= 2 && o.entry().frame() == TriggerLexicon.Frame.NOMINAL
                && (o.entry().type() == EventType.SHELLING || o.entry().type() == EventType.AIRSTRIKE)
                && o.entry().needs().contains(t.get(i).lemma()))) {
            return false; // "Army shells set fire to buildings": the verb the shells need tells what they did, no event of its own
        }
        boolean failedAttempt = cues.any("failed", t, Math.max(0, i - 10), i) || RealisFinder.attemptFoiled(cues, t, trig);
        if (!failedAttempt && trig.entry().frame() != TriggerLexicon.Frame.NOMINAL && i >= 2 && t.get(i - 1).lower().equals("to")
                && (t.get(i - 1).pos().equals("PART") || t.get(i).pos().equals("VERB") || t.get(i).lower().equals(t.get(i).lemma()))
                && purposeHead(f, i - 2)
                && !forcedTo(t, i - 2) && !sentToReinforce(t, trig)) {
            // "launched an offensive to retake the capital", "the decision to withdraw", "crossed into X near Y
            // overnight to destroy positions": a purpose, not a deed
            return false;
        }
        for (Cues.Hit h : cues.find("hypothetical", t, Math.max(0, i - 8), i)) {
            if (!clauseBreak(t, h.end(), i) && !failedAttempt && !mainVerbAfterPurpose(t, h, trig) && !cues.at("perceived", t, h.start())) {
                return false;
            }
        }
        String w = t.get(i).text().toLowerCase();
        boolean nounLike = trig.entry().frame() == TriggerLexicon.Frame.NOMINAL || w.endsWith("ing")
                || trig.entry().frame() == TriggerLexicon.Frame.STATE;
        if (nounLike && cues.find("hypothetical", t, trig.end(), Math.min(t.size(), trig.end() + 4)).stream()
                .anyMatch(h -> !cues.at("perceived", t, h.start()))) {
            return false; // "fighting could spread"; but "artillery fire could be heard in the city" was heard
        }
        if (cues.any("not-asserted", t, Math.max(0, i - 8), i) || describesPlace(t, i)) {
            return false;
        }
        if (trig.entry().type() == EventType.CAPTURE && (cues.any("casualty-words", t, Math.max(0, i - 4), i)
                || cues.any("casualty-words", t, trig.end(), Math.min(t.size(), trig.end() + 3)))) {
            return false;
        }
        if (trig.entry().frame() == TriggerLexicon.Frame.NOMINAL && trig.end() < t.size()
                && cues.at("not-event-noun", t, trig.end())) {
            return false; // "evacuation orders", "attack helicopters": a noun naming something else
        }
        if (trig.entry().frame() == TriggerLexicon.Frame.NOMINAL && i > 0 && cues.at("not-event-before", t, i - 1)) {
            return false; // "a general strike", "a hunger strike": a strike of workers, no strike from the air
        }
        if (trig.end() < t.size() && cues.at("displaced-after", t, trig.end())) {
            return false; // "Fighting has displaced about 150,000 people since …": a displacement told, no fighting anywhere
        }
        if (trig.end() < t.size() && cues.at("subsided-after", t, trig.end())) {
            return false; // "Fighting died down in March": the fighting's end, told of no place
        }
        if (trig.entry().frame() != TriggerLexicon.Frame.NOMINAL) {
            int o = trig.end();
            if (o < t.size() && t.get(o).pos().equals("DET")) {
                o++;
            }
            if (o < t.size() && cues.at("not-event-object", t, o) && !positionsAt(f, o)) {
                return false; // "struck a deal", "hold talks", "shot a video"
            }
        }
        if (placeRightAfterVerbs.contains(trig.entry().lemmas()[0]) && (trig.end() >= t.size()
                || Arguments.placeStartingIn(f, t.get(trig.end() - 1).span().end(), t.get(Math.min(t.size() - 1, trig.end() + 3)).span().end()) == null)) {
            return false; // "the jihadists arrived in boats and opened fire on the base": they came by boat, to no place named
        }
        if (trig.entry().frame() == TriggerLexicon.Frame.NOMINAL && trig.entry().type() == EventType.ADVANCE
                && !placeFollows(f, trig)) {
            return false; // "despite their rapid advance", "unable to stop the advance": no advance on a place is told
        }
        if (trig.entry().frame() == TriggerLexicon.Frame.NOMINAL && trig.entry().type() == EventType.DEPLOYMENT
                && !cues.any("deployment-verb", t, Math.max(0, i - 6), Math.min(t.size(), trig.end() + 6))) {
            return false; // "despite the reinforcements of the regime": no sending or arriving is reported
        }
        if (trig.entry().frame() == TriggerLexicon.Frame.NOMINAL && isViolence(trig.entry().type()) && !happening(f, trig)) {
            return false;
        }
        return switch (trig.entry().type()) {
            case CONTROL -> trig.entry().frame() != TriggerLexicon.Frame.STATE || controlState(f, trig);
            case OFFENSIVE -> launched(t, trig) || underWay(f, trig);
            case CAPTURE -> !quantityFell(f, trig) && (bareTake(trig) ? takesAPlace(f, trig) : trig.entry().lemmas().length > 1
                    || !t.get(i).lemma().equals("fall") || args.nearestBefore(f, t.get(i).span().start()) != null
                    || anaphorSubject(f, trig) != null);
            case RECAPTURE -> !bareTake(trig) || takesAPlace(f, trig);
            default -> true;
        };
    }

    /**
     * "held positions around the Olympic stadium", "shelled positions near X": positions at a place the sentence names
     * right after them are ground held, not an office.
     */
    private static boolean positionsAt(SentenceFacts f, int o) {
        List<Token> t = f.tokens();
        if (!t.get(o).lower().startsWith("position") || o + 1 >= t.size() || !t.get(o + 1).pos().equals("ADP")) {
            return false;
        }
        int after = t.get(o + 1).span().end();
        return f.places().stream().anyMatch(p -> p.span().start() >= after && p.span().start() - after <= 12);
    }

    /** "The numbers fell to 2,500": a quantity falling is no town falling. */
    private static boolean quantityFell(SentenceFacts f, TriggerLexicon.Match trig) {
        List<Token> t = f.tokens();
        if (!t.get(trig.start()).lemma().equals("fall")) {
            return false;
        }
        int k = trig.end();
        if (k < t.size() && t.get(k).lower().equals("to")) {
            k++;
        }
        if (k < t.size() && inTime(f, t.get(k).span().start())) {
            return false; // "Mbarara fell two days later": a time, no quantity
        }
        return k < t.size() && (t.get(k).pos().equals("NUM") || Character.isDigit(t.get(k).text().charAt(0)));
    }

    /** The actor is the possessor of the aircraft that are the trigger's subject ("its fighter jets had destroyed"). */
    private boolean possessorOfAircraft(SentenceFacts f, ActorMention actor, TriggerLexicon.Match trig) {
        List<Token> t = f.tokens();
        int k = f.tokenAt(actor.span().end());
        boolean possessive = k > 0 && (t.get(k - 1).pos().startsWith("PRON") || t.get(k - 1).pos().equals("DET")) || k < t.size() && Rx.matches(t.get(k).text(), "['’]s");
        return possessive && trig.start() - k <= 5 && trig.start() > k && cues.any("air-words", t, k, trig.start());
    }

    /** A time expression of the sentence covers offset {@code off}. */
    private static boolean inTime(SentenceFacts f, int off) {
        for (org.sitrep.core.time.TimeExpr e : f.times()) {
            if (e.mention().span().start() <= off && off < e.mention().span().end()) {
                return true;
            }
        }
        return false;
    }

    /** A one-word trigger ("captured", "seized"), not a phrase whose object is who was driven out ("drove out the militants"). */
    private static boolean oneWord(TriggerLexicon.Match trig) {
        return trig.entry().lemmas().length == 1;
    }

    /** The object after a capture verb is a person ("captured a Russian general", "seized two soldiers"). */
    private boolean takenPerson(List<Token> t, int from) {
        for (int k = from; k < Math.min(t.size(), from + 6); k++) {
            Token w = t.get(k);
            if (takenPeople.contains(w.lemma()) || takenPeople.contains(w.lower()) || nationals(w)) {
                // but "rebel positions", "militant hideouts": the word qualifies a thing that was taken
                return !(k + 1 < t.size() && t.get(k + 1).pos().equals("NOUN") && !takenPeople.contains(t.get(k + 1).lemma())
                        && !takenPeople.contains(t.get(k + 1).lower()));
            }
            if (quantityNouns.contains(w.lower()) && k + 1 < t.size() && t.get(k + 1).lower().equals("of")) {
                k++; // "an unknown number of people", "scores of villagers": the people counted
                continue;
            }
            if (!(w.pos().equals("DET") || w.pos().equals("NUM") || w.pos().equals("ADJ") || w.pos().equals("PRON")
                    || w.pos().equals("PROPN") && k > from)) {
                return false; // "a Russian general"
            }
        }
        return false;
    }

    /** "Americans", "Iraqis": a demonym's plural, people of a nation ("captured five Americans" takes no place). */
    private boolean nationals(Token w) {
        return Character.isUpperCase(w.text().charAt(0))
                && org.sitrep.core.lang.Demonyms.isPlural(w.lower(), d -> lexicon.ofDemonym(d) != null);
    }

    /** The subject of a passive capture is a person: "a Russian general had been captured by rebels". */
    private boolean personSubject(List<Token> t, int i) {
        if (passiveSubjectIn(t, i, takenPeople)) {
            return true;
        }
        // "he and his wife Elena had been captured near Targoviste": a subject of persons, a pronoun among them
        int k = beforeAuxiliaries(t, i);
        for (int j = k; j >= 0 && k - j < 6 && Rx.matches(t.get(j).pos(), "PRON|PROPN|NOUN|CCONJ|DET"); j--) {
            if (Rx.matches(t.get(j).lower(), "he|she")) {
                return true;
            }
        }
        return false;
    }

    /** The subject of a passive capture is goods (the pack's {@code seized-goods}): "large stocks of arms had been seized". */
    private boolean goodsSubject(List<Token> t, int i) {
        return passiveSubjectIn(t, i, seizedGoods);
    }

    /** The word right before the verb at {@code i}, past its auxiliaries and adverbs, is one of {@code words} (lemma or form). */
    private static boolean passiveSubjectIn(List<Token> t, int i, java.util.Set<String> words) {
        int k = beforeAuxiliaries(t, i);
        for (int j = k; j > 0 && k - j < 10; j--) {
            if (t.get(j).lower().equals("who") && Rx.matches(t.get(j - 1).pos(), "NOUN|PROPN")) {
                k = j - 1; // "five mercenaries who failed to reach the aircraft were captured": the noun before "who"
                break;
            }
        }
        return k >= 0 && (words.contains(t.get(k).lemma()) || words.contains(t.get(k).lower()));
    }

    /** The token before the verb at {@code i} past its auxiliaries and adverbs ("had been", "were seriously"), or -1. */
    private static int beforeAuxiliaries(List<Token> t, int i) {
        int k = i - 1;
        while (k >= 0 && (t.get(k).pos().equals("AUX") || t.get(k).pos().equals("ADV") || t.get(k).lemma().equals("be")
                || t.get(k).lemma().equals("have"))) {
            k--;
        }
        return k;
    }

    /** The object after token {@code from} is goods (the pack's {@code seized-goods}), past at most three modifiers. */
    private boolean seizedGoods(List<Token> t, int from) {
        for (int k = from; k < Math.min(t.size(), from + 4); k++) {
            Token w = t.get(k);
            if (seizedGoods.contains(w.lemma()) || seizedGoods.contains(w.lower())) {
                return true;
            }
            if (!(w.pos().equals("DET") || w.pos().equals("NUM") || w.pos().equals("ADJ"))) {
                return false;
            }
        }
        return false;
    }

    /** "take" or "take back" (not "take control of", "take over"). */
    private static boolean bareTake(TriggerLexicon.Match trig) {
        String[] l = trig.entry().lemmas();
        return l[0].equals("take") && (l.length == 1 || l.length == 2 && l[1].equals("back"));
    }

    /**
     * Bare "take" is a capture only when a place is what was taken: "took the town of X", "X was taken by", not
     * "took part", "took place", "took cover", "taken to hospital".
     */
    private boolean takesAPlace(SentenceFacts f, TriggerLexicon.Match trig) {
        List<Token> t = f.tokens();
        int base = f.sentence().span().start();
        String text = f.sentence().text();
        int end = t.get(trig.end() - 1).span().end();
        if (isPassive(t, trig.start())) {
            PlaceMention before = args.nearestBefore(f, t.get(trig.start()).span().start());
            return before != null && text.substring(before.span().end() - base, end - base).split("\\s+").length <= 5
                    || anaphorSubject(f, trig) != null;
        }
        for (PlaceMention p : f.places()) {
            if (p.span().start() >= end) {
                return p.kind() != PlaceMention.Kind.REGION
                        && takenObject.matcher(text.substring(end - base, p.span().start() - base)).matches();
            }
        }
        return false;
    }

    /**
     * A place the text refers back to as the subject right before a verb ("the port city was taken by northern units",
     * "before the city fell"), or null.
     */
    private static PlaceMention anaphorSubject(SentenceFacts f, TriggerLexicon.Match trig) {
        List<Token> t = f.tokens();
        int k = trig.start() - 1;
        while (k >= 0 && (t.get(k).pos().equals("AUX") || t.get(k).pos().equals("ADV") || t.get(k).lemma().equals("be")
                || t.get(k).lemma().equals("have"))) {
            k--;
        }
        if (k < 0) {
            return null;
        }
        for (PlaceMention p : f.places()) {
            if (p.kind() == PlaceMention.Kind.ANAPHOR && p.span().end() == t.get(k).span().end()) {
                return p;
            }
        }
        return null;
    }

    /**
     * Aircraft, missiles or artillery right before "hit" ("warplanes hit", "a shell hit", "a drone targeted"), or after
     * it in the passive ("was hit by rockets").
     */
    private boolean struckBy(List<Token> t, int i) {
        if (strikingWords(t, Math.max(0, i - 5), i)) {
            return true;
        }
        // in the passive, by what follows: "the oil terminal, which was hit by rockets on Wednesday"
        return i > 0 && t.get(i - 1).lemma().equals("be") && i + 1 < t.size() && t.get(i + 1).pos().equals("ADP")
                && strikingWords(t, i + 1, Math.min(t.size(), i + 5));
    }

    /** Aircraft, artillery or munitions named among tokens [from, to). */
    private boolean strikingWords(List<Token> t, int from, int to) {
        return cues.any("air-words", t, from, to) || cues.any("ground-words", t, from, to) || cues.any("munition-words", t, from, to);
    }

    /**
     * "the latest" within a few words before token {@code i} ("in the latest flare-up of violence", "the latest
     * attack"), or "in its biggest …", "in their deadliest …", "in the worst fighting since 2020" (the pack's
     * {@code ranking-words}): the noun ranks the
     * event the clause told.
     */
    /**
     * Whether a shelling or an air strike is told before the participle at {@code i}, across a comma: its clause says
     * what that strike did.
     */
    private static boolean strikeBefore(List<Token> t, int i, List<TriggerLexicon.Match> all) {
        for (TriggerLexicon.Match o : all) {
            EventType ot = o.entry().type();
            if (o.end() <= i && (ot == EventType.SHELLING || ot == EventType.AIRSTRIKE)) {
                for (int k = o.end(); k < i; k++) {
                    if (t.get(k).text().equals(",")) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * The index of the word of the pack's {@code instrument} ("using", "armed with") whose list of weapons holds the
     * noun at {@code i} (only nouns, adjectives, articles, numbers, "and" and commas between), or -1.
     */
    private int instrumentAt(List<Token> t, int i) {
        for (int k = i - 1; k >= 0 && i - k <= 10; k--) {
            if (cues.at("instrument", t, k)) {
                return k;
            }
            Token x = t.get(k);
            if (!(Rx.matches(x.pos(), "NOUN|PROPN|ADJ|DET|NUM|CCONJ") || x.text().equals(","))) {
                return -1;
            }
        }
        return -1;
    }

    /** Whether the verb at {@code v} follows its subject's list of weapons ("militants using car bombs … struck"). */
    private boolean usedWeapons(List<Token> t, int v) {
        return v > 1 && instrumentAt(t, v - 1) >= 0 && !t.get(v - 1).text().equals(",");
    }

    /**
     * Whether the fighting at {@code trig} is told with a war's length in years or decades: a duration after it ("for
     * 18 years", the pack's {@code duration-prepositions} and {@code war-span-units}) or a length written before its
     * object ("a 16-year civil war", "a two-decade war").
     */
    private boolean warLength(List<Token> t, TriggerLexicon.Match trig) {
        for (int k = trig.start(); k < Math.min(t.size(), trig.end() + 8); k++) {
            String w = t.get(k).lower();
            if (k > trig.start() && (t.get(k).text().equals(",") || t.get(k).text().equals(";"))) {
                return false;
            }
            for (String unit : warSpanUnits) {
                if (w.endsWith("-" + unit.substring(0, unit.length() - 1))) {
                    return true; // "16-year", "two-decade"
                }
            }
            if (warStartPrepositions.contains(w) && k + 1 < t.size() && Rx.matches(t.get(k + 1).text(), "(19|20)\\d\\d")
                    && trig.start() > 0 && (t.get(trig.start() - 1).lemma().equals("be") || t.get(trig.start() - 1).lemma().equals("have"))) {
                return true; // "has been fighting the government since 2018"
            }
            if (durationPrepositions.contains(w)) {
                for (int u = k + 1; u < Math.min(t.size(), k + 5); u++) {
                    if (warSpanUnits.contains(t.get(u).lower())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** "decades of violence", "years of brutal civil war": the noun at {@code i} after a long unit and "of" (the pack's {@code war-span-units}). */
    private boolean warSpan(List<Token> t, int i) {
        int k = i - 1;
        while (k >= 0 && t.get(k).pos().equals("ADJ") && i - k <= 3) {
            k--;
        }
        return k >= 1 && t.get(k).lower().equals("of") && warSpanUnits.contains(t.get(k - 1).lower());
    }

    /**
     * "It was the deadliest single attack in three decades", "the bombing was the worst attack since 1970": a noun
     * ranked after a copula (the pack's {@code ranking-words}) says what the subject, told before, was.
     */
    private boolean rankedAfterCopula(List<Token> t, int i) {
        for (int k = Math.max(2, i - 3); k < i; k++) {
            if (rankingWords.contains(t.get(k).lower()) && t.get(k - 1).lower().equals("the") && t.get(k - 2).lemma().equals("be")) {
                return true;
            }
        }
        return false;
    }

    private boolean latestOf(List<Token> t, int i) {
        for (int k = Math.max(1, i - 5); k < i; k++) {
            if (t.get(k).lower().equals("latest") && t.get(k - 1).lower().equals("the")) {
                return true;
            }
            if (k >= 2 && rankingWords.contains(t.get(k).lower())
                    && Rx.matches(t.get(k - 1).lower(), "its|their|the") && t.get(k - 2).lower().equals("in")) {
                return true;
            }
            if (k >= 3 && rankingWords.contains(t.get(k).lower()) && t.get(k - 1).lower().equals("the")
                    && t.get(k - 2).lower().equals("of") && t.get(k - 3).lower().equals("one")) {
                return true; // "…, one of the deadliest attacks on government forces in years"
            }
            if (k >= 2 && rankingWords.contains(t.get(k).lower()) && t.get(k - 1).pos().equals("DET")
                    && t.get(k - 2).text().equals(",")) {
                return true; // "…, the first deadly confrontation on the border in 45 years": the event told, ranked
            }
        }
        return false;
    }

    /**
     * "areas they had advanced into", "the towns it had captured", "the army, which had sent reinforcements": a
     * past-perfect verb in a relative clause describes its noun (background), it does not report a new event.
     */
    private static boolean describesPlace(List<Token> t, int i) {
        if (i >= 2 && t.get(i - 1).text().equalsIgnoreCase("had")
                && Rx.matches(t.get(i - 2).text().toLowerCase(), "which|who|that")) {
            return true; // "the Syrian army, which had sent reinforcements": background told in a relative clause
        }
        if (i < 3 || !t.get(i - 1).text().equalsIgnoreCase("had")) {
            return false;
        }
        String pronoun = t.get(i - 2).text().toLowerCase();
        if (!(pronoun.equals("they") || pronoun.equals("it") || pronoun.equals("he") || pronoun.equals("we"))) {
            return false;
        }
        int k = i - 3;
        if (t.get(k).text().equalsIgnoreCase("that") || t.get(k).text().equalsIgnoreCase("which")) {
            k--;
        }
        return k >= 0 && t.get(k).pos().equals("NOUN");
    }

    private static boolean isViolence(EventType t) {
        return t.isViolence();
    }

    /**
     * A noun of violence reports a happening when an intensity or count word qualifies it ("fierce battles", "two
     * prison breaks"), an occurrence verb goes with it ("clashes erupted", "intensified their attacks", "hostilities
     * continue", "strikes killed"), a place follows it through a locative ("clashes in X", "strikes on X", "the
     * battle for X"), an agent or target follows ("bombing by X", "airstrikes against Y"), an actor names it
     * ("Russian airstrikes"), or the sentence dates it. Negated ("no new fighting was reported") it reports none.
     */
    private boolean happening(SentenceFacts f, TriggerLexicon.Match trig) {
        List<Token> t = f.tokens();
        int i = trig.start();
        for (int k = Math.max(0, i - 3); k < i; k++) {
            String w = t.get(k).lower();
            if (w.equals("no") || w.equals("without") || w.equals("nor")) {
                return false;
            }
        }
        int verbEnd = trig.end() + 10;
        if (trig.end() < t.size() && t.get(trig.end()).text().equals(",")) {
            // "The fighting, the worst between the two countries since 1981, broke out …": past the appositive
            for (int k = trig.end() + 1; k < Math.min(t.size(), trig.end() + 20); k++) {
                if (t.get(k).text().equals(",")) {
                    verbEnd = Math.max(verbEnd, k + 6);
                    break;
                }
            }
        }
        if (cues.any("nominal-intensity", t, Math.max(0, i - 3), trig.end())
                || cues.any("nominal-verb", t, Math.max(0, i - 6), Math.min(t.size(), verbEnd))) {
            return true;
        }
        if (trig.end() - i >= 2 && t.get(trig.end() - 1).pos().equals("VERB") && !t.get(trig.end() - 1).lower().endsWith("ing")) {
            return true; // "Communist artillery fired shells at Quemoy": the noun's phrase ends in its own verb
        }
        if (t.get(i).lemma().equals("conflict")) {
            return false; // "the toll of the conflict on civilians in X": the war named, not fighting told
        }
        int b = i - 1;
        while (b >= 0 && Rx.matches(t.get(b).pos(), "ADJ|DET|NUM") && i - b <= 3) {
            b--;
        }
        if (b >= 1 && (t.get(b).lower().equals("after") && !t.get(b - 1).pos().equals("NUM")
                || Rx.matches(t.get(b).lower(), "was|were|been") && Rx.matches(t.get(b - 1).lower(), "there|has|had"))) {
            // "took the peaks after heavy fighting", "disabled after an exchange of fire", "where there was some fighting":
            // fighting that happened, told as what came before or went with the deed
            return true;
        }
        if (trig.end() - i == 1 && t.get(i).pos().equals("VERB") && t.get(i).lower().endsWith("ed")) {
            return true; // "ELN fighters clashed with the army": a noun of violence used as a verb in the past tells it happened
        }
        if (trig.end() - i == 1 && t.get(i).lower().endsWith("ing") && trig.end() < t.size() && t.get(trig.end()).pos().equals("DET")) {
            return true; // "accused the army of shelling a hospital": a gerund with its object is the verb told
        }
        for (int k = trig.end(); k < Math.min(t.size(), trig.end() + 2); k++) {
            String w = t.get(k).text().toLowerCase();
            if (w.equals("by") || w.equals("against") || w.equals("between") || w.equals("targeting")) {
                return true;
            }
        }
        if (placeFollows(f, trig)) {
            return true;
        }
        int from = t.get(Math.max(0, i - 6)).span().start();
        int to = t.get(Math.min(t.size() - 1, trig.end() + 6)).span().end();
        if (f.times().stream().anyMatch(e -> e.mention().interval().isKnown() && !e.isOffset()
                && e.mention().span().start() < to && e.mention().span().end() > from)) {
            return true; // dated next to it: "clashes on 12 November", "since 10 April, airstrikes"
        }
        int start = t.get(i).span().start();
        for (ActorMention a : f.actors()) {
            boolean covers = a.span().start() < start && a.span().end() >= t.get(trig.end() - 1).span().end();
            boolean adjective = a.span().end() <= start && start - a.span().end() <= 1 && args.isFighter(a)
                    && !Rx.matches(a.text().toLowerCase(), "their|its|his|her|our|they"); // "Junta airstrikes", not "their attacks"
            if (covers || adjective) {
                return true;
            }
        }
        return false;
    }

    /** A place right after the noun through a locative: "clashes in X", "strikes on X", "the battle for X". */
    private boolean placeFollows(SentenceFacts f, TriggerLexicon.Match trig) {
        List<Token> t = f.tokens();
        int k = trig.end();
        if (k + 1 < t.size() && t.get(k).isVerb() && t.get(k + 1).lower().equals("by")) {
            // "the advances made by forces aligned with the GNA against ISIL in Sirte": a place the agent's phrase
            // leads to, before any comma
            for (int j = k + 2; j + 1 < t.size() && j - k < 30 && !Rx.matches(t.get(j).text(), "[,;:]"); j++) {
                if (Rx.matches(t.get(j).lower(), "in|near|around|towards?|on|across")
                        && Arguments.placeStartingIn(f, t.get(j).span().end(), t.get(Math.min(t.size() - 1, j + 3)).span().end()) != null) {
                    return true;
                }
            }
            return false;
        }
        if (k + 2 < t.size() && t.get(k).lemma().equals("be") && Rx.matches(t.get(k + 1).lower(), "made|mounted|launched|directed|aimed")) {
            k += 2; // "the heaviest attack was made on the garrison at Moramanga": the noun's place after its support verb
        }
        if (k >= t.size() || !locatives.contains(t.get(k).lower())) {
            return false;
        }
        return Arguments.placeStartingIn(f, t.get(k).span().end(), t.get(Math.min(t.size() - 1, k + 5)).span().end()) != null;
    }


    /** "under its control", "under full rebel control", "under the control of X" — and not a background state. */
    private boolean controlState(SentenceFacts f, TriggerLexicon.Match trig) {
        List<Token> t = f.tokens();
        // "under rebel control", or "in rebel hands" (the phrase holds its own preposition)
        boolean under = trig.entry().lemmas()[0].equals("in");
        for (int k = Math.max(0, trig.start() - 4); k < trig.start(); k++) {
            under |= t.get(k).text().equalsIgnoreCase("under");
        }
        if (!under) {
            return false;
        }
        String s = f.sentence().text().toLowerCase();
        return !(s.contains(" since ") || s.contains("throughout") || s.contains("remained")
                || Rx.matches(s, ".*\\b(has|have|had)( not| never)? been under\\b.*"));
    }

    private static boolean clauseBreak(List<Token> t, int from, int to) {
        for (int k = from; k < to; k++) {
            String w = t.get(k).text();
            if (w.equals(";") || w.equals(".") || w.equals(",") && k + 1 <= to && k + 1 < t.size() && t.get(k + 1).pos().equals("VERB")) {
                return true;
            }
        }
        return false;
    }

    /** An offensive is an event when launched/started/begun, not when merely referred to ("since the start of"). */
    private static boolean launched(List<Token> t, TriggerLexicon.Match trig) {
        for (int k = Math.max(0, trig.start() - 10); k < Math.min(t.size(), trig.end() + 4); k++) {
            String l = t.get(k).lemma();
            if ((l.equals("start") || l.equals("beginning") || l.equals("launch") || l.equals("outset")) && k > 1
                    && t.get(k - 1).text().equalsIgnoreCase("the")
                    && Rx.matches(t.get(k - 2).text().toLowerCase(), "since|before|after|from|of")) {
                return false;
            }
        }
        for (int k = Math.max(0, trig.start() - 6); k < Math.min(t.size(), trig.end() + 4); k++) {
            String l = t.get(k).lemma();
            if (l.equals("launch") || l.equals("start") || l.equals("begin") || l.equals("announce") || l.equals("lead")) {
                return true;
            }
        }
        return false;
    }

    /**
     * An operation or offensive told as under way or as done by someone, not only as launched: "ground operations
     * continue", "operations in X intensified", "an offensive by the army", "operations against X"; not a reference
     * to it ("since the start of the offensive").
     */
    private boolean underWay(SentenceFacts f, TriggerLexicon.Match trig) {
        List<Token> t = f.tokens();
        int i = trig.start();
        for (int k = Math.max(0, i - 4); k < i; k++) {
            String l = t.get(k).lemma();
            if ((l.equals("start") || l.equals("beginning") || l.equals("outset") || l.equals("end")) && k + 1 < i
                    && t.get(k + 1).text().equalsIgnoreCase("of")) {
                return false;
            }
        }
        if (cues.any("nominal-verb", t, Math.max(0, i - 6), Math.min(t.size(), trig.end() + 10))) {
            return true;
        }
        for (int k = trig.end(); k < Math.min(t.size(), trig.end() + 2); k++) {
            String w = t.get(k).lower();
            if (w.equals("by") || w.equals("against")) {
                return true;
            }
        }
        return placeFollows(f, trig) && cues.any("nominal-intensity", t, Math.max(0, i - 3), trig.end());
    }

    private static double confidence(PlaceMention p, ActorMention actor, TimeMention when, Realis r) {
        double c = 0.9;
        if (p == null) {
            c -= 0.25;
        } else if (!p.place().resolved()) {
            c -= 0.15;
        }
        if (actor == null || actor.span() == null) {
            c -= 0.15;
        }
        if (when == null || !when.interval().isKnown()) {
            c -= 0.1;
        }
        if (r == Realis.REPORTED || r == Realis.CLAIMED) {
            c -= 0.05;
        }
        return Math.max(0.05, Math.round(c * 100) / 100.0);
    }
}
