package org.sitrep.core.extract;

import org.sitrep.core.text.Rx;
import org.sitrep.core.model.Casualties;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.core.text.FastPattern;

/**
 * Reads casualty reports: a total ("at least 727 people have died", "hundreds being killed, wounded or
 * captured", "around 40,000 civilians"), its breakdown ("including 111 civilians", "371 HTS fighters, 220 Syrian
 * soldiers—23 of whom were officers—and 25 pro-Iranian militiamen", also from the next sentence: "The remainder
 * includes …") and checks that the parts add up. Thread-safe.
 */
final class CasualtyParser {
    private static final String NUM = "(\\d{1,3}(?:,\\d{3})+|\\d+|dozens|hundreds|thousands|tens of thousands|scores|a dozen|"
            + "two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty)";
    private static final java.util.Map<String, Long> WORDS = java.util.Map.ofEntries(java.util.Map.entry("two", 2L),
            java.util.Map.entry("three", 3L), java.util.Map.entry("four", 4L), java.util.Map.entry("five", 5L),
            java.util.Map.entry("six", 6L), java.util.Map.entry("seven", 7L), java.util.Map.entry("eight", 8L),
            java.util.Map.entry("nine", 9L), java.util.Map.entry("ten", 10L), java.util.Map.entry("eleven", 11L),
            java.util.Map.entry("twelve", 12L), java.util.Map.entry("a dozen", 12L), java.util.Map.entry("fifteen", 15L),
            java.util.Map.entry("twenty", 20L), java.util.Map.entry("thirty", 30L), java.util.Map.entry("forty", 40L),
            java.util.Map.entry("fifty", 50L));
    private static final FastPattern TOTAL = FastPattern.compile("(?i)\\b(at least|more than|over|around|about|nearly|some|almost|up to)?\\s*"
            + NUM + "\\s+(?:[A-Za-z-]+\\s+){0,7}?"
            // a hedged toll: "hundreds of people are believed to have been killed"
            + "(?:(?:are|is|were|was)\\s+(?:believed|thought|feared|said|reported|estimated|known|understood)\\s+to\\s+have\\s+)?"
            + "(?:have|has|had|were|was|are|being|been|\\s)*\\s*(killed|died|dead|deaths|wounded|injured|captured|casualties|"
            + "killed, wounded or captured|killed or wounded|killed or injured|killed and wounded|killed and injured)");
    /** A number of people conjoined before a toll's number ("107 attackers and [five members …] were killed"). */
    private static final Pattern CONJOINED = Pattern.compile("(?i)\\b(at least|more than|over|around|about|nearly|some)?\\s*"
            + NUM + "\\s+(?:[A-Za-z-]+\\s+){1,3}and\\s*$");
    private static final FastPattern VERB_FIRST = FastPattern.compile("(?i)\\b(killing|killed|wounding|wounded|injuring|leaving)\\s+(?:of\\s+)?"
            + "(at least|more than|over|around|about|nearly|some|almost|up to)?\\s*" + NUM
            + "\\s+(?:people|persons|civilians|fighters|soldiers|militants|troops|members|individuals|children|gunmen|insurgents|rebels|"
            + "attackers|assailants|jihadists|terrorists|guerrillas|policemen|police officers|officers|villagers|men|women|students|"
            + "worshippers|passengers|militiamen|combatants|hostages|protesters|demonstrators|bandits)(\\s+(?:dead|wounded|injured))?");
    private static final Pattern WOUNDED_TOO = Pattern.compile("(?i)\\s*(?:,\\s*)?and\\s+(?:wounding|injuring)\\s+(?:at least\\s+|more than\\s+|some\\s+)?"
            + NUM + "(?:\\s+(?:others|more|people))?");
    private static final FastPattern TOLL = FastPattern.compile("(?i)\\bdeath toll\\b[^.;]{0,60}?\\b(?:rose|climbed|reached|increased|jumped|"
            + "stood|stands|is|was|has risen|had risen|now stands)\\s+(?:to\\s+|at\\s+)?(at least|more than|over|around|about|nearly|some)?\\s*" + NUM);
    private static final FastPattern LIVES = FastPattern.compile("(?i)claimed the lives of\\s+(at least|around|about|nearly|some|more than)?\\s*" + NUM);
    private static final FastPattern PART = FastPattern.compile("(?i)(?:including|includes|include|among them|of whom)?\\s*\\b"
            + "(\\d{1,3}(?:,\\d{3})+|\\d+)\\s+((?:[A-Za-z][\\w’'-]*\\s?){1,3}?)(?=\\s*(?:,|—|–|-|\\band\\b|\\.|;|$|\\baccording\\b))");
    private static final FastPattern NESTED = FastPattern.compile("(?i)(\\d+)\\s+of whom were\\s+([\\w -]+?)(?=—|–|,|\\.|$)");

    /** Words one of which every casualty pattern above needs: a cheap test before the patterns run. */
    private static final String[] NEEDED = {"kill", "died", "dead", "death", "wound", "injur", "captur", "leaving", "lives of",
            "casualt"};
    private static final org.sitrep.core.text.LiteralSet NEEDED_SET = org.sitrep.core.text.LiteralSet.of(NEEDED);

    static boolean mayHoldCasualties(String s) {
        return NEEDED_SET.any(s.toLowerCase(Locale.ROOT));
    }

    /** The casualty report of the sentence (with breakdown continued from {@code next}), or null. */
    Casualties parse(SentenceFacts f, String next) {
        String s = f.sentence().text();
        if (!mayHoldCasualties(s)) {
            return null;
        }
        FastPattern.Scan m = TOTAL.scan(s);
        String kind;
        long min;
        Long max;
        String text;
        if (m.find()) {
            min = value(m.group(2));
            boolean open = m.group(1) != null && Rx.matches(m.group(1).toLowerCase(Locale.ROOT), "at least|more than|over")
                    || Rx.matches(m.group(2).toLowerCase(Locale.ROOT), "dozens|hundreds|thousands|tens of thousands|scores");
            max = open ? null : Long.valueOf(min);
            kind = kind(m.group(3));
            text = m.group().strip();
            Matcher first = CONJOINED.matcher(s.substring(0, m.start()));
            if (first.find()) {
                // "at least 107 attackers and five members of the security forces were killed": one toll of both
                min += value(first.group(2));
                max = max == null || first.group(1) != null && Rx.matches(first.group(1).toLowerCase(Locale.ROOT),
                        "at least|more than|over") ? null : Long.valueOf(min);
                text = s.substring(first.start(), m.end()).strip();
            }
        } else if ((m = VERB_FIRST.scan(s)).find()) {
            min = value(m.group(3));
            boolean open = m.group(2) != null && Rx.matches(m.group(2).toLowerCase(Locale.ROOT), "at least|more than|over")
                    || Rx.matches(m.group(3).toLowerCase(Locale.ROOT), "dozens|hundreds|thousands|tens of thousands|scores");
            max = open ? null : Long.valueOf(min);
            String verb = m.group(1).toLowerCase(Locale.ROOT);
            kind = verb.startsWith("wound") || verb.startsWith("injur") || m.group(4) != null && !m.group(4).strip().equals("dead")
                    ? "wounded" : "killed";
            text = m.group().strip();
            Matcher w = WOUNDED_TOO.matcher(s.substring(m.end()));
            if (kind.equals("killed") && w.lookingAt()) {
                Map<String, Long> also = new LinkedHashMap<>();
                also.put("wounded", value(w.group(1)));
                return new Casualties(text + w.group(), min, max, "killed_wounded", also, null);
            }
        } else if ((m = TOLL.scan(s)).find()) {
            // "the death toll in X rose to 20", "the toll stood at more than 300"
            min = value(m.group(2));
            max = m.group(1) != null && Rx.matches(m.group(1).toLowerCase(Locale.ROOT), "at least|more than|over") ? null : Long.valueOf(min);
            kind = "killed";
            text = m.group().strip();
        } else {
            FastPattern.Scan l = LIVES.scan(s);
            if (!l.find()) {
                return null;
            }
            min = value(l.group(2));
            max = l.group(1) != null && l.group(1).toLowerCase(Locale.ROOT).startsWith("at least") ? null : Long.valueOf(min);
            kind = "killed";
            text = l.group().strip();
        }
        Map<String, Long> parts = new LinkedHashMap<>();
        breakdown(s.substring(Math.min(s.length(), s.indexOf(text) + text.length())), parts);
        if (next != null && Rx.matches(next, "(?is)^(the remainder|the rest|they|these|among them|those killed).*")) {
            breakdown(next, parts);
        }
        Boolean consistent = null;
        long sum = 0;
        int top = 0;
        for (Map.Entry<String, Long> e : parts.entrySet()) {
            if (!e.getKey().startsWith("of which ")) {
                sum += e.getValue();
                top++;
            }
        }
        if (top >= 2) {
            consistent = sum == min || max == null && sum > min;
        }
        return new Casualties(text, min, max, kind, parts, consistent);
    }

    private static void breakdown(String s, Map<String, Long> parts) {
        FastPattern.Scan n = NESTED.scan(s);
        while (n.find()) {
            parts.put("of which " + n.group(2).strip(), value(n.group(1)));
        }
        String flat = NESTED.pattern().matcher(s).replaceAll(" ");
        FastPattern.Scan p = PART.scan(flat);
        while (p.find()) {
            String group = Rx.replaceAll(p.group(2).strip(), "\\s+(and|were|was)$", "");
            if (group.isEmpty() || Rx.matches(group, "(?i)(people|km|kilometers|years|days|hours|of)")) {
                continue;
            }
            parts.putIfAbsent(group, value(p.group(1)));
        }
    }

    private static String kind(String s) {
        String k = s.toLowerCase(Locale.ROOT);
        if (k.contains("captured") && k.contains("wounded")) {
            return "killed_wounded_captured";
        }
        if (k.contains("wounded") && k.contains("killed") || k.contains("injured") && k.contains("killed")
                || k.contains("casualties")) {
            return "killed_wounded";
        }
        if (k.contains("wounded") || k.contains("injured")) {
            return "wounded";
        }
        if (k.contains("captured")) {
            return "captured";
        }
        return "killed";
    }

    /** True for a vague quantity word ("hundreds", "dozens"): its value is a lower bound. */
    static boolean isVague(String s) {
        return Rx.matches(s.toLowerCase(Locale.ROOT), "dozens|hundreds|thousands|tens of thousands|hundreds of thousands|scores");
    }

    /** A number or a vague quantity's lower bound ("hundreds" = 200, "thousands" = 2000, "dozens" = 24). */
    static long value(String s) {
        String k = s.toLowerCase(Locale.ROOT);
        return switch (k) {
            case "dozens" -> 24;
            case "scores" -> 40;
            case "hundreds" -> 200;
            case "thousands" -> 2000;
            case "tens of thousands" -> 20000;
            case "hundreds of thousands" -> 200000;
            default -> WORDS.containsKey(k) ? WORDS.get(k) : digits(k.replace(",", ""));
        };
    }

    /** A run of digits as a count; one beyond a long ("9223372036854775808") saturates instead of failing the article. */
    static long digits(String d) {
        int i = 0;
        while (i < d.length() - 1 && d.charAt(i) == '0') {
            i++;
        }
        return d.length() - i > 18 && new java.math.BigInteger(d).bitLength() > 63 ? Long.MAX_VALUE : Long.parseLong(d);
    }
}
