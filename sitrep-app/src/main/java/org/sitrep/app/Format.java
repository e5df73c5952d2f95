package org.sitrep.app;

/** Output formats of the listing commands. */
enum Format { jsonl, json, table }
