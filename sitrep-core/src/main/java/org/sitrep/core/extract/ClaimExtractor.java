package org.sitrep.core.extract;

import org.sitrep.core.text.Rx;

import org.sitrep.core.model.ActorMention;
import org.sitrep.core.model.Claim;
import org.sitrep.core.model.Claimant;
import org.sitrep.core.model.PlaceMention;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.core.text.FastPattern;

/**
 * Extracts checkable statements that are not events: a city's size rank ("the fifth largest city in Syria",
 * "Syria’s fourth-largest city"), a distance ("approximately 200 kilometers from the capital, Damascus"), an
 * affiliation ("Al-Qaeda-affiliated HTS", "Al-Qaeda’s former affiliate"), a role ("HTS spokesperson Hasan
 * Abdelghani", "rebel leader Hassan Abdul Ghani"). Each keeps subject, attribute, value, an approximate flag, the
 * claimant (when attributed), the quote and span. Thread-safe.
 */
public final class ClaimExtractor implements ClaimFinder {
    /** Words that open a sentence before a name and are no part of it, days and months among them. */
    private final java.util.Set<String> openers;

    /** An extractor with the English pack's words. */
    public ClaimExtractor() {
        this(org.sitrep.core.lang.LanguagePack.english());
    }

    public ClaimExtractor(org.sitrep.core.lang.LanguagePack pack) {
        this.openers = pack.wordSet("clause-openers", "weekdays", "months");
    }
    /** Words one of which a sentence naming a coalition's leader holds. */
    private static final String[] COALITION_CUES = {"led by", "-led ", "headed by", "dominated by", "spearheaded by"};
    /** Words one of which a displacement figure's sentence holds. */
    private static final String[] DISPLACEMENT_CUES = {"displac", "forced to flee", "uprooted"};
    /** Words one of which a claim needs (rank, distance, affiliation, role, control history, coalition, displacement). */
    private static final String[] CUES = java.util.stream.Stream.of(new String[]{"largest", "biggest", "populous", "km", "kilomet",
        "miles", "affiliat", "spokes", "leader", "commander", "chief", "remained under", "been under", "stayed under", "presence"},
            COALITION_CUES, DISPLACEMENT_CUES).flatMap(java.util.Arrays::stream).toArray(String[]::new);
    private static final org.sitrep.core.text.LiteralSet CUE_SET = org.sitrep.core.text.LiteralSet.of(CUES);
    private static final org.sitrep.core.text.LiteralSet COALITION_SET = org.sitrep.core.text.LiteralSet.of(COALITION_CUES);
    private static final org.sitrep.core.text.LiteralSet DISPLACEMENT_SET = org.sitrep.core.text.LiteralSet.of(DISPLACEMENT_CUES);
    private static final FastPattern RANK = FastPattern.compile("(?i)\\b(?:(?:[A-Z][\\w]+)['’]s\\s+)?(?:the\\s+)?(second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\\d{1,2}(?:st|nd|rd|th))?[- ]?(largest|biggest|most populous)\\s+(city|town)(?:\\s+in\\s+([A-Z][\\w]+))?");
    private static final Pattern RANK_OWNER = Pattern.compile("([A-Z][\\w]+)['’]s\\s+(?:the\\s+)?(?:\\w+[- ])?(?:largest|biggest|most populous)");
    private static final FastPattern DISTANCE = FastPattern.compile("(?i)\\b(approximately|about|around|some|nearly|roughly|almost|over|more than)?\\s*(\\d{1,3}(?:,\\d{3})*|\\d+)\\s*(km|kilometers|kilometres|miles|mi)\\s+(?:\\w+\\s+)?from\\s+(?:the\\s+capital,?\\s+)?((?:[A-Z][\\w’'-]+)(?:\\s[A-Z][\\w’'-]+)*)");
    private static final FastPattern AFFILIATE_PREFIX = FastPattern.compile("(?i)\\b(al-qaeda|al qaeda|isis|islamic state|iran|turkey|russia|hezbollah)-(affiliated|linked|aligned|backed)\\b");
    private static final FastPattern AFFILIATE_OF = FastPattern.compile("(?i)\\b(al-qaeda|al qaeda|isis|islamic state|iran|turkey|russia|hezbollah)['’]s\\s+(former\\s+)?(affiliate|branch|offshoot|ally|proxy)\\b");
    private static final FastPattern ROLE = FastPattern.compile("\\b((?:[A-Z]{2,5}|[Rr]ebel|[Oo]pposition|[Aa]rmy|[Mm]ilitary|[Jj]ihadist)\\s+)?(spokesperson|spokesman|spokeswoman|leader|commander|chief)\\s+((?:[A-Z][\\w’'-]+)(?:\\s(?:al-|bin\\s|ibn\\s)?[A-Z][\\w’'-]+){1,3})");
    /** "has remained under full government control throughout the war", "has been under rebel control since 2015". */
    private static final FastPattern HELD = FastPattern.compile("(?i)\\b(?:has|had|have)\\s+(?:remained|been|stayed)\\s+(?:firmly\\s+)?under\\s+(?:the\\s+)?(?:full\\s+|complete\\s+|total\\s+)?(government|regime|state|army|opposition|rebel|insurgent|militant)\\s+control(?:\\s+(throughout|for)\\s+((?:the\\s+)?[\\w-]+(?:\\s+[\\w-]+){0,3})|\\s+(since|until)\\s+((?:[A-Z][a-z]+\\s+)?\\d{4}))?");
    /** "the opposition’s presence has been absent from Hama since 2013". */
    private static final FastPattern ABSENT = FastPattern.compile("(?i)\\b(?:the\\s+)?(government|regime|state|army|opposition|rebel|insurgent|militant)s?['’]s?\\s+presence\\s+(?:has\\s+been|had\\s+been|was|is)\\s+absent\\s+from\\s+(?:the\\s+(?:city|town)\\s+of\\s+)?([A-Z][\\w’'-]+(?:\\s[A-Z][\\w’'-]+)?)\\s+since\\s+(\\d{4})");
    private static final String[] ORDINALS = {"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"};

    /**
     * Tolls as claims: each event that states how many were killed or wounded at a place ("at least 44 civilians were
     * killed in X on Monday") is a figure another source may state otherwise. Subject: the place; attribute: {@code
     * toll <kind> <days>} (so only figures for the same place, kind and days are compared); value: the figure with its
     * stated approximation ("44", "at least 44", "about 40"); the claimant as the event's.
     */
    public static List<Claim> tolls(List<org.sitrep.core.model.EventMention> events) {
        List<Claim> out = new ArrayList<>();
        for (org.sitrep.core.model.EventMention e : events) {
            org.sitrep.core.model.Casualties c = e.casualties();
            if (c == null || e.place() == null || c.totalMin() <= 0) {
                continue;
            }
            String subject = e.place().place().name() != null ? e.place().place().name() : e.place().text();
            String days = days(e.time() == null ? null : e.time().interval());
            String kind = c.kind() == null ? "killed" : c.kind().startsWith("killed") ? "killed" : c.kind();
            String lower = c.text().toLowerCase(Locale.ROOT);
            String value;
            boolean approximate;
            if (c.totalMax() == null) {
                value = "at least " + c.totalMin();
                approximate = true;
            } else if (Rx.matches(lower, "(?s).*\\b(about|around|approximately|nearly|almost|some|roughly|an estimated|up to|dozens|hundreds|scores|thousands)\\b.*")) {
                value = "about " + c.totalMin();
                approximate = true;
            } else {
                value = String.valueOf(c.totalMin());
                approximate = false;
            }
            out.add(new Claim(e.doc(), e.sentence(), subject, "toll " + kind + " " + days, value, approximate, e.claimant(),
                    e.quote(), e.span()));
        }
        return out;
    }

    /** How much of a place an extent phrase right before the place's name says: whole, most, part, half or N%. */
    private static final FastPattern EXTENT = FastPattern.compile("(?i)(?:\\b(full|complete|total|entire|whole|all|most|much|"
            + "the\\s+majority|the\\s+bulk|large\\s+parts?|parts?|some\\s+parts|some\\s+areas|areas|sections|half|partial)"
            + "|(\\d{1,3}(?:\\.\\d+)?)\\s*(?:%|percent|per\\s+cent))"
            + "(?:\\s+(?:military\\s+)?control)?(?:\\s+(?:of|over))?(?:\\s+the)?(?:\\s+(?:city|town|village|province|region|"
            + "district|governorate|oblast|territory|area|camp)(?:\\s+of)?)?\\s*$");

    /**
     * Extents of control as claims: an event that changes or states who holds a place and says how much of it ("took
     * full control of X", "seized most of X", "control 70% of X", "parts of X") is a figure another source may state
     * otherwise ("the whole city" against "most of the city"). Subject: the place; attribute: {@code extent of control
     * <actor> <days>} (only statements about the same actor and days are compared); value: {@code whole}, {@code
     * most}, {@code half}, {@code part} or a percentage; approximate unless whole or an exact percentage.
     */
    public static List<Claim> controlExtents(List<org.sitrep.core.model.EventMention> events) {
        List<Claim> out = new ArrayList<>();
        for (org.sitrep.core.model.EventMention e : events) {
            if (e.place() == null || e.place().span() == null || e.quote() == null || e.span() == null
                    || !Arguments.changesControl(e.type())) {
                continue;
            }
            int at = e.place().span().start() - e.span().start();
            if (at <= 0 || at > e.quote().length()) {
                continue;
            }
            String value = extent(e.quote().substring(Math.max(0, at - 60), at));
            if (value == null) {
                continue;
            }
            String subject = subjectOf(e.place());
            String who = e.actor() == null ? "unnamed" : e.actor().id() != null ? e.actor().id() : e.actor().text();
            String days = days(e.time() == null ? null : e.time().interval());
            boolean approximate = !(value.equals("whole") || value.endsWith("%"));
            out.add(new Claim(e.doc(), e.sentence(), subject, "extent of control " + who + " " + days, value, approximate,
                    e.claimant(), e.quote(), e.span()));
        }
        return out;
    }

    /** The extent the text right before a place's name states, or null. */
    static String extent(String before) {
        if (!EXTENT_SET.any(before.toLowerCase(Locale.ROOT))) {
            return null;
        }
        FastPattern.Scan m = EXTENT.scan(before);
        if (!m.find()) {
            return null;
        }
        if (m.group(2) != null) {
            double pct = Double.parseDouble(m.group(2));
            return pct <= 0 || pct > 100 ? null : pct == 100 ? "whole" : m.group(2) + "%";
        }
        String w = m.group(1).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        return switch (w) {
            case "full", "complete", "total", "entire", "whole", "all" -> "whole";
            case "most", "much", "the majority", "the bulk", "large part", "large parts" -> "most";
            case "half" -> "half";
            default -> "part";
        };
    }

    private static final String[] EXTENT_WORDS = {"full", "complete", "total", "entire", "whole", "all", "most", "much",
        "majority", "bulk", "part", "areas", "sections", "half", "%", "percent", "per cent"};
    private static final org.sitrep.core.text.LiteralSet EXTENT_SET = org.sitrep.core.text.LiteralSet.of(EXTENT_WORDS);

    @Override
    public boolean mayHold(String sentence) {
        return CUE_SET.any(sentence.toLowerCase(Locale.ROOT));
    }

    @Override
    public List<Claim> find(String doc, SentenceFacts f, Narrative st) {
        List<Claim> out = new ArrayList<>();
        String s = f.sentence().text();
        int base = f.sentence().span().start();
        Claimant claimant = f.statement() == null ? null : new Claimant(f.statement().author(), null);
        String lower = s.toLowerCase(Locale.ROOT);
        FastPattern.Scan m = RANK.scan(lower.contains("largest") || lower.contains("biggest") || lower.contains("populous") ? s : "");
        while (m.find()) {
            String subject = placeBefore(f, base + m.start(), st);
            if (subject == null) {
                continue;
            }
            int rank = m.group(1) == null ? 1 : ordinal(m.group(1));
            String country = m.group(4);
            if (country == null) {
                Matcher o = RANK_OWNER.matcher(m.group());
                country = o.find() ? o.group(1) : null;
            }
            String attr = "rank by size among cities" + (country == null ? "" : " in " + country);
            out.add(claim(doc, f, subject, attr, Integer.toString(rank), false, claimant));
        }
        m = DISTANCE.scan(lower.contains("km") || lower.contains("kilomet") || lower.contains("mile") ? s : "");
        while (m.find()) {
            String target = m.group(4);
            String subject = placeOtherThan(f, target, st);
            if (subject == null) {
                continue;
            }
            double v = Double.parseDouble(m.group(2).replace(",", ""));
            if (m.group(3).toLowerCase(Locale.ROOT).startsWith("mi")) {
                v = Math.round(v * 1.609344);
            }
            out.add(claim(doc, f, subject, "distance from " + target + " (km)", Long.toString(Math.round(v)),
                    m.group(1) != null, claimant));
        }
        if (lower.contains("affiliat") || lower.contains("-linked") || lower.contains("-aligned") || lower.contains("-backed")
                || lower.contains("branch") || lower.contains("offshoot") || lower.contains("ally") || lower.contains("proxy")) {
            affiliation(doc, f, claimant, out);
        }
        if (lower.contains("control") || lower.contains("presence")) {
            controlHistory(doc, f, st, claimant, out);
        }
        if (COALITION_SET.any(lower)) {
            coalitions(doc, f, claimant, out);
        }
        if (DISPLACEMENT_SET.any(lower)) {
            displacement(doc, f, st, claimant, out);
        }
        m = ROLE.scan(lower.contains("spokes") || lower.contains("leader") || lower.contains("commander") || lower.contains("chief") ? s : "");
        while (m.find()) {
            String role = ((m.group(1) == null ? "" : m.group(1).strip() + " ") + m.group(2)).strip();
            out.add(claim(doc, f, m.group(3), "role", role, false, claimant));
        }
        return out;
    }

    /**
     * Who has held a place over the war: "X has remained under government control throughout the war" (value
     * "government control throughout the war") and "the opposition's presence has been absent from X since 2013"
     * (value "opposition absent since 2013"). Attribute "control history".
     */
    private void controlHistory(String doc, SentenceFacts f, Narrative st, Claimant claimant, List<Claim> out) {
        String s = f.sentence().text();
        int base = f.sentence().span().start();
        FastPattern.Scan m = HELD.scan(s);
        while (m.find()) {
            String subject = placeBefore(f, base + m.start(), st);
            if (subject != null) {
                int g = m.group(2) != null ? 2 : m.group(4) != null ? 4 : 0;
                String when = g == 0 ? "" : " " + m.group(g).toLowerCase(Locale.ROOT) + " " + m.group(g + 1);
                out.add(claim(doc, f, subject, "control history", m.group(1).toLowerCase(Locale.ROOT) + " control" + when, false, claimant));
            }
        }
        m = ABSENT.scan(s);
        while (m.find()) {
            out.add(claim(doc, f, m.group(2), "control history", m.group(1).toLowerCase(Locale.ROOT) + " absent since " + m.group(3),
                    false, claimant));
        }
    }

    private void affiliation(String doc, SentenceFacts f, Claimant claimant, List<Claim> out) {
        String s = f.sentence().text();
        int base = f.sentence().span().start();
        FastPattern.Scan m = AFFILIATE_PREFIX.scan(s);
        while (m.find()) {
            ActorMention a = actorAfter(f, base + m.end());
            if (a != null && a.actorId() != null) {
                out.add(claim(doc, f, a.actorId(), "affiliation with " + canonical(m.group(1)), m.group(2).toLowerCase(Locale.ROOT), false, claimant));
            }
        }
        m = AFFILIATE_OF.scan(s);
        while (m.find()) {
            ActorMention a = actorBefore(f, base + m.start());
            if (a != null && a.actorId() != null) {
                String value = (m.group(2) == null ? "" : "former ") + m.group(3).toLowerCase(Locale.ROOT);
                out.add(claim(doc, f, a.actorId(), "affiliation with " + canonical(m.group(1)), value, false, claimant));
            }
        }
    }

    private static final String FIGURE = "(at least|more than|over|around|about|nearly|some|almost|an estimated|up to|approximately)?\\s*"
            + "(\\d{1,3}(?:,\\d{3})+|\\d+)";
    private static final String DISPLACED_UNIT = "(people|persons|civilians|residents|individuals|families|households|children)";
    /** "at least 2,900 people were displaced", "some 500 families have been forced to flee". */
    private static final FastPattern DISPLACED = FastPattern.compile("(?i)\\b" + FIGURE + "\\s+" + DISPLACED_UNIT
            + "\\s+(?:[\\w-]+\\s+){0,2}?(?:have|has|had|were|was|are|is|been|being|\\s)*(?:newly\\s+)?(?:displaced|forced to flee|uprooted)\\b");
    /** "displacing more than 3,000 people". */
    private static final FastPattern DISPLACING = FastPattern.compile("(?i)\\b(?:displacing|uprooting)\\s+" + FIGURE + "\\s+" + DISPLACED_UNIT);

    /**
     * Displacement figures as claims, compared like tolls: subject the place named nearest the figure, attribute
     * {@code displaced UNIT DAYS} (the sentence's date, else the publication's), value the figure as stated.
     */
    private void displacement(String doc, SentenceFacts f, Narrative st, Claimant claimant, List<Claim> out) {
        String s = f.sentence().text();
        for (FastPattern p : new FastPattern[]{DISPLACED, DISPLACING}) {
            FastPattern.Scan m = p.scan(s);
            while (m.find()) {
                String subject = nearestPlace(f, f.sentence().span().start() + m.start(), f.sentence().span().start() + m.end());
                if (subject == null) {
                    continue;
                }
                String bound = m.group(1) == null ? "" : m.group(1).toLowerCase(Locale.ROOT);
                String n = m.group(2).replace(",", "");
                boolean atLeast = bound.equals("at least") || bound.equals("more than") || bound.equals("over");
                boolean about = !bound.isEmpty() && !atLeast; // "up to", "some", "an estimated": about
                String value = atLeast ? "at least " + n : about ? "about " + n : n;
                String counted = m.group(3).toLowerCase(Locale.ROOT);
                String unit = counted.equals("families") || counted.equals("households") ? "families" : "people";
                out.add(claim(doc, f, subject, "displaced " + unit + " " + days(f, st), value, atLeast || about, claimant));
            }
        }
    }

    /** The days a sentence's first dated expression names, else the publication's, as FIRST..LAST, or "undated". */
    private static String days(SentenceFacts f, Narrative st) {
        for (org.sitrep.core.time.TimeExpr t : f.times()) {
            if (!t.background() && t.mention().interval().isKnown()) {
                return days(t.mention().interval());
            }
        }
        return days(st.published());
    }

    /** An interval's days as FIRST..LAST, the key by which figures about the same days are compared; or "undated". */
    private static String days(org.sitrep.core.model.TimeInterval i) {
        return i == null || !i.isKnown() ? "undated" : i.firstDay() + ".." + i.lastDay();
    }

    /** The name of the place nearest the characters [from, to) (not an anaphor), or null. */
    private static String nearestPlace(SentenceFacts f, int from, int to) {
        PlaceMention best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (PlaceMention p : f.places()) {
            if (p.kind() == PlaceMention.Kind.ANAPHOR || p.span() == null) {
                continue;
            }
            int d = p.span().end() <= from ? from - p.span().end() : p.span().start() >= to ? p.span().start() - to : 0;
            if (d < bestDistance) {
                best = p;
                bestDistance = d;
            }
        }
        return best == null ? null : subjectOf(best);
    }

    /**
     * What a claim about a place is about: the place's name; but "the entire western Aleppo countryside" is about
     * that part, not about Aleppo: a region named by a direction or a kind word keeps its own words.
     */
    private static String subjectOf(PlaceMention p) {
        String written = p.text();
        boolean part = Rx.of("\\b(north|south|east|west|northern|southern|eastern|western|central|countryside|rural|outskirts|suburbs)\\b")
                .matcher(written.toLowerCase(Locale.ROOT)).find();
        return !part && p.place().name() != null ? p.place().name() : written;
    }

    /** A coalition's name, then what it is and who leads it: "the Military Operations Command, an alliance of rebel factions led by HTS". */
    private static final FastPattern COALITION_NAMED = FastPattern.compile("((?:[A-Z][\\w’'-]+)(?:\\s+(?:of|for|the|and|[A-Z][\\w’'-]+)){0,7})"
            + "(?:\\s+\\([A-Z][\\w-]{1,10}\\))?,\\s+(?:a|an|the)\\s+(?:[\\w-]+\\s+){0,3}?(?:coalition|alliance|umbrella group|umbrella|"
            + "grouping|bloc|front|operations room|joint command|command)\\s+(?:of\\s+[^,.;]{3,80}?\\s+)?(?:that\\s+is\\s+|which\\s+is\\s+)?"
            + "(?:led|headed|dominated|spearheaded)\\s+by\\s+(?:the\\s+)?");
    /** A leader's name before "-led" and the coalition's name after it: "the HTS-led Military Operations Command". */
    private static final FastPattern COALITION_LED = FastPattern.compile("\\b([A-Z][\\w’'-]*?)-led\\s+((?:[A-Z][\\w’'-]+)(?:\\s+(?:of|for|the|and|[A-Z][\\w’'-]+)){0,6})");

    /**
     * Who leads a named coalition, as a claim: subject the coalition's name, attribute {@code coalition led by}, value
     * the leading actor (its lexicon id when known). Sources that name different leaders disagree.
     */
    private void coalitions(String doc, SentenceFacts f, Claimant claimant, List<Claim> out) {
        String s = f.sentence().text();
        int base = f.sentence().span().start();
        FastPattern.Scan m = COALITION_NAMED.scan(s);
        while (m.find()) {
            ActorMention leader = actorAfter(f, base + m.end());
            String name = coalitionName(m.group(1));
            if (leader != null && name != null) {
                out.add(claim(doc, f, name, "coalition led by", idOrText(leader), false, claimant));
            }
        }
        m = COALITION_LED.scan(s);
        while (m.find()) {
            ActorMention leader = null;
            for (ActorMention a : f.actors()) {
                if (a.span() != null && a.span().start() >= base + m.start(1) && a.span().end() <= base + m.end(1)) {
                    leader = a;
                }
            }
            String name = coalitionName(m.group(2));
            if (leader != null && name != null && name.contains(" ")) { // "HTS-led Islamist extremists": no name
                out.add(claim(doc, f, name, "coalition led by", idOrText(leader), false, claimant));
            }
        }
    }

    /** An actor's lexicon id, else the words naming it. */
    private static String idOrText(ActorMention a) {
        return a.actorId() != null ? a.actorId() : a.text();
    }

    /** The name without a leading article or trailing joiners; null when it is one short word (no name). */
    private String coalitionName(String raw) {
        List<String> w = new ArrayList<>(List.of(raw.strip().split("\\s+")));
        while (!w.isEmpty() && (openers.contains(w.get(0).toLowerCase(Locale.ROOT)) || Character.isLowerCase(w.get(0).charAt(0)))) {
            w.remove(0); // "On Monday the Military Operations Command": the words that open the sentence are no name
        }
        while (!w.isEmpty() && Character.isLowerCase(w.get(w.size() - 1).charAt(0))) {
            w.remove(w.size() - 1);
        }
        String n = String.join(" ", w);
        return n.length() < 4 || w.size() < 2 && n.length() < 6 ? null : n;
    }


    private static String canonical(String org) {
        String k = org.toLowerCase(Locale.ROOT).replace(' ', '-');
        return k.equals("al-qaeda") ? "al-Qaeda" : org;
    }

    private static ActorMention actorAfter(SentenceFacts f, int off) {
        for (ActorMention a : f.actors()) {
            if (a.span().start() >= off && a.span().start() - off <= 3) {
                return a;
            }
        }
        return null;
    }

    private static ActorMention actorBefore(SentenceFacts f, int off) {
        ActorMention best = null;
        for (ActorMention a : f.actors()) {
            if (a.span().end() <= off && off - a.span().end() <= 4) {
                best = a;
            }
        }
        return best;
    }

    private static String placeBefore(SentenceFacts f, int off, Narrative st) {
        PlaceMention best = null;
        for (PlaceMention p : f.places()) {
            if (p.span().end() <= off && off - p.span().end() <= 40 && p.kind() != PlaceMention.Kind.REGION
                    && !p.head().equalsIgnoreCase("Syria")) {
                best = p;
            }
        }
        if (best == null) {
            return null;
        }
        return best.kind() == PlaceMention.Kind.ANAPHOR && st.lastPlace() != null ? st.lastPlace().head() : best.head();
    }

    private static String placeOtherThan(SentenceFacts f, String target, Narrative st) {
        for (PlaceMention p : f.places()) {
            if (!p.head().equalsIgnoreCase(target) && p.kind() != PlaceMention.Kind.REGION && p.kind() != PlaceMention.Kind.ANAPHOR
                    && !f.sentence().text().substring(p.span().start() - f.sentence().span().start()).startsWith(target)) {
                return p.head();
            }
        }
        return st.lastPlace() == null || st.lastPlace().head().equalsIgnoreCase(target) ? null : st.lastPlace().head();
    }

    private static int ordinal(String s) {
        String k = s.toLowerCase(Locale.ROOT);
        for (int i = 0; i < ORDINALS.length; i++) {
            if (ORDINALS[i].equals(k)) {
                return i + 1;
            }
        }
        return Integer.parseInt(Rx.replaceAll(k, "\\D", ""));
    }

    private static Claim claim(String doc, SentenceFacts f, String subject, String attribute, String value, boolean approx,
                               Claimant claimant) {
        return new Claim(doc, f.sentence().index(), subject, attribute, value, approx, claimant, f.sentence().text(), f.sentence().span());
    }

}
