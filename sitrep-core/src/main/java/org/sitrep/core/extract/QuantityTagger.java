package org.sitrep.core.extract;

import org.sitrep.core.text.Rx;
import org.sitrep.core.model.QuantityMention;
import org.sitrep.core.model.Span;
import org.sitrep.core.text.Words;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds quantities in a sentence: exact numbers ("727", "40,000", "seven"), hedged ones ("at least 727", "around
 * 40,000", "more than 100", "nearly 20"), vague ones ("hundreds", "dozens", "tens of thousands") and nested ones
 * ("23 of whom"). Years, times of day and distances with units are not quantities of people or things here and
 * are skipped. Thread-safe.
 */
public final class QuantityTagger {
    private static final Pattern Q = Pattern.compile("(?i)\\b(?<hedge>at least|at most|more than|over|up to|around|about|nearly|"
            + "almost|approximately|roughly|some|an estimated)?\\s*(?<num>\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?|tens of thousands|"
            + "hundreds of thousands|thousands|hundreds|dozens|scores|a dozen|two|three|four|five|six|seven|eight|nine|ten|eleven|"
            + "twelve|fifteen|twenty|thirty|forty|fifty)(?<mult>\\s+(?:hundred|thousand|million))?\\b(?<whom>\\s+of whom)?");
    private static final Pattern NOT_A_COUNT = Pattern.compile("(?i)^\\s*(km|kilomet|miles?|am|pm|a\\.m|p\\.m|percent|%|years? old)");

    private static final String[] NUMBER_WORDS = {"hundreds", "thousands", "dozen", "dozens", "scores", "two", "three", "four",
        "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "fifteen", "twenty", "thirty", "forty", "fifty"};

    public List<QuantityMention> tag(String sentence, int base) {
        return tag(sentence, base, new Words(sentence, base));
    }

    /** As {@link #tag(String, int)}, with the sentence's words already scanned. */
    public List<QuantityMention> tag(String sentence, int base, Words words) {
        List<Integer> numbers = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            String f = words.folded(i);
            char c = f.charAt(0);
            if (c >= '0' && c <= '9' || NUMBER_WORD_SET.contains(f)) {
                numbers.add(words.localStart(i));
            }
        }
        List<QuantityMention> out = new ArrayList<>();
        if (numbers.isEmpty()) {
            return out;
        }
        Matcher m = Q.matcher(sentence).useTransparentBounds(true).useAnchoringBounds(false);
        int from = 0;
        for (int p : numbers) {
            // a quantity holds a number: look for one only from a hedge's length before each number
            if (p < from) {
                continue;
            }
            m.region(Math.max(from, p - HEDGE_REACH), sentence.length());
            if (!m.find()) {
                break;
            }
            from = m.end();
            String num = m.group("num");
            if (Rx.matches(num, "(19|20)\\d\\d") || NOT_A_COUNT.matcher(sentence.substring(m.end())).lookingAt()
                    || m.start("num") > 0 && sentence.charAt(m.start("num") - 1) == ':'
                    || m.end("num") < sentence.length() && sentence.charAt(m.end("num")) == ':') {
                continue;
            }
            long value = value(num, m.group("mult"));
            String hedge = m.group("hedge") == null ? "" : m.group("hedge").toLowerCase(Locale.ROOT);
            boolean vague = !Character.isDigit(num.charAt(0)) && CasualtyParser.isVague(num);
            Long max = hedge.startsWith("at least") || hedge.startsWith("more") || hedge.equals("over") || vague ? null : Long.valueOf(value);
            long min = hedge.startsWith("at most") || hedge.startsWith("up to") ? 0 : value;
            boolean approximate = vague || !hedge.isEmpty() && !hedge.startsWith("at least") && !hedge.startsWith("at most");
            int start = m.group("hedge") != null ? m.start("hedge") : m.start("num");
            out.add(new QuantityMention(new Span(base + start, base + m.end()), sentence.substring(start, m.end()), min, max, approximate));
        }
        return out;
    }

    private static final java.util.Set<String> NUMBER_WORD_SET = java.util.Set.of(NUMBER_WORDS);

    /** Characters a hedge ("approximately", "an estimated") and its spaces take before the number. */
    private static final int HEDGE_REACH = 18;

    private static long value(String num, String mult) {
        long v = num.contains(".") ? Math.round(Double.parseDouble(num)) : CasualtyParser.value(num);
        if (mult != null) {
            String k = mult.strip().toLowerCase(Locale.ROOT);
            long times = k.equals("hundred") ? 100 : k.equals("thousand") ? 1000 : 1_000_000;
            v = v > Long.MAX_VALUE / times ? Long.MAX_VALUE : v * times; // saturates, never wraps
        }
        return v;
    }
}
