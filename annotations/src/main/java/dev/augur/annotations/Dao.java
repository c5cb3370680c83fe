package dev.augur.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an interface whose abstract methods Augur implements.
 *
 * <p>For an interface {@code UserDao} the processor generates {@code AugurUserDao} in the same
 * package, with a static factory that prepares every statement of the DAO concurrently:
 *
 * <pre>{@code
 * @Dao
 * public interface UserDao {
 *   @Query("SELECT * FROM users WHERE id = :id")
 *   CompletionStage<Optional<User>> findById(UUID id);
 * }
 *
 * CompletionStage<UserDao> users = AugurUserDao.create(session);
 * }</pre>
 *
 * <p>Create a DAO once at startup and share it: it is thread-safe and holds prepared statements.
 * Default and static methods of the interface are left alone.
 *
 * <p>Retained at run time so that frameworks can find DAO interfaces on the classpath (the Spring
 * Boot starter registers one bean per {@code @Dao} interface it finds).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Dao {}
