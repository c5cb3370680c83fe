package dev.augur.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Delegates a DAO method to user code, for queries the annotations cannot express.
 *
 * <p>The provider class needs a public constructor taking a {@code dev.augur.runtime.DaoContext}
 * (the session, the DAO's keyspace, the entity mappers) and a public method with the same name,
 * parameters and return type as the DAO method. One provider instance is created per DAO.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface QueryProvider {
  /** The class that implements the method. */
  Class<?> value();
}
