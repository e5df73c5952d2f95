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

    /**
     * One rule.
     *
     * @param needs literals (lower case) of which a line must hold at least one for the rule to match it; empty: no
     *              pre-check. The literal test runs first and spares the regex on most lines.
     */
    public record Rule(Kind kind, Pattern pattern, String[] needs) {
        public Rule(Kind kind, Pattern pattern) {
            this(kind, pattern, new String[0]);
        }

        /**
         * Whether the line (its lower-case form) passes the rule's literal pre-check, tested literal by literal: the
         * plain definition that the rules' shared automaton must agree with ({@code FurnitureRulesTest}).
         */
        boolean mayMatch(String lower) {
            if (needs.length == 0) {
                return true;
            }
            for (String n : needs) {
                if (lower.contains(n)) {
                    return true;
                }
            }
            return false;
        }
    }

    private final List<Rule> rules;
    /** Every rule's literals in one automaton, so that a line is read once for all of them. */
    private final org.sitrep.core.text.LiteralSet literals;
    /** Per rule, the bits of its literals in {@link #literals} (null: no pre-check). */
    private final long[][] masks;
    /** Per rule, which first two characters a line it matches can begin with. */
    private final org.sitrep.core.text.FastPattern[] starts;

    private FurnitureRules(List<Rule> rules) {
        this.rules = List.copyOf(rules);
        java.util.LinkedHashSet<String> all = new java.util.LinkedHashSet<>();
        for (Rule r : rules) {
            all.addAll(List.of(r.needs()));
        }
        this.literals = org.sitrep.core.text.LiteralSet.of(List.copyOf(all));
        this.masks = new long[rules.size()][];
        for (int i = 0; i < rules.size(); i++) {
            masks[i] = rules.get(i).needs().length == 0 ? null : literals.mask(rules.get(i).needs());
        }
        this.starts = new org.sitrep.core.text.FastPattern[rules.size()];
        for (int i = 0; i < rules.size(); i++) {
            starts[i] = org.sitrep.core.text.FastPattern.of(rules.get(i).pattern());
        }
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
            String[] rest = line.substring(tab + 1).split("\t", 2);
            String[] needs;
            try {
                needs = rest.length < 2 ? new String[0] : needs(rest[1].strip().toLowerCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("Furniture rule: " + e.getMessage() + " in '" + line + "'", e);
            }
            try {
                rules.add(new Rule(Kind.valueOf(kind), Pattern.compile(rest[0].trim()), needs));
            } catch (IllegalArgumentException e) {
                String why = e instanceof PatternSyntaxException ? "bad regex" : "unknown kind '" + kind + "'";
                throw new IllegalArgumentException("Furniture rule: " + why + " in '" + line + "'", e);
            }
        }
        return new FurnitureRules(rules);
    }

    /** The literals of a rule's third column: split at '|', where "\\|" stands for a bar itself. */
    static String[] needs(String column) {
        String[] parts = column.split("(?<!\\\\)\\|", -1);
        for (int i = 0; i < parts.length; i++) {
            parts[i] = parts[i].replace("\\|", "|");
            if (parts[i].isEmpty()) {
                throw new IllegalArgumentException("empty literal in '" + column + "'");
            }
        }
        return parts;
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
        long[] found = literals.found(line.toLowerCase(java.util.Locale.ROOT));
        for (int i = 0; i < masks.length; i++) {
            Rule r = rules.get(i);
            if (r.kind() != Kind.DROP_INLINE && (line.length() < 2 || starts[i].mayBegin(line.charAt(0), line.charAt(1)))
                    && (masks[i] == null || org.sitrep.core.text.LiteralSet.intersects(found, masks[i]))
                    && r.pattern().matcher(line).matches()) {
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
