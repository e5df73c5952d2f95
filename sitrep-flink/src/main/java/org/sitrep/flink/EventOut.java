package org.sitrep.flink;

import java.io.Serializable;

/**
 * A merged event as the job emits it when a refresh of its partition wrote it: its id (the Kafka record key: a
 * later record of the same id supersedes the earlier), its partition and the event with every mention as JSON (the
 * store's record, as {@code sitrep events --id --format json} prints it); {@code json} is null when the refresh
 * deleted the event (merged into another, or no longer stated) — a tombstone on a compacted topic.
 */
public record EventOut(String id, String partition, String json) implements Serializable {
}
