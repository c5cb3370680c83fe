package dev.augur.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Maps a field (or DAO method parameter) through a user-supplied codec: a class implementing the
 * driver's {@code TypeCodec<T>} for the field's type, with a public no-argument constructor. Use it
 * for Java types Augur does not map itself. The codec is instantiated once per mapper.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER})
public @interface Codec {
  /**
   * The codec class; it must implement {@code
   * com.datastax.oss.driver.api.core.type.codec.TypeCodec}.
   */
  Class<?> value();
}
