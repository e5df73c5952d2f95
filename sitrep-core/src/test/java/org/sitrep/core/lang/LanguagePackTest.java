package org.sitrep.core.lang;

import org.junit.jupiter.api.Test;
import org.sitrep.core.Extractor;
import org.sitrep.core.TestData;
import org.sitrep.core.ingest.Documents;
import org.sitrep.core.ingest.Metadata;
import org.sitrep.core.model.Diagnostic;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Everything English in one pack, chosen by the article's language. */
class LanguagePackTest {
    private static final Path RESOURCES = Path.of("src", "main", "resources", "org", "sitrep", "core");

    @Test
    void packsAreFoundByLanguageCodeInAnyWriting() {
        assertEquals(List.of("en"), LanguagePack.available());
        assertSame(LanguagePack.english(), LanguagePack.of("EN"));
        assertSame(LanguagePack.english(), LanguagePack.of("en-GB"));
        assertSame(LanguagePack.english(), LanguagePack.of("en_US"));
        assertEquals("English", LanguagePack.english().name());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> LanguagePack.of("fr"));
        assertTrue(e.getMessage().contains("'fr'") && e.getMessage().contains("[en]"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> LanguagePack.of(" "));
    }

    @Test
    void aLanguageWithoutAPackIsReadWithEnglish() {
        assertSame(LanguagePack.english(), LanguagePack.forLanguage("uk"));
        assertSame(LanguagePack.english(), LanguagePack.forLanguage(null));
        assertFalse(LanguagePack.covers("uk"));
        assertTrue(LanguagePack.covers(null));
        assertTrue(LanguagePack.covers("en-GB"));
    }

    @Test
    void whatAPackLacksIsNamed() {
        LanguagePack en = LanguagePack.english();
        IllegalStateException w = assertThrows(IllegalStateException.class, () -> en.words("no-such-list"));
        assertTrue(w.getMessage().contains("no-such-list") && w.getMessage().contains("'en'"), w.getMessage());
        IllegalStateException s = assertThrows(IllegalStateException.class, () -> en.setting("no-such-model"));
        assertTrue(s.getMessage().contains("pack.tsv"), s.getMessage());
        assertThrows(IllegalStateException.class, () -> en.lines("no-such-file.tsv"));
    }

    @Test
    void whatIsBuiltFromAPackIsBuiltOnce() {
        LanguagePack en = LanguagePack.english();
        Object a = en.shared("probe", p -> new Object());
        assertSame(a, en.shared("probe", p -> new Object()));
        assertSame(org.sitrep.core.extract.Cues.of(en), org.sitrep.core.extract.Cues.defaults());
    }

    @Test
    void calendarWordsComeFromThePack() {
        CalendarWords c = CalendarWords.of(LanguagePack.english());
        assertEquals(9, c.monthNumber("Sept."));
        assertEquals(12, c.monthNumber("Dec"));
        assertEquals(5, c.monthNumber("May"));
        assertThrows(IllegalArgumentException.class, () -> c.monthNumber("Mon"));
        assertEquals(24, c.number("twenty-four"));
        assertEquals(3, c.number("several"));
        assertEquals(17, c.number("17"));
        assertEquals(1, c.number(null));
        assertThrows(IllegalArgumentException.class, () -> c.number("zillion"));
        assertEquals(4, c.ordinal("fourth"));
        assertEquals(11, c.ordinal("11th"));
        assertTrue(c.monthWords().containsAll(Set.of("january", "jan", "sept")));
        assertTrue("3 Sept. 2024".toLowerCase().matches("\\d+ " + c.monthPattern() + " \\d+"));
    }

    @Test
    void noLanguageSpecificFileLivesOutsideThePacks() throws IOException {
        Set<String> outside = new TreeSet<>();
        try (Stream<Path> s = Files.walk(RESOURCES)) {
            s.filter(Files::isRegularFile).map(p -> RESOURCES.relativize(p).toString().replace('\\', '/'))
                    .filter(p -> !p.startsWith("lang/")).forEach(outside::add);
        }
        outside.removeIf(p -> p.matches("geo/[A-Z]{2}\\.tsv\\.gz|geo/cities500\\.tsv\\.gz"));
        // the same in every language: event types, the actors and conflicts, the gazetteer's names and how they are
        // spelled across transliterations, and how claims are compared
        assertEquals(new TreeSet<>(List.of("model/event-types.tsv", "actor/actors.tsv", "actor/conflicts.tsv", "actor/sides.tsv",
                "geo/admin1.tsv", "geo/country-aliases.txt", "geo/gazetteer.index", "geo/name-rules.txt",
                "reconcile/claim-attributes.tsv")), outside);
    }

    @Test
    void anArticleInALanguageWithoutAPackIsReadWithAWarning() {
        Extractor ex = new Extractor(TestData.gazetteer(), Duration.ofSeconds(10));
        byte[] text = "Rebels captured the town of Saraqib on 3 March 2024.".getBytes(StandardCharsets.UTF_8);
        Extractor.Result uk = ex.process(Documents.file("u", "u.txt", text, new Metadata(null, null, null, null, "uk")));
        assertFalse(uk.failed());
        assertTrue(uk.diagnostics().stream().anyMatch(d -> d.severity() == Diagnostic.Severity.WARNING
                && d.message().contains("no language pack for language 'uk'")), uk.diagnostics().toString());
        assertEquals("uk", uk.extraction().article().language());
        assertEquals(1, uk.extraction().events().size());
        Extractor.Result gb = ex.process(Documents.file("g", "g.txt", text, new Metadata(null, null, null, null, "en-GB")));
        assertTrue(gb.diagnostics().isEmpty(), gb.diagnostics().toString());
        assertEquals(uk.extraction().events().size(), gb.extraction().events().size());
    }
}
