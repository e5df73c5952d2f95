package org.sitrep.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.junit.jupiter.api.Test;
import org.sitrep.core.Extraction;
import org.sitrep.core.model.SourcedMention;
import org.sitrep.core.reconcile.Reconciler;

/** The token-by-token reader of a stored mention builds the record the data binding builds, or leaves the JSON to it. */
class MentionJsonTest {
    private static final MentionJson READER = new MentionJson(StoreJson.MAPPER.getFactory());

    private static List<SourcedMention> mentions() {
        List<Extraction> xs = new ArrayList<>(Seeds.extractions());
        xs.addAll(StoreBehaviourTest.withVariants());
        xs.addAll(StoreBehaviourTest.randomRegion(3, 60));
        List<SourcedMention> out = new ArrayList<>();
        xs.forEach(x -> out.addAll(Reconciler.mentions(x)));
        return out;
    }

    private static SourcedMention bound(byte[] json) {
        try {
            return StoreJson.MAPPER.readValue(json, SourcedMention.class);
        } catch (java.io.IOException | RuntimeException e) {
            return null;
        }
    }

    @Test
    void everyStoredMentionIsReadAsTheDataBindingReadsIt() {
        List<SourcedMention> ms = mentions();
        int casualties = 0;
        int claimants = 0;
        for (SourcedMention m : ms) {
            byte[] json = StoreJson.bytes(m);
            SourcedMention read = READER.read(json);
            assertNotNull(read, () -> new String(json, java.nio.charset.StandardCharsets.UTF_8));
            assertEquals(bound(json), read);
            assertEquals(m, read);
            assertEquals(read, StoreJson.read(json, SourcedMention.class));
            String text = new String(json, java.nio.charset.StandardCharsets.UTF_8); // as PostgreSQL hands it over
            assertEquals(read, READER.read(text));
            assertEquals(read, StoreJson.read(text, SourcedMention.class));
            casualties += m.mention().casualties() != null ? 1 : 0;
            claimants += m.mention().claimant() != null ? 1 : 0;
        }
        assertTrue(ms.size() > 300 && casualties > 5 && claimants > 5, ms.size() + " mentions, " + casualties + " with casualties, "
                + claimants + " with a claimant");
    }

    /**
     * Values that repeat are read once: a mention read twice, and the mentions of one article, share their article's
     * id, outlet, publication, places, actors, times and sentences (the same objects); a mention's own id is read
     * afresh. Values whose hashes meet in one slot ("Aa" and "BB" have the same) are told apart by their characters.
     */
    @Test
    void repeatedValuesAreReadOnceAndAMentionsOwnIdAfresh() {
        MentionJson reader = new MentionJson(StoreJson.MAPPER.getFactory());
        List<SourcedMention> ms = mentions();
        int places = 0;
        int records = 0;
        int sameRecords = 0;
        for (SourcedMention m : ms) {
            byte[] json = StoreJson.bytes(m);
            SourcedMention a = reader.read(json);
            SourcedMention b = reader.read(new String(json, java.nio.charset.StandardCharsets.UTF_8));
            assertEquals(m, a);
            assertEquals(m, b);
            assertNotSame(a.id(), b.id());
            assertSame(a.articleId(), b.articleId());
            assertSame(a.outlet(), b.outlet());
            assertSame(a.mention().quote(), b.mention().quote());
            // records are kept in slots by their hash code, which for an enum component differs from run to run: two
            // records of one mention may share a slot, and the second read then makes its own (equal) copy
            List<Object[]> pairs = new ArrayList<>();
            pairs.add(new Object[]{a.published(), b.published()});
            pairs.add(new Object[]{a.mention().actor(), b.mention().actor()});
            if (a.mention().time() != null) {
                pairs.add(new Object[]{a.mention().time().interval(), b.mention().time().interval()});
            }
            if (a.mention().place() != null && a.mention().place().place() != null) {
                pairs.add(new Object[]{a.mention().place().place(), b.mention().place().place()});
                places++;
            }
            for (Object[] pair : pairs) {
                assertEquals(pair[0], pair[1]);
                records++;
                sameRecords += pair[0] == pair[1] ? 1 : 0;
            }
        }
        assertTrue(places > 300, places + " places");
        assertTrue(sameRecords >= records * 0.95, sameRecords + " of " + records + " records read once");
        // two mentions of one article, read one after the other
        SourcedMention first = reader.read(StoreJson.bytes(ms.get(0)));
        SourcedMention second = reader.read(StoreJson.bytes(ms.get(1)));
        assertEquals(ms.get(0).articleId(), ms.get(1).articleId());
        assertSame(first.articleId(), second.articleId());
        assertSame(first.published().start(), second.published().start());
        // one slot, two values
        for (int round = 0; round < 3; round++) {
            for (String outlet : List.of("Aa", "BB", "AaAa", "BBBB", "AaBB")) {
                SourcedMention m = ms.get(round);
                SourcedMention other = new SourcedMention(m.id(), m.articleId(), outlet, m.published(), m.mention(), outlet);
                SourcedMention read = reader.read(StoreJson.bytes(other));
                assertEquals(other, read);
                assertEquals(outlet, read.outlet());
            }
        }
    }

    /** Mentions read on four threads at once, each in its own order, are read as on one (the threads share the values read once). */
    @Test
    void mentionsReadOnManyThreadsAreReadAsOnOne() throws Exception {
        MentionJson reader = new MentionJson(StoreJson.MAPPER.getFactory());
        List<SourcedMention> ms = mentions();
        List<byte[]> json = ms.stream().map(StoreJson::bytes).toList();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<Integer>> done = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                long seed = t;
                done.add(pool.submit(() -> {
                    Random r = new Random(seed);
                    int n = 0;
                    for (int round = 0; round < 10; round++) {
                        for (int k = 0; k < json.size(); k++) {
                            int i = r.nextInt(json.size());
                            assertEquals(ms.get(i), reader.read(json.get(i)));
                            n++;
                        }
                    }
                    return n;
                }));
            }
            for (java.util.concurrent.Future<Integer> f : done) {
                assertEquals(10 * json.size(), f.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * The mentions' JSON changed at random (a field dropped, nulled, moved to the end, unknown, or of another type; a
     * time of another form): what the reader answers is what the data binding makes of it, else null.
     */
    @Test
    void changedJsonIsReadAsTheDataBindingReadsItOrLeftToIt() throws Exception {
        List<SourcedMention> ms = mentions();
        Random r = new Random(21);
        int read = 0;
        int left = 0;
        for (int round = 0; round < 6_000; round++) {
            SourcedMention m = ms.get(r.nextInt(ms.size()));
            ObjectNode root = (ObjectNode) StoreJson.MAPPER.readTree(StoreJson.bytes(m));
            for (int k = 1 + r.nextInt(2); k > 0; k--) {
                change(pickObject(root, r), r);
            }
            byte[] json = StoreJson.MAPPER.writeValueAsBytes(root);
            SourcedMention fast = READER.read(json);
            SourcedMention slow = bound(json);
            assertEquals(fast, READER.read(new String(json, java.nio.charset.StandardCharsets.UTF_8)), "the same from the text");
            if (fast != null) {
                assertEquals(slow, fast, root.toString());
                read++;
            } else {
                left++;
            }
        }
        assertTrue(read > 1_000 && left > 1_000, read + " read, " + left + " left to the data binding");
        assertNull(READER.read("[]".getBytes()));
        assertNull(READER.read("{\"id\":\"a\"} 1".getBytes()));
        assertNull(READER.read(new byte[0]));
        assertNull(READER.read((String) null));
    }

    /** An object of the tree, the root or one nested in it. */
    private static ObjectNode pickObject(ObjectNode root, Random r) {
        List<ObjectNode> all = new ArrayList<>();
        collect(root, all);
        return all.get(r.nextInt(all.size()));
    }

    private static void collect(JsonNode n, List<ObjectNode> out) {
        if (n instanceof ObjectNode o) {
            out.add(o);
            o.elements().forEachRemaining(c -> collect(c, out));
        }
    }

    private static void change(ObjectNode o, Random r) {
        List<String> names = new ArrayList<>();
        o.fieldNames().forEachRemaining(names::add);
        if (names.isEmpty()) {
            o.put("unknown", 1);
            return;
        }
        String f = names.get(r.nextInt(names.size()));
        JsonNode v = o.get(f);
        JsonNodeFactory nf = JsonNodeFactory.instance;
        switch (r.nextInt(8)) {
            case 0 -> o.remove(f);
            case 1 -> o.putNull(f);
            case 2 -> { // moved to the end
                o.remove(f);
                o.set(f, v);
            }
            case 3 -> o.put("extra" + r.nextInt(3), "x");
            case 4 -> o.put(f, v.isNumber() ? nf.textNode(v.asText()) : nf.numberNode(r.nextInt(5)));
            case 5 -> { // a whole number where a fraction is written, or a fraction where a whole one is
                if (v.isDouble()) {
                    o.put(f, (int) v.asDouble());
                } else if (v.isInt()) {
                    o.put(f, v.asInt() + 0.5);
                } else {
                    o.put(f, true);
                }
            }
            case 6 -> { // a time of another form
                if (v.isTextual() && v.asText().length() == 19 && v.asText().charAt(10) == 'T') {
                    o.put(f, r.nextBoolean() ? v.asText().substring(0, 16) : v.asText() + ".5");
                } else {
                    o.put(f, "NOT_A_NAME");
                }
            }
            default -> { // fields in reverse order
                List<Map.Entry<String, JsonNode>> es = new ArrayList<>();
                for (Iterator<Map.Entry<String, JsonNode>> it = o.fields(); it.hasNext(); ) {
                    es.add(it.next());
                }
                o.removeAll();
                for (int i = es.size() - 1; i >= 0; i--) {
                    o.set(es.get(i).getKey(), es.get(i).getValue());
                }
            }
        }
    }
}
