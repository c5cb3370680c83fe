package dev.augur.processor.cql;

/**
 * A statement's {@code USING TTL ... AND TIMESTAMP ...} clause.
 *
 * @param ttl the time to live, or null
 * @param timestamp the write timestamp, or null
 */
public record Using(Term ttl, Term timestamp) {
  public static final Using NONE = new Using(null, null);
}
