package org.sitrep.flink;

import java.time.Duration;

import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.connector.sink2.Sink;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * The sitrep pipeline as a Flink DataStream job, a thin shell over the core stages: articles from the injected
 * source get event time (publication time) and watermarks; keyed by article id, copies are dropped
 * ({@link Dedupe}); each article is extracted and added to the store by a stateless stage ({@link ExtractAndStore});
 * keyed by store partition, the partitions they touched are
 * reconciled once the watermark has passed their day (state read by {@link RefreshPartition}, reconciled by
 * {@link ReconcilePartition}, written by {@link PersistPartition}); the refreshed events go to the
 * injected sink. Every operator is named; records are typed ({@link ArticleIn}, {@link Touch}, event JSON).
 */
public final class SitrepJob {
    private final ArticleSource source;
    private final Sink<EventOut> sink;
    private final Settings settings;

    /**
     * @param source   where articles come from ({@link ArticleSources})
     * @param sink     where refreshed events go (a Kafka topic: {@link KafkaIO#eventsSink}); null: only the store
     * @param settings the store and the job's time bounds
     */
    public SitrepJob(ArticleSource source, Sink<EventOut> sink, Settings settings) {
        this.source = source;
        this.settings = settings;
        this.sink = sink;
    }

    /** Adds the job to the environment: source, stages and sink. */
    public void build(StreamExecutionEnvironment env) {
        DataStream<EventOut> events = events(env);
        // without a sink of its own the refresh stage still needs one: Flink runs only what leads to a sink
        events.sinkTo(sink != null ? sink : new org.apache.flink.streaming.api.functions.sink.v2.DiscardingSink<>())
                .name("events-sink").uid("events-sink");
    }

    /** Adds source and stages; answers the stream of refreshed events. */
    public DataStream<EventOut> events(StreamExecutionEnvironment env) {
        DataStream<ArticleIn> articles = source.create(env)
                .assignTimestampsAndWatermarks(WatermarkStrategy.<ArticleIn>forBoundedOutOfOrderness(settings.outOfOrderness())
                        .withTimestampAssigner((a, previous) -> a.eventTime())
                        .withIdleness(Duration.ofMinutes(1)))
                .name("event-time").uid("event-time");
        SingleOutputStreamOperator<Touch> touched = articles
                .keyBy(ArticleIn::id)
                .filter(new Dedupe(settings)).name("dedupe").uid("dedupe")
                .process(new ExtractAndStore(settings)).name("extract-and-store").uid("extract-and-store");
        touched.getSideOutput(ExtractAndStore.DIAGNOSTICS).printToErr("diagnostic").name("diagnostics").setParallelism(1);
        // reconciliation in three operators: read a partition's state from the store, reconcile it (a pure function),
        // write the result (kept by partition, in order)
        return touched
                .keyBy(Touch::partition)
                .process(new RefreshPartition(settings)).name("read-partitions").uid("refresh-partitions")
                .map(new ReconcilePartition()).name("reconcile").uid("reconcile")
                .keyBy(PartitionWork::partition)
                .process(new PersistPartition(settings)).name("persist-partitions").uid("persist-partitions");
    }
}
