package org.sitrep.flink;

import java.nio.charset.StandardCharsets;

import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.connector.base.DeliveryGuarantee;
import org.apache.flink.connector.kafka.sink.KafkaRecordSerializationSchema;
import org.apache.flink.connector.kafka.sink.KafkaSink;
import org.apache.flink.connector.kafka.source.KafkaSource;
import org.apache.flink.connector.kafka.source.enumerator.initializer.OffsetsInitializer;
import org.apache.flink.connector.kafka.source.reader.deserializer.KafkaRecordDeserializationSchema;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.flink.util.Collector;
import org.sitrep.core.ingest.JsonlArticle;

/**
 * The job's Kafka ends. Articles: a topic of JSON Lines article records (one {@code {"id", "text", "title", "url",
 * "outlet", "published", "language"}} object a record value, as for {@code sitrep ingest}); a record without a
 * publication time gets the record's timestamp as its event time. Events: a topic of {@link EventOut} records,
 * key the event id, value the event JSON (null for an event a refresh deleted), at least once.
 */
public final class KafkaIO {
    private KafkaIO() {
    }

    /**
     * The articles of a topic, from the group's committed offsets (earliest without); {@code bounded}: up to the
     * offsets at start (a batch run over what the topic holds).
     */
    public static ArticleSource articles(String bootstrap, String topic, String group, boolean bounded) {
        return env -> {
            var builder = KafkaSource.<ArticleIn>builder().setBootstrapServers(bootstrap).setTopics(topic).setGroupId(group)
                    .setStartingOffsets(OffsetsInitializer.committedOffsets(org.apache.kafka.clients.consumer.OffsetResetStrategy.EARLIEST))
                    .setDeserializer(new ArticleRecords());
            if (bounded) {
                builder.setBounded(OffsetsInitializer.latest());
            }
            return env.fromSource(builder.build(), WatermarkStrategy.noWatermarks(), "kafka-articles").uid("kafka-articles");
        };
    }

    /** The events topic's sink. */
    public static KafkaSink<EventOut> eventsSink(String bootstrap, String topic) {
        return KafkaSink.<EventOut>builder().setBootstrapServers(bootstrap)
                .setRecordSerializer(new EventRecords(topic))
                .setDeliveryGuarantee(DeliveryGuarantee.AT_LEAST_ONCE)
                .build();
    }

    /** A record value as an article; a bad record becomes an article whose problem names topic, partition and offset. */
    static final class ArticleRecords implements KafkaRecordDeserializationSchema<ArticleIn> {
        @Override
        public void deserialize(ConsumerRecord<byte[], byte[]> r, Collector<ArticleIn> out) {
            String where = r.topic() + "-" + r.partition() + "@" + r.offset();
            String line = r.value() == null ? "" : new String(r.value(), StandardCharsets.UTF_8);
            out.collect(ArticleIn.of(JsonlArticle.parse(line, where, 0), r.timestamp()));
        }

        @Override
        public TypeInformation<ArticleIn> getProducedType() {
            return TypeInformation.of(ArticleIn.class);
        }
    }

    /** An event as a record: key its id, value its JSON. */
    static final class EventRecords implements KafkaRecordSerializationSchema<EventOut> {
        private final String topic;

        EventRecords(String topic) {
            this.topic = topic;
        }

        @Override
        public ProducerRecord<byte[], byte[]> serialize(EventOut e, KafkaSinkContext context, Long timestamp) {
            // no timestamp of ours: the job's is event time (a refresh timer), which may lie ahead of the broker's clock
            return new ProducerRecord<>(topic, null, null, e.id().getBytes(StandardCharsets.UTF_8),
                    e.json() == null ? null : e.json().getBytes(StandardCharsets.UTF_8));
        }
    }
}
