package org.sitrep.flink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.store.EventStore;
import org.sitrep.store.StoreJson;

/**
 * The Kafka ends of the job against a real broker running in this JVM (Kafka's KRaft test cluster, no Docker):
 * articles produced to a topic of JSON Lines records (twice, the second copies re-sent) are stored as a
 * single-process ingest stores them, and the events topic receives every stored event keyed by its id.
 */
class KafkaIT {
    static KafkaClusterTestKit kafka;

    @BeforeAll
    static void start() throws Exception {
        SitrepJobIT.database();
        kafka = new KafkaClusterTestKit.Builder(new TestKitNodes.Builder().setCombined(true).setNumBrokerNodes(1)
                .setNumControllerNodes(1).build())
                .setConfigProp("offsets.topic.replication.factor", "1")
                .setConfigProp("offsets.topic.num.partitions", "1")
                .setConfigProp("transaction.state.log.replication.factor", "1")
                .setConfigProp("transaction.state.log.min.isr", "1")
                .setConfigProp("group.initial.rebalance.delay.ms", "0")
                .build();
        kafka.format();
        kafka.startup();
        kafka.waitForReadyBrokers();
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", kafka.bootstrapServers()))) {
            admin.createTopics(List.of(new NewTopic("articles", 2, (short) 1), new NewTopic("events", 2, (short) 1))).all().get();
        }
    }

    @AfterAll
    static void stop() throws Exception {
        if (kafka != null) {
            kafka.close();
        }
    }

    /** An article as the topic's record value: the JSON Lines article format. */
    static String jsonl(ArticleIn a) {
        Map<String, Object> m = new java.util.LinkedHashMap<>();
        m.put("id", a.doc());
        m.put("text", a.text());
        m.put("title", a.title());
        m.put("url", a.url());
        m.put("outlet", a.outlet());
        m.put("published", a.published());
        return StoreJson.write(m);
    }

    @Test
    void articlesFromATopicAreStoredAndTheirEventsPublished() throws Exception {
        List<ArticleIn> articles = SitrepJobIT.example();
        Properties p = new Properties();
        p.put("bootstrap.servers", kafka.bootstrapServers());
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(p, new StringSerializer(), new StringSerializer())) {
            for (int copy = 0; copy < 2; copy++) {
                for (ArticleIn a : articles) {
                    producer.send(new ProducerRecord<>("articles", a.doc(), jsonl(a))).get();
                }
            }
            producer.send(new ProducerRecord<>("articles", "bad", "{not json")).get();
        }
        String store = SitrepJobIT.freshStore("kafka");
        StreamExecutionEnvironment env = StreamExecutionEnvironment.createLocalEnvironment(2);
        new SitrepJob(KafkaIO.articles(kafka.bootstrapServers(), "articles", "sitrep-test", true),
                KafkaIO.eventsSink(kafka.bootstrapServers(), "events"), Settings.of(store)).build(env);
        env.execute("sitrep-kafka-test");

        List<ArticleIn> asRead = articles.stream().map(a -> ArticleIn.of(org.sitrep.core.ingest.JsonlArticle.parse(jsonl(a), "t", 1), 0)).toList();
        assertEquals(SitrepJobIT.dump(SitrepJobIT.ingestOnce(asRead)), SitrepJobIT.dump(store));

        Set<String> stored = new java.util.TreeSet<>();
        try (EventStore s = org.sitrep.store.EventStores.open(store)) {
            s.events(new org.sitrep.store.EventQuery(null, null, null, null, null, null, null, 1_000_000)).forEach(e -> stored.add(e.id()));
        }
        Set<String> live = new java.util.TreeSet<>(); // ids whose latest record is an event, not a tombstone
        Properties c = new Properties();
        c.put("bootstrap.servers", kafka.bootstrapServers());
        c.put("group.id", "check");
        c.put("auto.offset.reset", "earliest");
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(c, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of("events"));
            long until = System.currentTimeMillis() + 20_000;
            while (!live.equals(stored) && System.currentTimeMillis() < until) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(500))) {
                    if (r.value() == null) {
                        live.remove(r.key());
                    } else {
                        assertTrue(r.value().contains("\"id\":\"" + r.key() + "\""), "the key is the event's id");
                        live.add(r.key());
                    }
                }
            }
            assertTrue(stored.size() > 10);
            assertEquals(stored, live, "every stored event is on the events topic, and no other");
        }
    }
}
