package org.sitrep.core.clean;

import org.sitrep.core.lang.LanguagePack;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Page-furniture rules loaded from {@code furniture.rules} (see that file for the kinds). Immutable, thread-safe.
 */
public final class FurnitureRules {
    /** What a rule does with a matching line. */
    public enum Kind { DROP_LINE, DROP_WITH_NEXT, DROP_INLINE, CAPTION, SIGNATURE, SOCIAL_CREDIT, POST_ATTRIBUTION, TAGS }

    /** One rule. */
    public record Rule(Kind kind, Pattern pattern) {
    }

    private final List<Rule> rules;

    private FurnitureRules(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** The rules of the English pack. */
    public static FurnitureRules defaults() {
        return of(LanguagePack.english());
    }

    /** The rules of a language pack ({@code furniture.rules}), parsed once per pack. */
    public static FurnitureRules of(LanguagePack pack) {
        return pack.shared(FurnitureRules.class, p -> parse(p.lines("furniture.rules")));
    }

    /** Parses rule lines; a bad kind or regex is a configuration error naming the line. */
    public static FurnitureRules parse(List<String> lines) {
        List<Rule> rules = new ArrayList<>();
        for (String line : lines) {
            int tab = line.indexOf('\t');
            if (tab < 0) {
                throw new IllegalArgumentException("Furniture rule without a tab: '" + line + "'");
            }
            String kind = line.substring(0, tab).trim().toUpperCase().replace('-', '_');
            try {
                rules.add(new Rule(Kind.valueOf(kind), Pattern.compile(line.substring(tab + 1).trim())));
            } catch (IllegalArgumentException e) {
                String why = e instanceof PatternSyntaxException ? "bad regex" : "unknown kind '" + kind + "'";
                throw new IllegalArgumentException("Furniture rule: " + why + " in '" + line + "'", e);
            }
        }
        return new FurnitureRules(rules);
    }

    public List<Rule> rules() {
        return rules;
    }

    /** Lines longer than this are article text: no whole-line rule is tried on them. */
    static final int MAX_FURNITURE_LINE = 500;

    /** The first whole-line rule matching the line, or null. */
    public Rule matchLine(String line) {
        if (line.length() > MAX_FURNITURE_LINE) {
            return null;
        }
        for (Rule r : rules) {
            if (r.kind() != Kind.DROP_INLINE && r.pattern().matcher(line).matches()) {
                return r;
            }
        }
        return null;
    }

    public List<Pattern> inline() {
        List<Pattern> out = new ArrayList<>();
        for (Rule r : rules) {
            if (r.kind() == Kind.DROP_INLINE) {
                out.add(r.pattern());
            }
        }
        return out;
    }
}
