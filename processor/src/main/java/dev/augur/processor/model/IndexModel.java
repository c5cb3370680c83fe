package dev.augur.processor.model;

/**
 * A secondary index a column declares with {@code @Indexed}.
 *
 * @param using the index implementation as written: empty for Cassandra's legacy index, {@code
 *     "sai"} or {@code "StorageAttachedIndex"} for a storage-attached index, else a class name
 * @param target what of the value is indexed: {@code VALUES}, {@code KEYS}, {@code ENTRIES} or
 *     {@code FULL}
 * @param similarity the similarity function ({@code COSINE}, {@code DOT_PRODUCT}, {@code
 *     EUCLIDEAN}) of an index on a vector column, or null for other columns
 */
public record IndexModel(String using, String target, String similarity) {}
