package org.sitrep.app.cli;

import org.sitrep.app.Common;
import org.sitrep.app.SitrepCommand;
import org.sitrep.app.UsageError;

import java.io.PrintWriter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.sitrep.core.actor.ActorLexicon;
import org.sitrep.core.lang.LanguagePack;
import org.sitrep.core.text.PhraseTrie;
import org.sitrep.core.text.Words;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code sitrep actors list} and {@code sitrep actors lookup NAME}: the actor lexicon, the user's files included. */
@Command(name = "actors", mixinStandardHelpOptions = true,
        description = "Show the actor lexicon: the bundled actors and those of $SITREP_HOME/actors/*.tsv.",
        subcommands = {ActorsCommand.ListActors.class, ActorsCommand.Lookup.class})
public final class ActorsCommand {

    /** The lexicon with the user's files, or a usage error naming the malformed line. */
    public static ActorLexicon lexicon(Common common) {
        try {
            return ActorLexicon.of(LanguagePack.english(), common.actorFiles());
        } catch (IllegalArgumentException e) {
            throw new UsageError(e.getMessage());
        }
    }

    /** One line of a table: id, side, kind, where it is defined. */
    public static String row(Object... columns) {
        return String.format(Locale.ROOT, "%-34s %-16s %-15s %s", columns);
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "Every known actor: id, side, kind and where it is defined (bundled or your file).")
    public static final class ListActors extends SitrepCommand implements Callable<Integer> {
        @Override
        public Integer call() {
            PrintWriter out = out();
            ActorLexicon lex = lexicon(common);
            List<ActorLexicon.Actor> actors = lex.actors().stream().sorted(Comparator.comparing(ActorLexicon.Actor::id)).toList();
            out.println(row("id", "side", "kind", "defined in"));
            for (ActorLexicon.Actor a : actors) {
                out.println(row(a.id(), a.side(), a.kind(), lex.origin(a.id())));
            }
            out.flush();
            return 0;
        }
    }

    @Command(name = "lookup", mixinStandardHelpOptions = true,
            description = "What a name means to the lexicon: the actor or generic description it is read as (exit 1 when none).")
    public static final class Lookup extends SitrepCommand implements Callable<Integer> {
        @Parameters(paramLabel = "NAME")
        public String name;

        @Override
        public Integer call() {
            PrintWriter out = out();
            ActorLexicon lex = lexicon(common);
            Words words = new Words(name, 0);
            PhraseTrie.Match<ActorLexicon.Entry> m = words.size() == 0 ? null : lex.match(words, 0);
            if (m != null && m.words() < words.size()) {
                m = null; // the whole name must be a lexicon phrase, not its first words
            }
            PhraseTrie.Match<ActorLexicon.Entry> forces = m == null && words.size() > 0 ? lex.stateForces(words, 0) : null;
            if (forces != null && forces.words() == words.size()) {
                m = forces;
            }
            if (m == null) {
                err().println("sitrep actors lookup: the lexicon does not know '" + name + "' (acronyms are matched in capitals only)");
                return 1;
            }
            ActorLexicon.Entry e = m.value();
            if (e.actor() != null) {
                out.println(row("id", "side", "kind", "defined in"));
                out.println(row(e.actor().id(), e.actor().side(), e.actor().kind(), lex.origin(e.actor().id()) == null
                        ? "made from a nationality" : lex.origin(e.actor().id())));
            } else {
                out.println(String.format(Locale.ROOT, "%-34s %-16s %s", "description", "role", "loaded"));
                out.println(String.format(Locale.ROOT, "%-34s %-16s %s", name, e.description().role(), e.description().loaded() ? "yes" : "no"));
            }
            out.flush();
            return 0;
        }
    }
}
