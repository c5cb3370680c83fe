package dev.augur.spring;

import dev.augur.runtime.AugurSession;

/**
 * Beans of this type adjust the {@link AugurSession.Builder} before the starter creates the
 * session, after the {@code augur.*} properties are applied: a callback executor, say.
 */
@FunctionalInterface
public interface AugurSessionBuilderCustomizer {
  void customize(AugurSession.Builder builder);
}
