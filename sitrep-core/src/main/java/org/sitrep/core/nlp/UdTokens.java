package org.sitrep.core.nlp;

import opennlp.tools.tokenize.SimpleTokenizer;
import opennlp.tools.util.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Fast tokenisation with OpenNLP's rule-based {@link SimpleTokenizer}, then the Universal Dependencies (EWT)
 * conventions the tagger was trained on: hyphenated words stay one token ("re-entered", "al-Sham"), a possessive
 * or clitic is its own token ("Syria", "’s"; "did", "n't"), numbers keep their separators ("40,000", "8:45"), and
 * common abbreviations keep their period ("Dec.", "Mr."). Stateless and thread-safe.
 */
final class UdTokens {
    private UdTokens() {
    }

    /** With the English pack's abbreviations. */
    static Span[] tokenize(String s) {
        return tokenize(s, org.sitrep.core.lang.LanguagePack.english().wordSet("abbreviations"));
    }

    /** @param abbreviations words (lower case, no final period) a period stays with */
    static Span[] tokenize(String s, Set<String> abbreviations) {
        Span[] raw = SimpleTokenizer.INSTANCE.tokenizePos(s);
        List<Span> out = new ArrayList<>(raw.length);
        for (int i = 0; i < raw.length; i++) {
            Span cur = raw[i];
            // hyphenated word: word - word with no spaces
            while (i + 2 < raw.length && isChar(s, raw[i + 1], '-') && adjacent(cur, raw[i + 1]) && adjacent(raw[i + 1], raw[i + 2])
                    && Character.isLetterOrDigit(s.charAt(raw[i + 2].getStart()))) {
                cur = new Span(cur.getStart(), raw[i + 2].getEnd());
                i += 2;
            }
            // number with separators: 40,000 / 8:45 / 2.5
            while (i + 2 < raw.length && Character.isDigit(s.charAt(cur.getEnd() - 1)) && adjacent(cur, raw[i + 1])
                    && adjacent(raw[i + 1], raw[i + 2]) && (isChar(s, raw[i + 1], ',') || isChar(s, raw[i + 1], '.')
                    || isChar(s, raw[i + 1], ':')) && Character.isDigit(s.charAt(raw[i + 2].getStart()))) {
                cur = new Span(cur.getStart(), raw[i + 2].getEnd());
                i += 2;
            }
            // apostrophe + s / t: possessive or clitic token
            if (i + 2 < raw.length && isApostrophe(s, raw[i + 1]) && adjacent(cur, raw[i + 1]) && adjacent(raw[i + 1], raw[i + 2])) {
                String next = raw[i + 2].getCoveredText(s).toString();
                if (next.equalsIgnoreCase("s") || next.equalsIgnoreCase("re") || next.equalsIgnoreCase("ve")
                        || next.equalsIgnoreCase("ll") || next.equalsIgnoreCase("d") || next.equalsIgnoreCase("m")) {
                    out.add(cur);
                    out.add(new Span(raw[i + 1].getStart(), raw[i + 2].getEnd()));
                    i += 2;
                    continue;
                }
                if (next.equalsIgnoreCase("t") && cur.getEnd() - cur.getStart() > 1
                        && Character.toLowerCase(s.charAt(cur.getEnd() - 1)) == 'n') {
                    out.add(new Span(cur.getStart(), cur.getEnd() - 1));
                    out.add(new Span(cur.getEnd() - 1, raw[i + 2].getEnd()));
                    i += 2;
                    continue;
                }
                if (Character.isLetter(s.charAt(raw[i + 2].getStart()))) {
                    // an apostrophe inside a name: Hay'at, al-Sa'an
                    cur = new Span(cur.getStart(), raw[i + 2].getEnd());
                    i += 2;
                }
            }
            // abbreviation with its period
            if (i + 1 < raw.length && isChar(s, raw[i + 1], '.') && adjacent(cur, raw[i + 1])
                    && abbreviations.contains(cur.getCoveredText(s).toString().toLowerCase())) {
                cur = new Span(cur.getStart(), raw[i + 1].getEnd());
                i++;
            }
            out.add(cur);
        }
        return out.toArray(new Span[0]);
    }

    private static boolean adjacent(Span a, Span b) {
        return a.getEnd() == b.getStart();
    }

    private static boolean isChar(String s, Span sp, char c) {
        return sp.length() == 1 && s.charAt(sp.getStart()) == c;
    }

    private static boolean isApostrophe(String s, Span sp) {
        if (sp.length() != 1) {
            return false;
        }
        char c = s.charAt(sp.getStart());
        return c == '\'' || c == '\u2019' || c == '`';
    }
}
