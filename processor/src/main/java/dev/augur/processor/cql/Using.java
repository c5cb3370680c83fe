package dev.augur.processor.cql;

import java.util.List;

/**
 * A statement's {@code USING TTL ... AND TIMESTAMP ...} clause.
 *
 * @param ttl the time to live, or null
 * @param timestamp the write timestamp, or null
 * @param repeated the options given more than once ({@code TTL}, {@code TIMESTAMP}), in order; the
 *     last value given is kept
 */
public record Using(Term ttl, Term timestamp, List<String> repeated) {
  public static final Using NONE = new Using(null, null, List.of());

  public Using {
    repeated = List.copyOf(repeated);
  }
}
